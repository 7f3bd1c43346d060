package io.jenkins.plugins.aigate.cli.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
    @Test
    void leavesOrdinaryTextAloneIncludingNonAscii() {
        String text = "Fix naïve café parser (#12) — 日本語 👍";
        assertThat(TerminalText.neutralise(text)).isSameAs(text);
    }

    @Test
    void escapesAnsiSequencesSoTheTerminalCannotActOnThem() {
        String hostile = "Fix typo\u001b[2K\u001b[1A\u001b]8;;http://x\u0007link\u009b31m";
        String shown = TerminalText.neutralise(hostile);
        assertThat(shown).isEqualTo("Fix typo\\x1B[2K\\x1B[1A\\x1B]8;;http://x\\x07link\\x9B31m");
        assertThat(shown.chars()).noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F));
    }

    @Test
    void keepsEverythingOnOneLine() {
        assertThat(TerminalText.neutralise("a\nb\rc\td\u2028e\u2029f\u0000g\u007f"))
                .isEqualTo("a\\nb\\rc\\td\\u2028e\\u2029f\\x00g\\x7F");
    }

    @Test
    void escapesBidirectionalControlsThatReorderWhatIsShown() {
        assertThat(TerminalText.neutralise("access\u202E\u2066 level\u2069\u200F\u061C"))
                .isEqualTo("access\\u202E\\u2066 level\\u2069\\u200F\\u061C");
    }

    @Test
    void treatsNullAsEmpty() {
        assertThat(TerminalText.neutralise(null)).isEmpty();
    }
}

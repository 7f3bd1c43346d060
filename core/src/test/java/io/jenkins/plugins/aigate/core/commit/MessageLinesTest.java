package io.jenkins.plugins.aigate.core.commit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageLinesTest {
    @Test
    void linesByIndexWithoutTheirLineEnds() {
        MessageLines lines = new MessageLines("a\r\nbb\n\nccc");
        assertThat(lines.line(0)).isEqualTo("a");
        assertThat(lines.line(1)).isEqualTo("bb");
        assertThat(lines.line(2)).isEmpty();
        assertThat(lines.line(3)).isEqualTo("ccc");
        assertThat(lines.line(4)).isEmpty();
        assertThat(lines.line(-1)).isEmpty();
        assertThat(new MessageLines("x\n").line(1)).isEmpty();
        assertThat(new MessageLines("").line(0)).isEmpty();
    }
}

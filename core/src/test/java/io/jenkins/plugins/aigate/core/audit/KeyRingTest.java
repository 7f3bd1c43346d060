package io.jenkins.plugins.aigate.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyRingTest {
    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void theLastKeyListedIsCurrent() {
        KeyRing r = KeyRing.parse("# audit keys\nold=" + b64("0123456789abcdef") + "\n\nnew = "
                + b64("fedcba9876543210xx") + "\n");
        assertThat(r.currentKeyId()).isEqualTo("new");
        assertThat(r.keyIds()).containsExactly("old", "new");
        assertThat(r.toString()).doesNotContain(b64("0123456789abcdef"));
    }

    @Test
    void badKeyFilesAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> KeyRing.parse("k1=" + b64("short"))).hasMessageContaining("line 1")
                .hasMessageContaining("at least 16");
        assertThatThrownBy(() -> KeyRing.parse("\nk1=!!notbase64!!")).hasMessageContaining("line 2")
                .hasMessageContaining("base64");
        assertThatThrownBy(() -> KeyRing.parse("just-a-secret")).hasMessageContaining("id=BASE64");
        assertThatThrownBy(() -> KeyRing.parse("bad id=" + b64("0123456789abcdef"))).hasMessageContaining("key id");
        assertThatThrownBy(() -> KeyRing.parse("k=" + b64("0123456789abcdef") + "\nk=" + b64("0123456789abcdef")))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> KeyRing.parse("# nothing\n")).hasMessageContaining("no key");
        assertThatThrownBy(() -> KeyRing.of("x", Map.of("k", new byte[16]))).hasMessageContaining("not in the ring");
    }

    @Test
    void macsDependOnTheKeyAndTheData() {
        KeyRing a = KeyRing.single("k", "0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        KeyRing b = KeyRing.single("k", "0123456789abcdeF".getBytes(StandardCharsets.US_ASCII));
        byte[] data = "x".getBytes(StandardCharsets.US_ASCII);
        assertThat(a.macHex("k", data)).hasSize(64).isEqualTo(a.macHex("k", data))
                .isNotEqualTo(b.macHex("k", data)).isNotEqualTo(a.macHex("k", "y".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anchorsParseAndRefuseNonsense() {
        Anchor a = Anchor.parse("42:" + "ab".repeat(32));
        assertThat(a.seq()).isEqualTo(42);
        assertThatThrownBy(() -> Anchor.parse("42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Anchor.parse("x:" + "ab".repeat(32))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Anchor.parse("0:" + "ab".repeat(32))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Anchor.parse("1:" + "AB".repeat(32))).isInstanceOf(IllegalArgumentException.class);
    }
}

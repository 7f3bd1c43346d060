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

    @Test
    void aBareBase64KeyAsOpensslPrintsItIsAcceptedWithAFingerprintId() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        String b64 = Base64.getEncoder().encodeToString(key);
        KeyRing ring = KeyRing.parseKeyFile(b64 + "\n");
        assertThat(ring.currentKeyId()).isEqualTo(KeyRing.fingerprintId(key)).matches("sha256-[0-9a-f]{16}");
        assertThat(ring.currentKeyId()).doesNotContain(b64.substring(0, 8));
        assertThat(KeyRing.parseKeyFile("\uFEFF" + b64 + "\r\n").currentKeyId()).isEqualTo(ring.currentKeyId());
        KeyRing lines = KeyRing.parseKeyFile("\uFEFF# rotated\nold=" + b64 + "\nnew=" + b64("fedcba9876543210") + "\n");
        assertThat(lines.keyIds()).containsExactly("old", "new");
        assertThat(KeyRing.parse("\uFEFFk1=" + b64).currentKeyId()).isEqualTo("k1");
    }

    @Test
    void noErrorQuotesKeyMaterial() {
        String secret = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(
                StandardCharsets.US_ASCII));
        for (String text : java.util.List.of(secret, secret + "\n" + secret, "x" + secret.substring(1, 20) + "=="
                + secret, secret.substring(0, 10) + "=" + secret.substring(10) + "!", "id=" + secret + "$",
                secret.substring(0, 20), secret + "\nk=" + secret, "k=" + secret + "\nk=" + secret)) {
            for (java.util.function.Supplier<KeyRing> parse : java.util.List.<java.util.function.Supplier<KeyRing>>of(
                    () -> KeyRing.parse(text), () -> KeyRing.parseKeyFile(text))) {
                try {
                    parse.get();
                } catch (IllegalArgumentException e) {
                    assertThat(e.getMessage()).doesNotContain(secret.substring(0, 6))
                            .doesNotContain(secret.substring(10, 16));
                }
            }
        }
    }

    @Test
    void anUnreadableKeyFileSaysWhy(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        assertThatThrownBy(() -> KeyRing.load(dir.resolve("missing"))).hasMessage("no such file");
        assertThatThrownBy(() -> KeyRing.load(dir)).hasMessage("it is a directory");
        java.nio.file.Path big = dir.resolve("big");
        java.nio.file.Files.write(big, new byte[200_000]);
        assertThatThrownBy(() -> KeyRing.load(big)).hasMessageContaining("larger than");
        java.nio.file.Path shortKey = dir.resolve("short");
        java.nio.file.Files.writeString(shortKey, Base64.getEncoder().encodeToString(new byte[8]) + "\n");
        assertThatThrownBy(() -> KeyRing.load(shortKey)).hasMessageContaining("8 bytes")
                .hasMessageContaining("openssl rand -base64 32");
    }
}

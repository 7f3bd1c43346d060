package io.jenkins.plugins.aigate.core.git;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

/**
 * Decodes one commit's bytes in its declared encoding. Bytes that are not valid in that encoding become U+FFFD and
 * set {@link #undecodable()}, so nothing is dropped without the caller knowing.
 */
final class TextDecoder {
    private final Charset charset;
    private final boolean predecoded;
    private boolean undecodable;

    private TextDecoder(Charset charset, boolean predecoded) {
        this.charset = charset;
        this.predecoded = predecoded;
    }

    /**
     * @param encoding the commit's {@code encoding} header, or {@code null} for git's default, UTF-8; a name Java
     *     does not know falls back to UTF-8 (as git prints the original bytes when it cannot convert)
     */
    static TextDecoder forEncoding(String encoding) {
        return new TextDecoder(resolve(encoding), false);
    }

    /** A decoder for paths, which git keeps as bytes and which are UTF-8 in practice. */
    static TextDecoder utf8() {
        return new TextDecoder(StandardCharsets.UTF_8, false);
    }

    /**
     * A decoder for text somebody else decoded already (handed over as UTF-8): the earlier decoder's failures can
     * only show as U+FFFD, so any U+FFFD sets {@link #undecodable()}.
     */
    static TextDecoder predecoded() {
        return new TextDecoder(StandardCharsets.UTF_8, true);
    }

    private static Charset resolve(String encoding) {
        if (encoding == null || encoding.isEmpty()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    String decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length);
    }

    String decode(byte[] bytes, int offset, int length) {
        if (isAscii(bytes, offset, length) && charset.equals(StandardCharsets.UTF_8)) {
            return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (predecoded) {
            String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
            undecodable |= text.indexOf('\uFFFD') >= 0;
            return text;
        }
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, length))
                    .toString();
        } catch (CharacterCodingException e) {
            undecodable = true;
            return new String(bytes, offset, length, charset);
        }
    }

    private static boolean isAscii(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** @return whether any input so far held bytes invalid in the encoding */
    boolean undecodable() {
        return undecodable;
    }
}

package io.jenkins.plugins.aigate.core.encoding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Lowercase hexadecimal, SHA-256 as hexadecimal, and constant-time comparison: the one place core hashes. */
public final class Hex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private Hex() {
    }

    /** @return the bytes as lowercase hexadecimal, two digits a byte */
    public static String of(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xf];
        }
        return new String(out);
    }

    /** @return whether {@code s} is 64 lowercase hexadecimal digits, as {@link #sha256(byte[]...)} writes */
    public static boolean isSha256Hex(String s) {
        if (s.length() != 64) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** @return a new SHA-256 digest, for callers that feed it piece by piece (then {@link #of(byte[])}) */
    public static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** @return the SHA-256 of the parts, one after the other, as 64 lowercase hexadecimal digits */
    public static String sha256(byte[]... parts) {
        MessageDigest digest = newSha256();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return of(digest.digest());
    }

    /** @return the SHA-256 of the text's UTF-8 bytes, as 64 lowercase hexadecimal digits */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Compares two MACs (hexadecimal text) without leaking where they differ. */
    public static boolean sameMac(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}

package io.jenkins.plugins.aigate.core.audit;

import io.jenkins.plugins.aigate.core.encoding.Hex;
import java.util.Objects;

/**
 * A record's sequence number and MAC, kept outside the log (e.g. in each build). Given the latest anchor,
 * verification detects records cut from the end of the log, which a hash chain alone cannot.
 */
public final class Anchor {
    private final long seq;
    private final String mac;

    /**
     * @param seq the record's sequence number, from 1
     * @param mac the record's MAC, 64 lowercase hexadecimal digits
     */
    public Anchor(long seq, String mac) {
        if (seq < 1) {
            throw new IllegalArgumentException("sequence numbers start at 1, was " + seq);
        }
        if (mac == null || !Hex.isSha256Hex(mac)) {
            throw new IllegalArgumentException("the MAC must be 64 lowercase hexadecimal digits");
        }
        this.seq = seq;
        this.mac = mac;
    }

    /**
     * @param text {@code SEQ:MAC}, as {@link #toString()} writes it
     * @throws IllegalArgumentException when the text is not an anchor
     */
    public static Anchor parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("an anchor is SEQ:MAC, e.g. 42:" + "0".repeat(64));
        }
        long seq;
        try {
            seq = Long.parseLong(text.substring(0, colon).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the anchor's sequence number is not a number", e);
        }
        return new Anchor(seq, text.substring(colon + 1).trim());
    }

    public long seq() {
        return seq;
    }

    public String mac() {
        return mac;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Anchor && seq == ((Anchor) o).seq && mac.equals(((Anchor) o).mac);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seq, mac);
    }

    /** @return {@code SEQ:MAC} */
    @Override
    public String toString() {
        return seq + ":" + mac;
    }
}

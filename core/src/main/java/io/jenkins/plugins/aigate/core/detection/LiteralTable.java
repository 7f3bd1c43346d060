package io.jenkins.plugins.aigate.core.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule's required literals ({@link RequiredLiteral}) of one detector, found in a value with one pass instead
 * of one {@code contains} per rule and literal: the rules share a value, so the value is read once and each rule
 * then only looks up its literals' ids.
 *
 * <p>Literals are registered while the detector compiles its rules, then {@link #freeze() frozen}; from then on the
 * table is immutable and safe to share between threads.
 */
final class LiteralTable {
    private static final int ASCII = 128;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> literals = new ArrayList<>();
    /** Literal ids by their first two characters ({@code c0 * 128 + c1}); {@code null} when none starts so. */
    private int[][] byPrefix;
    private byte[][] literalBytes;

    /** @return the ids of {@code literal}'s strings, registering new ones; {@code null} for {@code null} */
    int[] register(RequiredLiteral literal) {
        if (literal == null) {
            return null;
        }
        if (byPrefix != null) {
            throw new IllegalStateException("frozen");
        }
        List<String> strings = literal.literals();
        int[] result = new int[strings.size()];
        for (int i = 0; i < result.length; i++) {
            String text = strings.get(i);
            if (text.length() < 2 || !text.chars().allMatch(c -> c > 0 && c < ASCII)) {
                throw new IllegalArgumentException("not an ASCII literal of two or more characters");
            }
            result[i] = ids.computeIfAbsent(text, t -> {
                literals.add(t);
                return literals.size() - 1;
            });
        }
        return result;
    }

    /** Ends registration and builds the lookup. */
    void freeze() {
        List<List<Integer>> buckets = new ArrayList<>(ASCII * ASCII);
        for (int i = 0; i < ASCII * ASCII; i++) {
            buckets.add(null);
        }
        for (int id = 0; id < literals.size(); id++) {
            String text = literals.get(id);
            int key = text.charAt(0) * ASCII + text.charAt(1);
            if (buckets.get(key) == null) {
                buckets.set(key, new ArrayList<>());
            }
            buckets.get(key).add(id);
        }
        int[][] table = new int[ASCII * ASCII][];
        for (int key = 0; key < table.length; key++) {
            List<Integer> bucket = buckets.get(key);
            if (bucket != null) {
                table[key] = bucket.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        byte[][] asBytes = new byte[literals.size()][];
        for (int id = 0; id < asBytes.length; id++) {
            asBytes[id] = literals.get(id).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
        literalBytes = asBytes;
        byPrefix = table;
    }

    /** @return the literal with that id */
    String literal(int id) {
        return literals.get(id);
    }

    int size() {
        return literals.size();
    }

    /**
     * @param text a value as found or normalised, in any case
     * @return for each literal id, whether {@code text} lower-cased with {@link RequiredLiteral#asciiLower} contains
     *         that literal
     */
    boolean[] presentIn(String text) {
        byte[] folded = fold(text);
        int[][] table = byPrefix;
        byte[][] bytes = literalBytes;
        boolean[] present = new boolean[bytes.length];
        int last = folded.length - 1;
        for (int i = 0; i < last; i++) {
            int[] candidates = table[folded[i] * ASCII + folded[i + 1]];
            if (candidates == null) {
                continue;
            }
            for (int id : candidates) {
                if (!present[id] && startsWith(folded, i, bytes[id])) {
                    present[id] = true;
                }
            }
        }
        return present;
    }

    /**
     * ASCII letters lower-cased, other ASCII kept, everything else 0: literals are printable ASCII, so a character
     * outside ASCII never matches one, and neither does 0. One array loop: C1, which a short scan runs on, compiles
     * it far better than {@code charAt} calls.
     */
    private static byte[] fold(String text) {
        char[] chars = text.toCharArray();
        byte[] folded = new byte[chars.length];
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                folded[i] = (byte) (c + ('a' - 'A'));
            } else if (c < ASCII) {
                folded[i] = (byte) c;
            }
        }
        return folded;
    }

    private static boolean startsWith(byte[] text, int from, byte[] literal) {
        if (from + literal.length > text.length) {
            return false;
        }
        for (int k = 2; k < literal.length; k++) { // the first two are the table key
            if (text[from + k] != literal[k]) {
                return false;
            }
        }
        return true;
    }

    /** @return whether any of {@code literalIds} is marked in {@code present} */
    static boolean anyPresent(boolean[] present, int[] literalIds) {
        for (int id : literalIds) {
            if (present[id]) {
                return true;
            }
        }
        return false;
    }
}

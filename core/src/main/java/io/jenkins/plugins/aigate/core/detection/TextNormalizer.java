package io.jenkins.plugins.aigate.core.detection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Undoes the cheap ways of hiding a marker from a pattern: NFKC (fullwidth and mathematical letters, ligatures),
 * removal of format characters ({@code \p{Cf}}: zero-width spaces and joiners, soft hyphens, bidi controls), and a
 * confusable map from UTS #39 restricted to look-alikes of printable ASCII (Cyrillic {@code С}, Greek {@code ο},
 * non-breaking hyphens). Case is left alone: rules match case-insensitively unless they say otherwise, which is
 * where case folding happens.
 *
 * <p>The map is data, {@code confusables-ascii.txt} next to this class; see {@code docs/detection.md} for its origin.
 */
public final class TextNormalizer {
    /** The confusable table's resource name, relative to this class. */
    public static final String CONFUSABLES_RESOURCE = "confusables-ascii.txt";

    private static final Map<Integer, String> CONFUSABLES = loadConfusables();

    private TextNormalizer() {
    }

    /**
     * @param text any text
     * @return its normalised form; the same instance when there is nothing to normalise (pure ASCII)
     */
    public static String normalize(String text) {
        if (isAscii(text)) {
            return text;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            String mapped = cp < 0x80 ? null : CONFUSABLES.get(cp);
            if (mapped != null) {
                out.append(mapped);
            } else {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** @return the number of code points the confusable map covers */
    public static int confusableCount() {
        return CONFUSABLES.size();
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static Map<Integer, String> loadConfusables() {
        try (InputStream in = TextNormalizer.class.getResourceAsStream(CONFUSABLES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + CONFUSABLES_RESOURCE);
            }
            Map<Integer, String> map = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                // "<source hex> ; <target hex> [<target hex>...]" as in Unicode's confusables.txt
                int semicolon = line.indexOf(';');
                int source = Integer.parseInt(line.substring(0, semicolon).strip(), 16);
                StringBuilder target = new StringBuilder();
                for (String hex : line.substring(semicolon + 1).strip().split(" +")) {
                    target.appendCodePoint(Integer.parseInt(hex, 16));
                }
                map.put(source, target.toString());
            }
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

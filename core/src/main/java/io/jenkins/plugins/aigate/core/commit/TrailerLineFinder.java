package io.jenkins.plugins.aigate.core.commit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds known trailer keys anywhere in a message, not only in git's trailer block: real messages put co-author and
 * tool lines mid-body, and some tools flatten newlines ({@code ... Co-authored-by: X <e> ...} on one line). A key
 * counts at the start of a line or after whitespace, followed by optional blanks and {@code :}; its value runs to
 * the next known key on the line or the line's end.
 *
 * <p>Lines that only quote or show text are skipped: quoted ({@code >}), list items ({@code - * +} or {@code 1.}),
 * indented code and fenced code blocks. What this finds is weaker evidence than git's own trailers.
 *
 * <p>Immutable and thread-safe; linear in the message length; never throws on any string.
 */
public final class TrailerLineFinder {
    private static final int MAX_VALUE_LENGTH = 1000;

    private final Set<String> keys;
    private final int longestKey;

    /** @param keys the trailer keys to look for, compared ignoring ASCII case */
    public TrailerLineFinder(Collection<String> keys) {
        Set<String> lower = new HashSet<>();
        int longest = 0;
        for (String key : keys) {
            lower.add(key.toLowerCase(Locale.ROOT));
            longest = Math.max(longest, key.length());
        }
        this.keys = Set.copyOf(lower);
        this.longestKey = longest;
    }

    /**
     * @param message a whole message
     * @return each known key found outside quotes, lists and code, in order
     */
    public List<TrailerMention> find(String message) {
        List<TrailerMention> found = new ArrayList<>();
        if (message == null || keys.isEmpty()) {
            return found;
        }
        boolean inFence = false;
        int lineIndex = 0;
        int from = 0;
        int length = message.length();
        while (from <= length) {
            int nl = message.indexOf('\n', from);
            int to = nl < 0 ? length : nl;
            String line = message.substring(from, to > from && message.charAt(to - 1) == '\r' ? to - 1 : to);
            String stripped = line.stripLeading();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                inFence = !inFence;
            } else if (!inFence && !isQuotedOrListed(line, stripped) && line.indexOf(':') >= 0) {
                findInLine(line, lineIndex, found);
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
            lineIndex++;
        }
        return found;
    }

    private void findInLine(String line, int lineIndex, List<TrailerMention> found) {
        List<int[]> hits = new ArrayList<>(); // {keyStart, colon}
        for (int colon = line.indexOf(':'); colon >= 0; colon = line.indexOf(':', colon + 1)) {
            int keyEnd = colon;
            while (keyEnd > 0 && (line.charAt(keyEnd - 1) == ' ' || line.charAt(keyEnd - 1) == '\t')) {
                keyEnd--;
            }
            int keyStart = keyEnd;
            while (keyStart > 0 && keyEnd - keyStart <= longestKey && isKeyChar(line.charAt(keyStart - 1))) {
                keyStart--;
            }
            if (keyStart == keyEnd || keyEnd - keyStart > longestKey) {
                continue;
            }
            if (keyStart > 0 && !Character.isWhitespace(line.charAt(keyStart - 1))) {
                continue;
            }
            if (keys.contains(line.substring(keyStart, keyEnd).toLowerCase(Locale.ROOT))) {
                hits.add(new int[] {keyStart, colon});
            }
        }
        for (int i = 0; i < hits.size(); i++) {
            int[] hit = hits.get(i);
            int valueEnd = i + 1 < hits.size() ? hits.get(i + 1)[0] : line.length();
            String value = line.substring(hit[1] + 1, Math.min(valueEnd, hit[1] + 1 + MAX_VALUE_LENGTH)).strip();
            String key = line.substring(hit[0], hit[1]).strip();
            found.add(new TrailerMention(new Trailer(key, value), lineIndex));
        }
    }

    /** Quoted text, list items and indented code: a trailer shown there is someone else's or an example. */
    private static boolean isQuotedOrListed(String line, String stripped) {
        if (line.startsWith("    ") || line.startsWith("\t")) {
            return true;
        }
        if (stripped.isEmpty()) {
            return false;
        }
        char first = stripped.charAt(0);
        if (first == '>' || first == '|' || first == '\u2022') {
            return true;
        }
        if ((first == '-' || first == '*' || first == '+') && stripped.length() > 1
                && Character.isWhitespace(stripped.charAt(1))) {
            return true;
        }
        int digits = 0;
        while (digits < stripped.length() && Character.isDigit(stripped.charAt(digits))) {
            digits++;
        }
        return digits > 0 && digits < stripped.length() && (stripped.charAt(digits) == '.'
                || stripped.charAt(digits) == ')');
    }

    private static boolean isKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-';
    }
}

package io.jenkins.plugins.aigate.core.detection;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds plain text a pattern's every match must contain, so values lacking it skip the regular expression: RE2/J
 * is linear but costs microseconds per call, and a scan runs dozens of rules over tens of thousands of commits.
 *
 * <p>The result is a set of lower-cased ASCII literals of which every match contains at least one. It is built
 * conservatively: literal runs outside groups and quantifiers, unquantified groups, and alternations whose every
 * branch has literals of their own. When in doubt there is no set and the pattern always runs.
 */
final class RequiredLiteral {
    private static final int MIN_LENGTH = 3;

    private final List<String> anyOf;

    private RequiredLiteral(List<String> anyOf) {
        this.anyOf = List.copyOf(anyOf);
    }

    /** @return the literals for {@code regex}, or {@code null} when no useful set is known */
    static RequiredLiteral of(String regex) {
        return of(regex, MIN_LENGTH);
    }

    /** As {@link #of(String)}, with literals as short as {@code minLength} (for word checks of short words). */
    static RequiredLiteral of(String regex, int minLength) {
        if (regex.contains("\\Q")) {
            return null; // quoted text would need its own parsing; not worth it
        }
        List<String> set = anyOf(regex, minLength);
        return set == null || set.isEmpty() ? null : new RequiredLiteral(set);
    }

    /** @return whether lower-cased text may match: it contains one of the literals */
    boolean foundIn(String lowerText) {
        for (String literal : anyOf) {
            if (lowerText.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    List<String> literals() {
        return anyOf;
    }

    /** Every match of {@code regex} contains one of the returned literals; {@code null} when unknown. */
    private static List<String> anyOf(String regex, int min) {
        List<String> branches = splitTopLevel(regex);
        if (branches == null) {
            return null;
        }
        if (branches.size() > 1) {
            List<String> union = new ArrayList<>();
            for (String branch : branches) {
                List<String> set = anyOf(branch, min);
                if (set == null) {
                    return null;
                }
                union.addAll(set);
            }
            return union;
        }
        return sequence(regex, min);
    }

    /** The best required set among the literal runs and unquantified groups of a branch without top-level |. */
    private static List<String> sequence(String regex, int min) {
        List<String> best = null;
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '(') {
                best = better(best, flush(run, min));
                int close = closingParen(regex, i);
                if (close < 0) {
                    return best;
                }
                boolean quantified = close + 1 < regex.length() && "*?{".indexOf(regex.charAt(close + 1)) >= 0;
                String inner = groupBody(regex.substring(i + 1, close));
                if (!quantified && inner != null) {
                    best = better(best, anyOf(inner, min));
                }
                i = close + 1;
                continue;
            }
            if (c == '[') {
                best = better(best, flush(run, min));
                i = skipClass(regex, i);
                continue;
            }
            char literal;
            int next;
            if (c == '\\') {
                if (i + 1 >= regex.length()) {
                    break;
                }
                char escaped = regex.charAt(i + 1);
                if (Character.isLetterOrDigit(escaped)) {
                    // \d, \s, \b, \Q..., \p{...}: not one plain character
                    best = better(best, flush(run, min));
                    if (escaped == 'x') { // \x{1F916} or \xHH: one character, whatever its code
                        boolean braced = i + 2 < regex.length() && regex.charAt(i + 2) == '{';
                        i += braced ? skipProperty(regex, i + 2) : 4;
                    } else {
                        i += escaped == 'p' || escaped == 'P' ? skipProperty(regex, i + 2) : 2;
                    }
                    continue;
                }
                literal = escaped;
                next = i + 2;
            } else if (".^$*+?{}|)".indexOf(c) >= 0) {
                best = better(best, flush(run, min));
                i++;
                continue;
            } else {
                literal = c;
                next = i + 1;
            }
            boolean quantified = next < regex.length() && "*?{+".indexOf(regex.charAt(next)) >= 0;
            if (quantified || literal >= 0x80 || literal < 0x20) {
                best = better(best, flush(run, min));
            } else {
                run.append(Character.toLowerCase(literal));
            }
            i = next;
        }
        return better(best, flush(run, min));
    }

    private static List<String> flush(StringBuilder run, int min) {
        String text = run.toString();
        run.setLength(0);
        return text.length() >= min ? List.of(text) : null;
    }

    /** Prefers the set whose shortest literal is longest, then the smaller set. */
    private static List<String> better(List<String> a, List<String> b) {
        if (a == null || a.isEmpty()) {
            return b == null || b.isEmpty() ? null : b;
        }
        if (b == null || b.isEmpty()) {
            return a;
        }
        int minA = a.stream().mapToInt(String::length).min().orElse(0);
        int minB = b.stream().mapToInt(String::length).min().orElse(0);
        if (minA != minB) {
            return minA > minB ? a : b;
        }
        return a.size() <= b.size() ? a : b;
    }

    /** The body of a group without its {@code ?:} or flags; {@code null} for a bare flag group like {@code (?i)}. */
    private static String groupBody(String group) {
        if (!group.startsWith("?")) {
            return group;
        }
        if (group.startsWith("?P<")) {
            int end = group.indexOf('>');
            return end < 0 ? null : group.substring(end + 1);
        }
        int colon = group.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String flags = group.substring(1, colon);
        // a case-sensitivity flag changes nothing here (literals are compared lower-cased)
        return flags.matches("[imsU-]*") ? group.substring(colon + 1) : null;
    }

    /** Splits at top-level |; {@code null} when the parentheses do not balance. */
    private static List<String> splitTopLevel(String regex) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = skipClass(regex, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth < 0) {
                    return null;
                }
            } else if (c == '|' && depth == 0) {
                parts.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            return null;
        }
        parts.add(regex.substring(start));
        return parts;
    }

    private static int closingParen(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = skipClass(regex, i) - 1;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int skipClass(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        while (i < regex.length() && regex.charAt(i) != ']') {
            i += regex.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(regex.length(), i + 1);
    }

    /** Skips {@code \p{Name}} or {@code \pL}; returns the number of characters from the backslash. */
    private static int skipProperty(String regex, int afterP) {
        if (afterP < regex.length() && regex.charAt(afterP) == '{') {
            int close = regex.indexOf('}', afterP);
            return (close < 0 ? regex.length() : close + 1) - (afterP - 2);
        }
        return 3;
    }

    /** @return {@code text} with ASCII letters lower-cased and every other character kept, same length */
    static String asciiLower(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return chars == null ? text : new String(chars);
    }
}

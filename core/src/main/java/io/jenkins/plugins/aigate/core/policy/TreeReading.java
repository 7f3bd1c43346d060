package io.jenkins.plugins.aigate.core.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One read of a tree: the problems found so far, where each key path was written, and the typed readers of
 * scalars, lists and mappings the schema's value kinds use. Not thread-safe.
 */
final class TreeReading {
    private final ScalarText scalars;
    private final List<LocatedProblem> problems = new ArrayList<>();
    private final Map<String, SourcePosition> positions = new HashMap<>();

    TreeReading(ScalarText scalars) {
        this.scalars = scalars;
    }

    List<LocatedProblem> problems() {
        return problems;
    }

    void problem(TreeNode node, String path, ProblemKind kind, String message) {
        problem(node.position(), path, kind, message);
    }

    void problem(SourcePosition at, String path, ProblemKind kind, String message) {
        problems.add(new LocatedProblem(new PolicyProblem(path, kind, message), at));
    }

    /** Remembers where {@code path} was written, for problems the policy's own checks find later. */
    void mark(String path, SourcePosition at) {
        if (at != null) {
            positions.put(path, at);
        }
    }

    /** @return the position of the deepest known key on {@code path}, or null */
    SourcePosition positionOf(String path) {
        String current = path;
        while (!current.isEmpty()) {
            SourcePosition at = positions.get(current);
            if (at != null) {
                return at;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
        return null;
    }

    /**
     * @return the mapping's entries by key, in source order, with keys that are not text, unknown or repeated
     *     reported; every key's position is remembered under its path
     */
    Map<String, TreeNode.Entry> entries(TreeNode mapping, String prefix, List<String> known) {
        Map<String, TreeNode.Entry> entries = new LinkedHashMap<>();
        for (TreeNode.Entry entry : mapping.entries()) {
            String key = entry.key();
            if (key == null) {
                problem(entry.keyPosition(), prefix, ProblemKind.INVALID_VALUE, "a key must be plain text");
                continue;
            }
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (!known.contains(key)) {
                problem(entry.keyPosition(), path, ProblemKind.UNKNOWN_KEY,
                        "unknown key" + suggestion(key, known, prefix));
                continue;
            }
            if (entries.containsKey(key)) {
                problem(entry.keyPosition(), path, ProblemKind.DUPLICATE, "the key is given twice");
                continue;
            }
            mark(path, entry.keyPosition());
            entries.put(key, entry);
        }
        return entries;
    }

    private static String suggestion(String key, List<String> known, String prefix) {
        if (prefix.isEmpty() && key.equals("aiGate")) {
            return "; in a Configuration-as-Code file the policy goes under 'unclassified: aiGate:', in a bare "
                    + "policy file the keys stand at the top level";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= Math.max(2, key.length() / 4)) {
            return "; did you mean '" + best + "'?";
        }
        return "; known keys: " + String.join(", ", known);
    }

    /** Levenshtein distance, for typo suggestions on short keys. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** @return the node when it is a mapping, else null with a problem recorded */
    TreeNode mapping(TreeNode value, String path) {
        if (value.kind() == TreeNode.Kind.MAPPING) {
            return value;
        }
        problem(value, path, ProblemKind.INVALID_VALUE, "must be a mapping of keys to values, not "
                + value.describe());
        return null;
    }

    /** @return a list's items (none for an empty value), or none with a problem recorded */
    List<TreeNode> sequence(TreeNode value, String path) {
        if (value.kind() == TreeNode.Kind.SEQUENCE) {
            return value.items();
        }
        if (value.kind() == TreeNode.Kind.EMPTY) {
            return List.of();
        }
        problem(value, path, ProblemKind.INVALID_VALUE, "must be a list (e.g. '- item' lines or [a, b]), not "
                + value.describe());
        return List.of();
    }

    /**
     * Reads a list of mappings (rules, identities, custom signals): each item's position is remembered, an item
     * that is not a mapping is reported, and the entries of the others (unknown keys reported) go to {@code item}
     * with the item's path, e.g. {@code rules[2]}.
     */
    void eachMapping(TreeNode value, String path, List<String> known,
            BiConsumer<Map<String, TreeNode.Entry>, String> item) {
        List<TreeNode> items = sequence(value, path);
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            mark(at, items.get(i).position());
            TreeNode entry = mapping(items.get(i), at);
            if (entry != null) {
                item.accept(entries(entry, at, known), at);
            }
        }
    }

    /** @return the texts of the list under {@code key} of read entries; none when absent */
    List<String> optionalStrings(Map<String, TreeNode.Entry> entries, String key, String at) {
        return entries.containsKey(key) ? strings(entries.get(key).value(), at + "." + key) : List.of();
    }

    /** @return a list of texts; items that are not text are reported and left out */
    List<String> strings(TreeNode value, String path) {
        List<TreeNode> items = sequence(value, path);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            mark(at, items.get(i).position());
            String text = string(items.get(i), at);
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }

    /** @return the text of a scalar (an empty value is empty text), or null with a problem recorded */
    String string(TreeNode value, String path) {
        if (value.kind() == TreeNode.Kind.EMPTY) {
            // an empty value is an empty text; the policy's own checks say where that is not allowed
            return "";
        }
        if (value.kind() != TreeNode.Kind.SCALAR) {
            problem(value, path, ProblemKind.INVALID_VALUE, "must be text, not " + value.describe());
            return null;
        }
        return scalars.text(value.text(), path, value.position());
    }

    /** @return the text under {@code key} of read entries, or null when absent or not text */
    String optionalString(Map<String, TreeNode.Entry> entries, String key, String at) {
        return entries.containsKey(key) ? string(entries.get(key).value(), at + "." + key) : null;
    }

    void integer(TreeNode value, String path, Consumer<Integer> target) {
        String text = value.kind() == TreeNode.Kind.SCALAR ? value.text().strip() : null;
        if (text == null || !text.matches("[+-]?[0-9]+")) {
            String hint = value.kind() == TreeNode.Kind.SCALAR ? scalars.hint(value.text(), true) : "";
            problem(value, path, ProblemKind.INVALID_VALUE, "must be a whole number, not " + value.describe() + hint);
            return;
        }
        try {
            target.accept(Integer.parseInt(text.startsWith("+") ? text.substring(1) : text));
        } catch (NumberFormatException e) {
            problem(value, path, ProblemKind.OUT_OF_RANGE, "the number " + text + " is too large");
        }
    }

    void bool(TreeNode value, String path, Consumer<Boolean> target) {
        String text = value.kind() == TreeNode.Kind.SCALAR ? value.text() : null;
        if ("true".equals(text)) {
            target.accept(true);
        } else if ("false".equals(text)) {
            target.accept(false);
        } else {
            String hint = text != null ? scalars.hint(text, false) : "";
            problem(value, path, ProblemKind.INVALID_VALUE, "must be true or false, not " + value.describe() + hint);
        }
    }

    <E> void spelled(TreeNode value, String path, List<E> values, Function<E, String> spelling,
            Consumer<E> target) {
        String text = value.kind() == TreeNode.Kind.SCALAR ? value.text() : null;
        List<String> allowed = new ArrayList<>();
        String caseHint = "";
        for (E candidate : values) {
            String spelled = spelling.apply(candidate);
            if (spelled.equals(text)) {
                target.accept(candidate);
                return;
            }
            allowed.add(spelled);
            if (text != null && spelled.equalsIgnoreCase(text)) {
                caseHint = " (values are case-sensitive: write '" + spelled + "')";
            }
        }
        String interpolation = text != null ? scalars.hint(text, false) : "";
        problem(value, path, ProblemKind.INVALID_VALUE, "must be one of " + String.join(", ", allowed) + ", not "
                + value.describe() + caseHint + interpolation);
    }
}

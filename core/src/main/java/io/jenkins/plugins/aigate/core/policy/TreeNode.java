package io.jenkins.plugins.aigate.core.policy;

import java.util.List;
import java.util.Objects;

/**
 * A policy as a source gives it, before it means anything: mappings, lists and text, each with where it was
 * written when the source knows. A YAML file, a Configuration-as-Code section or a form becomes one of these, and
 * {@link PolicyTreeReader} turns it into a {@link Policy}. Immutable.
 */
public final class TreeNode {
    /** What a node is. */
    public enum Kind {
        /** Keys to values, in source order. */
        MAPPING,
        /** Values in order. */
        SEQUENCE,
        /** One text value (numbers and booleans are text until read). */
        SCALAR,
        /** An empty value ({@code key:} with nothing after it). */
        EMPTY
    }

    private final Kind kind;
    private final String text;
    private final List<Entry> entries;
    private final List<TreeNode> items;
    private final SourcePosition position;

    private TreeNode(Kind kind, String text, List<Entry> entries, List<TreeNode> items, SourcePosition position) {
        this.kind = kind;
        this.text = text;
        this.entries = List.copyOf(entries);
        this.items = List.copyOf(items);
        this.position = position;
    }

    /** @param position where it was written, or {@code null} */
    public static TreeNode scalar(String text, SourcePosition position) {
        return new TreeNode(Kind.SCALAR, Objects.requireNonNull(text, "text"), List.of(), List.of(), position);
    }

    /** @param position where it was written, or {@code null} */
    public static TreeNode empty(SourcePosition position) {
        return new TreeNode(Kind.EMPTY, null, List.of(), List.of(), position);
    }

    /** @param position where it was written, or {@code null} */
    public static TreeNode sequence(List<TreeNode> items, SourcePosition position) {
        return new TreeNode(Kind.SEQUENCE, null, List.of(), items, position);
    }

    /** @param position where it was written, or {@code null} */
    public static TreeNode mapping(List<Entry> entries, SourcePosition position) {
        return new TreeNode(Kind.MAPPING, null, entries, List.of(), position);
    }

    public Kind kind() {
        return kind;
    }

    /** @return a scalar's text; {@code null} for any other kind */
    public String text() {
        return text;
    }

    /** @return a mapping's entries in source order; empty for any other kind */
    public List<Entry> entries() {
        return entries;
    }

    /** @return a sequence's items; empty for any other kind */
    public List<TreeNode> items() {
        return items;
    }

    /** @return where the node was written, or {@code null} when the source does not say */
    public SourcePosition position() {
        return position;
    }

    /** @return the value under {@code key} of a mapping, or {@code null} */
    public TreeNode get(String key) {
        for (Entry entry : entries) {
            if (key.equals(entry.key())) {
                return entry.value();
            }
        }
        return null;
    }

    /** @return the node as a problem message names it: a mapping, a list, an empty value, or its quoted text */
    public String describe() {
        switch (kind) {
            case MAPPING:
                return "a mapping";
            case SEQUENCE:
                return "a list";
            case EMPTY:
                return "an empty value";
            default:
                return "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
        }
    }

    @Override
    public String toString() {
        return kind == Kind.MAPPING ? entries.toString() : kind == Kind.SEQUENCE ? items.toString() : describe();
    }

    /** One key of a mapping with its value. */
    public static final class Entry {
        private final String key;
        private final SourcePosition keyPosition;
        private final TreeNode value;

        /**
         * @param key         the key's text, or {@code null} when the source's key was not plain text
         * @param keyPosition where the key was written, or {@code null}
         * @param value       its value
         */
        public Entry(String key, SourcePosition keyPosition, TreeNode value) {
            this.key = key;
            this.keyPosition = keyPosition;
            this.value = Objects.requireNonNull(value, "value");
        }

        /** @return the key, or {@code null} when it was not plain text */
        public String key() {
            return key;
        }

        /** @return where the key was written, or {@code null} */
        public SourcePosition keyPosition() {
            return keyPosition;
        }

        public TreeNode value() {
            return value;
        }

        @Override
        public String toString() {
            return key + "=" + value;
        }
    }
}

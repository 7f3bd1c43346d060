package io.jenkins.plugins.aigate.core.commit;

import java.util.Objects;
import java.util.Optional;

/** One path a commit changed; renames and copies also name the source path. */
public final class ChangedPath {
    private final ChangeType type;
    private final String path;
    private final String oldPath;

    /**
     * @param type    how the path changed
     * @param path    the path after the change (for a deletion, the deleted path), unquoted
     * @param oldPath the source of a rename or copy, or {@code null}
     */
    public ChangedPath(ChangeType type, String path, String oldPath) {
        this.type = Objects.requireNonNull(type, "type");
        this.path = Objects.requireNonNull(path, "path");
        this.oldPath = oldPath;
    }

    public static ChangedPath of(ChangeType type, String path) {
        return new ChangedPath(type, path, null);
    }

    public ChangeType type() {
        return type;
    }

    public String path() {
        return path;
    }

    public Optional<String> oldPath() {
        return Optional.ofNullable(oldPath);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ChangedPath)) {
            return false;
        }
        ChangedPath that = (ChangedPath) o;
        return type == that.type && path.equals(that.path) && Objects.equals(oldPath, that.oldPath);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, path, oldPath);
    }

    @Override
    public String toString() {
        return type.letter() + "\t" + (oldPath == null ? path : oldPath + " -> " + path);
    }
}

package io.jenkins.plugins.aigate.lint;

import java.nio.file.Path;
import java.util.Objects;

/** One defect in a plugin resource: which file, which kind, and a sentence for the build log. */
public final class Problem {
    private final Path file;
    private final DefectKind kind;
    private final String detail;

    /**
     * @param file the resource the problem is in
     * @param kind what is wrong
     * @param detail the offending key, field or parser message
     */
    public Problem(Path file, DefectKind kind, String detail) {
        this.file = Objects.requireNonNull(file, "file");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.detail = Objects.requireNonNull(detail, "detail");
    }

    /** The resource the problem is in. */
    public Path file() {
        return file;
    }

    /** What is wrong. */
    public DefectKind kind() {
        return kind;
    }

    /** The offending key, field or parser message. */
    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && file.equals(p.file) && kind == p.kind && detail.equals(p.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, kind, detail);
    }

    @Override
    public String toString() {
        return file + ": " + kind.description() + ": " + detail;
    }
}

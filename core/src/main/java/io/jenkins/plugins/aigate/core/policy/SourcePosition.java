package io.jenkins.plugins.aigate.core.policy;

/** Where a value was written in its source: a 1-based line and column. */
public final class SourcePosition {
    private final int line;
    private final int column;

    private SourcePosition(int line, int column) {
        this.line = line;
        this.column = column;
    }

    /**
     * @param line   1-based line
     * @param column 1-based column
     * @return the position
     */
    public static SourcePosition of(int line, int column) {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("lines and columns count from 1: " + line + ":" + column);
        }
        return new SourcePosition(line, column);
    }

    /** @return the 1-based line */
    public int line() {
        return line;
    }

    /** @return the 1-based column */
    public int column() {
        return column;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourcePosition && ((SourcePosition) o).line == line && ((SourcePosition) o).column == column;
    }

    @Override
    public int hashCode() {
        return 31 * line + column;
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}

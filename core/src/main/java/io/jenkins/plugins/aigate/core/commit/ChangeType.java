package io.jenkins.plugins.aigate.core.commit;

/** How a commit changed a path, after git's raw diff status letters. */
public enum ChangeType {
    ADDED('A'),
    COPIED('C'),
    DELETED('D'),
    MODIFIED('M'),
    RENAMED('R'),
    TYPE_CHANGED('T'),
    UNMERGED('U'),
    UNKNOWN('X');

    private final char letter;

    ChangeType(char letter) {
        this.letter = letter;
    }

    /** @return git's status letter for this change */
    public char letter() {
        return letter;
    }

    /**
     * @param letter a raw diff status letter
     * @return the change type, or {@code null} when the letter is not one git emits
     */
    public static ChangeType fromLetter(char letter) {
        for (ChangeType type : values()) {
            if (type.letter == letter) {
                return type;
            }
        }
        return null;
    }
}

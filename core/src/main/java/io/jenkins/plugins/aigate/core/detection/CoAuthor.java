package io.jenkins.plugins.aigate.core.detection;

/** Splits a co-author trailer value, {@code NAME <EMAIL>}, falling back to {@code NAME EMAIL} without brackets. */
final class CoAuthor {
    final String name;
    final String email;

    private CoAuthor(String name, String email) {
        this.name = name;
        this.email = email;
    }

    static CoAuthor parse(String value) {
        int open = value.indexOf('<');
        if (open >= 0) {
            int close = value.indexOf('>', open + 1);
            String email = value.substring(open + 1, close < 0 ? value.length() : close).strip();
            return new CoAuthor(value.substring(0, open).strip(), email);
        }
        String trimmed = value.strip();
        int space = trimmed.lastIndexOf(' ');
        String last = space < 0 ? trimmed : trimmed.substring(space + 1);
        if (last.indexOf('@') > 0) {
            return new CoAuthor(space < 0 ? "" : trimmed.substring(0, space).strip(), last);
        }
        return new CoAuthor(trimmed, "");
    }
}

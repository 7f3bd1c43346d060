package io.jenkins.plugins.aigate.core.commit;

import java.util.Optional;

/**
 * What one commit may carry before it is itself a reason to require approval: a message of at most
 * {@value #MAX_MESSAGE_CHARS} characters (1 MiB) and at most {@value #MAX_TRAILER_LINES} trailer-shaped lines
 * ({@code Key: value}) anywhere in it. Past either, the commit is still read and assessed whole (every reader is
 * linear), never skipped: the bound only says that no person reviews such a commit line by line.
 */
public final class CommitBounds {
    /** The longest message, in characters, a commit may carry without being flagged. */
    public static final int MAX_MESSAGE_CHARS = 1024 * 1024;
    /** The most trailer-shaped lines a message may carry without being flagged. */
    public static final int MAX_TRAILER_LINES = 1000;

    private CommitBounds() {
    }

    /** @return why the commit is past the bounds, or empty when it is within them */
    public static Optional<String> exceeded(Commit commit) {
        String message = commit.message();
        if (message.length() > MAX_MESSAGE_CHARS) {
            return Optional.of("the message is " + message.length() + " characters long; at most "
                    + MAX_MESSAGE_CHARS + " are assessed without approval");
        }
        int trailers = 0;
        int from = 0;
        while (from <= message.length()) {
            int nl = message.indexOf('\n', from);
            int end = nl < 0 ? message.length() : nl;
            if (TrailerParser.separatorPosition(message.substring(from, end)) >= 1) {
                trailers++;
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return trailers > MAX_TRAILER_LINES ? Optional.of("the message has " + trailers + " trailer lines; at most "
                + MAX_TRAILER_LINES + " are assessed without approval") : Optional.empty();
    }
}

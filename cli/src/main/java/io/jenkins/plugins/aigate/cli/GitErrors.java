package io.jenkins.plugins.aigate.cli;

import io.jenkins.plugins.aigate.core.git.CommitReadException;
import io.jenkins.plugins.aigate.core.git.GitCommandException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a failed git run into what the user should read: bad input (exit 2) or, if unexplained, our fault. */
public final class GitErrors {
    private static final Pattern GIT_WORDS = Pattern.compile("exit code -?\\d+: (.*)$");

    private GitErrors() {
    }

    /**
     * @param failure    what git reported
     * @param repository the directory given with {@code --repo}
     * @param revisions  the revisions given
     * @return the exception to throw: {@link BadInputException} for what the user can fix, else {@code failure}
     */
    public static RuntimeException translate(GitCommandException failure, Path repository, List<String> revisions) {
        switch (failure.failure()) {
            case NOT_A_REPOSITORY:
                return new BadInputException("not a git repository: " + repository + gitSaid(failure), failure);
            case UNKNOWN_REVISION:
                return new BadInputException("unknown revision or range: " + String.join(" ", revisions)
                        + gitSaid(failure), failure);
            case GIT_NOT_FOUND:
                return new BadInputException("git could not be started; is it installed and on the PATH?"
                        + gitSaid(failure), failure);
            default:
                // a repository git cannot read (missing objects, a reflog too short) is the input's fault, not ours
                return new BadInputException("git could not read the history of " + repository + gitSaid(failure)
                        + hint(failure), failure);
        }
    }

    /**
     * @param failure    git's output could not be read as commits (cut short, or not what was asked for)
     * @param repository the directory given with {@code --repo}
     * @return the exception to throw: bad input, one line
     */
    public static BadInputException translate(CommitReadException failure, Path repository) {
        return new BadInputException("cannot read the commits of " + repository + ": " + failure.getMessage(),
                failure);
    }

    private static String hint(GitCommandException failure) {
        String message = String.valueOf(failure.getMessage());
        return message.contains("unable to read") || message.contains("missing") || message.contains("promisor")
                ? "; objects are missing (a partial or damaged clone): fetch them, or clone without --filter" : "";
    }

    private static String gitSaid(GitCommandException failure) {
        String message = failure.getMessage();
        if (message == null) {
            return "";
        }
        Matcher matcher = GIT_WORDS.matcher(message.lines().findFirst().orElse(""));
        return matcher.find() ? " (git: " + matcher.group(1).strip() + ")" : "";
    }
}

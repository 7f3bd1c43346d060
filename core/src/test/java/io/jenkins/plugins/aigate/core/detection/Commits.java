package io.jenkins.plugins.aigate.core.detection;

import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Builds commits and pull requests for detection tests. */
final class Commits {
    static final String HUMAN = "Ada Lovelace";
    static final String HUMAN_EMAIL = "ada@lovelace.dev";
    private static final AtomicLong IDS = new AtomicLong();

    private Commits() {
    }

    static String nextId() {
        return String.format("%040x", IDS.incrementAndGet());
    }

    /** A commit by a human with this message. */
    static Commit message(String message) {
        return by(HUMAN, HUMAN_EMAIL, message);
    }

    /** A commit whose author and committer are this identity. */
    static Commit by(String name, String email, String message) {
        return Commit.builder(nextId()).person(PersonIdent.of(name, email)).message(message).build();
    }

    static Commit authorCommitter(String authorName, String authorEmail, String committerName,
            String committerEmail, String message) {
        return Commit.builder(nextId()).author(PersonIdent.of(authorName, authorEmail))
                .committer(PersonIdent.of(committerName, committerEmail)).message(message).build();
    }

    static Commit touching(String message, String... paths) {
        Commit.Builder builder = Commit.builder(nextId()).person(PersonIdent.of(HUMAN, HUMAN_EMAIL)).message(message);
        for (String path : paths) {
            builder.changedPath(ChangedPath.of(ChangeType.MODIFIED, path));
        }
        return builder.pathsKnown(true).build();
    }

    static PullRequest pullRequest(String author, String branch, String title, String body, List<String> labels) {
        return new PullRequest(42, "https://github.com/acme/app/pull/42", author, branch, title, body, labels,
                List.of());
    }

    static PullRequest pullRequestWithCommits(List<Commit> commits) {
        return new PullRequest(43, "https://github.com/acme/app/pull/43", "ada", "feature/x", "Feature", "",
                List.of(), commits);
    }
}

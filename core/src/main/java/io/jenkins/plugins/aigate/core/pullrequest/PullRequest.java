package io.jenkins.plugins.aigate.core.pullrequest;

import io.jenkins.plugins.aigate.core.commit.Commit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A pull request associated with an inspected commit, as the SCM host reported it. */
public final class PullRequest {
    private final int number;
    private final String url;
    private final String authorLogin;
    private final String headBranch;
    private final String title;
    private final String body;
    private final List<String> labels;
    private final List<Commit> commits;

    /**
     * @param number      the pull request's number
     * @param url         its web address
     * @param authorLogin the login of whoever opened it (bots with or without the {@code [bot]} suffix)
     * @param headBranch  the head branch name, without {@code refs/heads/}
     * @param title       the title
     * @param body        the description, possibly empty
     * @param labels      the label names
     * @param commits     its commits as the host listed them (these run through the commit rules)
     */
    public PullRequest(int number, String url, String authorLogin, String headBranch, String title, String body,
            List<String> labels, List<Commit> commits) {
        this.number = number;
        this.url = Objects.requireNonNull(url, "url");
        this.authorLogin = Objects.requireNonNull(authorLogin, "authorLogin");
        this.headBranch = Objects.requireNonNull(headBranch, "headBranch");
        this.title = Objects.requireNonNull(title, "title");
        this.body = Objects.requireNonNull(body, "body");
        this.labels = Collections.unmodifiableList(new ArrayList<>(labels));
        this.commits = Collections.unmodifiableList(new ArrayList<>(commits));
    }

    public int number() {
        return number;
    }

    public String url() {
        return url;
    }

    public String authorLogin() {
        return authorLogin;
    }

    public String headBranch() {
        return headBranch;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public List<String> labels() {
        return labels;
    }

    public List<Commit> commits() {
        return commits;
    }

    /** @return a short description for evidence provenance, e.g. {@code pull request #12 https://...} */
    public String provenance() {
        return "pull request #" + number + " " + url;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PullRequest)) {
            return false;
        }
        PullRequest that = (PullRequest) o;
        return number == that.number && url.equals(that.url) && authorLogin.equals(that.authorLogin)
                && headBranch.equals(that.headBranch) && title.equals(that.title) && body.equals(that.body)
                && labels.equals(that.labels) && commits.equals(that.commits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, url, authorLogin, headBranch, title, body, labels, commits);
    }

    @Override
    public String toString() {
        return "#" + number + " " + title;
    }
}

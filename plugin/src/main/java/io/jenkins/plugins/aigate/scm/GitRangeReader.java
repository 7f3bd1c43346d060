package io.jenkins.plugins.aigate.scm;

import hudson.plugins.git.GitException;
import io.jenkins.plugins.aigate.core.range.Ancestry;
import io.jenkins.plugins.aigate.core.range.AncestryCheck;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.jenkinsci.plugins.gitclient.GitClient;

/**
 * Reads a range's raw commits through the job's own git client ({@code showRevision}: the job's git tool,
 * credentials and agent), bounded in commits and bytes. Never called on the CPS VM thread.
 */
final class GitRangeReader {

    /** Bytes of raw git output one range may hold; past it the gate fails closed rather than read a partial range. */
    static final long MAX_RANGE_BYTES =
            Long.getLong(GitRangeReader.class.getName() + ".maxRangeBytes", 64L * 1024 * 1024);

    private final GitClient git;

    GitRangeReader(GitClient git) {
        this.git = git;
    }

    /** The raw text of a range, or why it could not be had. */
    static final class Result {
        final List<String> lines;
        final int commits;
        final boolean truncated;
        final String failure;

        private Result(List<String> lines, int commits, boolean truncated, String failure) {
            this.lines = lines;
            this.commits = commits;
            this.truncated = truncated;
            this.failure = failure;
        }

        static Result failed(String why) {
            return new Result(List.of(), 0, false, why);
        }
    }

    /** Ancestry through {@code git rev-list descendant..ancestor}: empty exactly when ancestor is reachable. */
    AncestryCheck ancestry() {
        return (ancestor, descendant) -> {
            try {
                if (!git.isCommitInRepo(ObjectId.fromString(ancestor))) {
                    return Ancestry.NOT_ANCESTOR;
                }
                List<ObjectId> notReachable = new ArrayList<>();
                git.revList_().reference(descendant + ".." + ancestor).to(notReachable).execute();
                return notReachable.isEmpty() ? Ancestry.ANCESTOR : Ancestry.NOT_ANCESTOR;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Ancestry.UNKNOWN;
            } catch (GitException | IllegalArgumentException e) {
                return Ancestry.UNKNOWN;
            }
        };
    }

    /**
     * @param range      core's range: a base to start after, or none (then the newest {@code maxCommits} commits)
     * @param maxCommits the policy's bound; a range with a base that exceeds it fails closed
     */
    Result read(CommitRange range, int maxCommits) throws InterruptedException {
        try {
            ObjectId head = ObjectId.fromString(range.head());
            List<String> lines;
            boolean truncated = false;
            if (range.base().isPresent()) {
                lines = git.showRevision(ObjectId.fromString(range.base().get()), head, true);
            } else {
                List<ObjectId> history = new ArrayList<>();
                git.revList_().reference(range.head()).to(history).execute();
                if (history.size() > maxCommits) {
                    truncated = true;
                    lines = git.showRevision(history.get(maxCommits), head, true);
                } else {
                    // from..to excludes from: read the oldest commit on its own, then the rest
                    ObjectId root = history.get(history.size() - 1);
                    lines = new ArrayList<>(git.showRevision(null, root, true));
                    if (!root.equals(head)) {
                        lines.addAll(git.showRevision(root, head, true));
                    }
                }
            }
            long bytes = 0;
            Set<String> ids = new HashSet<>();
            for (String line : lines) {
                bytes += line.length() + 1L;
                if (line.startsWith("commit ")) {
                    // a merge appears once per parent as "commit <id> (from <parent>)": count it once
                    int end = line.indexOf(' ', 7);
                    ids.add(end < 0 ? line.substring(7) : line.substring(7, end));
                }
            }
            int commits = ids.size();
            if (bytes > MAX_RANGE_BYTES) {
                return Result.failed(Messages.GitRangeReader_tooManyBytes(bytes, MAX_RANGE_BYTES));
            }
            if (range.base().isPresent() && commits > maxCommits) {
                return Result.failed(Messages.GitRangeReader_tooManyCommits(commits, maxCommits));
            }
            return new Result(lines, commits, truncated, null);
        } catch (GitException | IllegalArgumentException e) {
            return Result.failed(Messages.GitRangeReader_gitFailed(String.valueOf(e.getMessage())));
        }
    }
}

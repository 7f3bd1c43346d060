package io.jenkins.plugins.aigate.scm;

import hudson.plugins.git.GitException;
import hudson.remoting.VirtualChannel;
import io.jenkins.plugins.aigate.core.range.Ancestry;
import io.jenkins.plugins.aigate.core.range.AncestryCheck;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.util.RawParseUtils;
import org.jenkinsci.plugins.gitclient.GitClient;
import org.jenkinsci.plugins.gitclient.RepositoryCallback;

/**
 * Reads a range's raw commits through the job's own git client ({@code showRevision}: the job's git tool and
 * agent), bounded in commits and bytes. Never called on the CPS VM thread.
 *
 * <p>Only calls that cross remoting whole are used: {@code showRevision} returns a plain list, and walking the
 * history (ancestry, counting, the newest commits without a baseline) runs as a {@link RepositoryCallback} next
 * to the repository, so the walk is bounded there and only its small answer comes back. Command objects such as
 * {@code revList_()} cannot be used: on an agent they are not serializable, and through JGit they parse
 * {@code a..b} as a single revision.
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
        /** Commits whose message git cannot print whole (a NUL byte): what {@link #lines} shows of them is cut. */
        final List<String> hiddenText;

        private Result(List<String> lines, int commits, boolean truncated, String failure, List<String> hiddenText) {
            this.lines = lines;
            this.commits = commits;
            this.truncated = truncated;
            this.failure = failure;
            this.hiddenText = hiddenText;
        }

        static Result failed(String why) {
            return new Result(List.of(), 0, false, why, List.of());
        }
    }

    /** Ancestry through a history walk beside the repository; a missing ancestor is a rewritten history. */
    AncestryCheck ancestry() {
        return (ancestor, descendant) -> {
            try {
                return git.withRepository(new AncestryQuery(ancestor, descendant));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Ancestry.UNKNOWN;
            } catch (GitException | IOException | IllegalArgumentException e) {
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
            String base = range.base().orElse(null);
            // newest first, at most maxCommits + 1: enough to tell "too many" without walking the whole history
            List<String> newest = git.withRepository(new NewestCommits(range.head(), base, maxCommits + 1));
            if (newest.isEmpty()) {
                return new Result(List.of(), 0, false, null, List.of());
            }
            if (base != null && newest.size() > maxCommits) {
                return Result.failed(Messages.GitRangeReader_tooManyCommits(maxCommits));
            }
            List<String> lines;
            boolean truncated = false;
            if (base != null) {
                lines = git.showRevision(ObjectId.fromString(base), head, true);
            } else if (newest.size() > maxCommits) {
                truncated = true;
                lines = git.showRevision(ObjectId.fromString(newest.get(maxCommits)), head, true);
            } else {
                // from..to excludes from: read the oldest commit on its own, then the rest
                ObjectId root = ObjectId.fromString(newest.get(newest.size() - 1));
                lines = new ArrayList<>(git.showRevision(null, root, true));
                if (!root.equals(head)) {
                    lines.addAll(git.showRevision(root, head, true));
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
            if (bytes > MAX_RANGE_BYTES) {
                return Result.failed(Messages.GitRangeReader_tooManyBytes(bytes, MAX_RANGE_BYTES));
            }
            // git log stops printing a message at a NUL byte: such commits are named so the gate can fail closed
            List<String> hidden = git.withRepository(new MessagesWithNul(new ArrayList<>(ids)));
            return new Result(lines, ids.size(), truncated, null, hidden);
        } catch (GitException | IOException | IllegalArgumentException e) {
            return Result.failed(Messages.GitRangeReader_gitFailed(String.valueOf(e.getMessage())));
        }
    }

    /** Whether one commit is reachable from another, answered where the repository is. */
    static final class AncestryQuery implements RepositoryCallback<Ancestry> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String ancestor;
        private final String descendant;

        AncestryQuery(String ancestor, String descendant) {
            this.ancestor = ancestor;
            this.descendant = descendant;
        }

        @Override
        public Ancestry invoke(Repository repository, VirtualChannel channel) throws IOException {
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit tip = walk.parseCommit(ObjectId.fromString(descendant));
                RevCommit older;
                try {
                    older = walk.parseCommit(ObjectId.fromString(ancestor));
                } catch (MissingObjectException e) {
                    // the recorded head is gone from the clone: history was rewritten (or it was never fetched)
                    return Ancestry.NOT_ANCESTOR;
                }
                return walk.isMergedInto(older, tip) ? Ancestry.ANCESTOR : Ancestry.NOT_ANCESTOR;
            }
        }
    }

    /** The commits, among some, whose raw object holds a NUL byte in its message (after the header). */
    static final class MessagesWithNul implements RepositoryCallback<List<String>> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final ArrayList<String> ids;

        MessagesWithNul(ArrayList<String> ids) {
            this.ids = ids;
        }

        @Override
        public List<String> invoke(Repository repository, VirtualChannel channel) throws IOException {
            ArrayList<String> hidden = new ArrayList<>();
            try (ObjectReader reader = repository.newObjectReader()) {
                for (String id : ids) {
                    byte[] raw = reader.open(ObjectId.fromString(id), Constants.OBJ_COMMIT).getCachedBytes();
                    int body = RawParseUtils.commitMessage(raw, 0);
                    for (int i = Math.max(body, 0); i < raw.length; i++) {
                        if (raw[i] == 0) {
                            hidden.add(id);
                            break;
                        }
                    }
                }
            }
            return hidden;
        }
    }

    /** The ids of the newest commits reachable from a head and not from a base, newest first, at most a limit. */
    static final class NewestCommits implements RepositoryCallback<List<String>> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String head;
        private final String base;
        private final int limit;

        NewestCommits(String head, String base, int limit) {
            this.head = head;
            this.base = base;
            this.limit = limit;
        }

        @Override
        public List<String> invoke(Repository repository, VirtualChannel channel) throws IOException {
            ArrayList<String> ids = new ArrayList<>();
            try (RevWalk walk = new RevWalk(repository)) {
                walk.markStart(walk.parseCommit(ObjectId.fromString(head)));
                if (base != null) {
                    walk.markUninteresting(walk.parseCommit(ObjectId.fromString(base)));
                }
                for (RevCommit commit : walk) {
                    ids.add(commit.name());
                    if (ids.size() >= limit) {
                        break;
                    }
                }
            }
            return ids;
        }
    }
}

package io.jenkins.plugins.aigate.cli.check;

import io.jenkins.plugins.aigate.cli.BadInputException;
import io.jenkins.plugins.aigate.cli.GitErrors;
import io.jenkins.plugins.aigate.cli.GitRevisions;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.gate.CommitSource;
import io.jenkins.plugins.aigate.core.gate.RangeCommits;
import io.jenkins.plugins.aigate.core.git.CommitReadException;
import io.jenkins.plugins.aigate.core.git.GitCommandException;
import io.jenkins.plugins.aigate.core.git.GitLogCommits;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import io.jenkins.plugins.aigate.core.range.RangeResolver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The commits of the range a check inspects, read with git in the checkout: {@code base..head} when the base is an
 * ancestor of the head, otherwise everything reachable from the head (the baseline is unknown, the policy's
 * {@code unknownBaseline} decides); {@link RangeResolver} decides which. Either way at most {@code maxCommits} are
 * read, and a range cut there says so.
 */
final class GitRangeSource implements CommitSource {
    private final Path repository;
    private final RangeSpec spec;

    GitRangeSource(Path repository, RangeSpec spec) {
        this.repository = repository;
        this.spec = spec;
    }

    /**
     * @throws BadInputException when git fails, or when the changed paths cannot be read (a partial clone): path rules
     *     (the pipeline definition's is always there) cannot be judged without them, so the check fails closed
     */
    @Override
    public RangeCommits read(int maxCommits) throws IOException {
        GitRevisions git = new GitRevisions(repository);
        String head = git.resolve(spec.head());
        String base = spec.base() == null ? null : git.resolve(spec.base());
        CommitRange range = RangeResolver.resolveSince(base, head, (a, d) -> git.log().ancestry(a, d));
        List<String> revisions = range.base().map(b -> List.of("^" + b, head)).orElse(List.of(head));
        List<Commit> commits = new ArrayList<>();
        boolean truncated = false;
        String pathsUnknown;
        try (GitLogCommits log = git.log().open(revisions)) {
            pathsUnknown = log.pathsUnknownBecause().orElse(null);
            while (log.hasNext()) {
                if (commits.size() == maxCommits) {
                    truncated = true;
                    break;
                }
                commits.add(log.next());
            }
        } catch (GitCommandException e) {
            throw GitErrors.translate(e, repository, revisions);
        } catch (CommitReadException e) {
            throw GitErrors.translate(e, repository);
        }
        if (pathsUnknown != null) {
            throw new BadInputException("no decision: changed paths not read: " + pathsUnknown
                    + "; the policy's path rules need them: fetch the missing objects (git fetch --refetch) or "
                    + "clone without --filter");
        }
        return new RangeCommits(range.truncated(truncated), commits);
    }
}

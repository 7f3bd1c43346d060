package io.jenkins.plugins.aigate.cli.check;

import io.jenkins.plugins.aigate.cli.GitErrors;
import io.jenkins.plugins.aigate.cli.GitRevisions;
import io.jenkins.plugins.aigate.core.detection.PullRequestStage;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Detector;
import io.jenkins.plugins.aigate.core.range.Ancestry;
import io.jenkins.plugins.aigate.core.git.CommitReadException;
import io.jenkins.plugins.aigate.core.git.GitCommandException;
import io.jenkins.plugins.aigate.core.git.GitLogCommits;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.range.BaselineStatus;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The commits of the range a check inspects, assessed: {@code base..head} when the base is an ancestor of the head,
 * otherwise everything reachable from the head (the baseline is unknown, the policy's {@code unknownBaseline}
 * decides). Either way at most {@code maxCommits} are read, and a range cut there says so.
 */
final class CheckedRange {
    private final CommitRange range;
    private final List<CommitAssessment> assessments;
    private final List<CommitLookup> lookups;
    private final String pathsUnknownBecause;

    private CheckedRange(CommitRange range, List<CommitAssessment> assessments, List<CommitLookup> lookups,
            String pathsUnknownBecause) {
        this.range = range;
        this.assessments = List.copyOf(assessments);
        this.lookups = List.copyOf(lookups);
        this.pathsUnknownBecause = pathsUnknownBecause;
    }

    /** @return why no changed paths were read (a partial clone), if they were not: path rules then fail closed */
    java.util.Optional<String> pathsUnknownBecause() {
        return java.util.Optional.ofNullable(pathsUnknownBecause);
    }

    static CheckedRange read(Path repository, RangeSpec spec, Detector detector, int maxCommits) throws IOException {
        return read(repository, spec, detector, maxCommits, null);
    }

    /** @param pullRequests looks up each commit's pull requests too, or {@code null} for the commits alone */
    static CheckedRange read(Path repository, RangeSpec spec, Detector detector, int maxCommits,
            PullRequestStage pullRequests) throws IOException {
        GitRevisions git = new GitRevisions(repository);
        String head = git.resolve(spec.head());
        CommitRange range;
        List<String> revisions;
        if (spec.base() == null) {
            range = CommitRange.withoutBaseline(head, BaselineStatus.NONE, null);
            revisions = List.of(head);
        } else {
            String base = git.resolve(spec.base());
            Ancestry ancestry = git.log().ancestry(base, head);
            if (ancestry == Ancestry.ANCESTOR) {
                range = CommitRange.since(base, head);
                revisions = List.of("^" + base, head);
            } else {
                BaselineStatus status = ancestry == Ancestry.NOT_ANCESTOR ? BaselineStatus.NOT_ANCESTOR
                        : BaselineStatus.UNCHECKABLE;
                range = CommitRange.withoutBaseline(head, status, base);
                revisions = List.of(head);
            }
        }
        List<CommitAssessment> assessments = new ArrayList<>();
        List<CommitLookup> lookups = new ArrayList<>();
        boolean truncated = false;
        String pathsUnknown;
        try (GitLogCommits commits = git.log().open(revisions)) {
            pathsUnknown = commits.pathsUnknownBecause().orElse(null);
            while (commits.hasNext()) {
                if (assessments.size() == maxCommits) {
                    truncated = true;
                    break;
                }
                Commit commit = commits.next();
                if (pullRequests == null) {
                    assessments.add(detector.assess(commit));
                } else {
                    PullRequestStage.Result result = pullRequests.assess(detector, commit);
                    assessments.add(result.assessment());
                    lookups.add(result.lookup());
                }
            }
        } catch (GitCommandException e) {
            throw GitErrors.translate(e, repository, revisions);
        } catch (CommitReadException e) {
            throw GitErrors.translate(e, repository);
        }
        return new CheckedRange(range.truncated(truncated), assessments, lookups, pathsUnknown);
    }

    CommitRange range() {
        return range;
    }

    List<CommitAssessment> assessments() {
        return assessments;
    }

    /** @return how each commit's pull-request lookup ended, in range order; empty without lookups */
    List<CommitLookup> lookups() {
        return lookups;
    }
}

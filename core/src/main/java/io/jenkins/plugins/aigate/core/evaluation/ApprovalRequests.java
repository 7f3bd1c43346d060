package io.jenkins.plugins.aigate.core.evaluation;

import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import io.jenkins.plugins.aigate.core.approval.PersonAliases;
import io.jenkins.plugins.aigate.core.approval.TimeoutOutcome;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.Trailer;
import io.jenkins.plugins.aigate.core.commit.TrailerLineFinder;
import io.jenkins.plugins.aigate.core.commit.TrailerMention;
import io.jenkins.plugins.aigate.core.commit.TrailerParser;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.policy.Identity;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.policy.TimeoutAction;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the approval process's request from the policy snapshot and the decision that requires approval, so the
 * approval package needs no policy type. Separation of duties learns every author, committer and co-author of the
 * gated commits, or of every commit in the range when the range itself is in question (no baseline, truncated,
 * pull requests not looked up): approving such a range vouches for all of it.
 */
public final class ApprovalRequests {
    private static final long MILLIS_PER_MINUTE = 60_000L;
    private static final String CO_AUTHORED_BY = "Co-authored-by";
    private static final TrailerLineFinder CO_AUTHOR_LINES = new TrailerLineFinder(List.of(CO_AUTHORED_BY));

    private ApprovalRequests() {
    }

    /**
     * @param policy             the policy snapshot the decision was made under
     * @param decision           a decision whose outcome is {@code APPROVAL_REQUIRED}
     * @param buildStarters      user ids of whoever started the build (replays and upstream triggers included)
     * @param pullRequestAuthors SCM logins of the authors of the pull requests behind the gated commits
     * @param startedAtMillis    when the gate started waiting (epoch millis), for the policy's timeout
     * @return the request
     * @throws IllegalArgumentException when the decision does not require approval or was made under another policy
     */
    public static ApprovalRequest from(Policy policy, GateDecision decision, Collection<String> buildStarters,
            Collection<String> pullRequestAuthors, long startedAtMillis) {
        if (!decision.requiresApproval()) {
            throw new IllegalArgumentException("the decision is " + decision.outcome() + ", nothing to approve");
        }
        if (!policy.fingerprint().equals(decision.policyFingerprint())) {
            throw new IllegalArgumentException("the decision was made under policy " + decision.policyFingerprint()
                    + ", not " + policy.fingerprint());
        }
        ApprovalRequest.Builder builder = ApprovalRequest.builder(decision.evidenceDigest())
                .requiredApprovals(decision.requiredApprovals())
                .approverGroups(policy.approvers().groups())
                .approverUsers(policy.approvers().users())
                .breakGlassGroups(policy.breakGlass().groups())
                .breakGlassUsers(policy.breakGlass().users())
                .separationOfDuties(policy.separationOfDuties())
                .tokenVotesAllowed(policy.allowTokenVotes())
                .commitEmails(participantEmails(decision))
                .pullRequestAuthors(new ArrayList<>(pullRequestAuthors))
                .buildStarters(new ArrayList<>(buildStarters))
                .onTimeout(policy.onTimeout() == TimeoutAction.FAIL ? TimeoutOutcome.FAIL : TimeoutOutcome.ABORT);
        for (Identity identity : policy.identities()) {
            builder.identity(identity.id(), new PersonAliases(identity.emails(), identity.logins()));
        }
        if (policy.timeoutMinutes().isPresent()) {
            builder.deadlineMillis(startedAtMillis + policy.timeoutMinutes().getAsInt() * MILLIS_PER_MINUTE);
        }
        return builder.build();
    }

    /** @return the emails of everyone who took part in the commits approvers vouch for, in first-seen order */
    static List<String> participantEmails(GateDecision decision) {
        List<Commit> commits = new ArrayList<>();
        if (decision.rangeInQuestion()) {
            for (CommitAssessment assessment : decision.assessments()) {
                commits.add(assessment.commit());
            }
        } else {
            for (GatedCommit gated : decision.gatedCommits()) {
                commits.add(gated.commit());
            }
        }
        Set<String> emails = new LinkedHashSet<>();
        for (Commit commit : commits) {
            emails.add(commit.author().email());
            emails.add(commit.committer().email());
            for (Trailer trailer : TrailerParser.parse(commit.message())) {
                if (trailer.hasKey(CO_AUTHORED_BY)) {
                    emails.add(coAuthorEmail(trailer.value()));
                }
            }
            // Co-author lines outside the trailer block (mid-body, flattened) can only bar more people.
            for (TrailerMention mention : CO_AUTHOR_LINES.find(commit.message())) {
                emails.add(coAuthorEmail(mention.trailer().value()));
            }
        }
        return new ArrayList<>(emails);
    }

    /** @return the address in {@code Name <address>}, or the whole value when it has no angle brackets */
    private static String coAuthorEmail(String value) {
        int open = value.lastIndexOf('<');
        int close = value.lastIndexOf('>');
        if (open >= 0 && close > open) {
            return value.substring(open + 1, close).strip();
        }
        return value.strip();
    }
}

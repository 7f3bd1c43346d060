package io.jenkins.plugins.aigate.cli.check;

import static io.jenkins.plugins.aigate.cli.terminal.TerminalText.neutralise;

import io.jenkins.plugins.aigate.cli.CommitProblems;
import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Evidence;
import io.jenkins.plugins.aigate.core.evaluation.GateDecision;
import io.jenkins.plugins.aigate.core.evaluation.GatedCommit;
import io.jenkins.plugins.aigate.core.evaluation.Reason;
import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.pullrequest.CommitLookup;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints a check's decision for a person: what was decided and why, who may approve, and the commits in question. */
final class DecisionReport {
    private static final int WIDTH = 118;
    private static final int MAX_LISTED = 50;

    private final PrintWriter out;

    DecisionReport(PrintWriter out) {
        this.out = out;
    }

    /** @param request the approval request when approval is required, else {@code null} */
    void print(GateDecision decision, Policy policy, String policySource, ApprovalRequest request) {
        out.println("Decision: " + headline(decision));
        out.println("Range:    " + describe(decision.range()) + (decision.outcome() == GateState.OFF
                ? " (not evaluated)" : ", " + decision.commitsInspected()
                + (decision.commitsInspected() == 1 ? " commit" : " commits") + " inspected"));
        out.println("Policy:   " + neutralise(policySource) + " (mode " + policy.mode().spelling() + ", fingerprint "
                + decision.policyFingerprint() + ")");
        if (decision.outcome() == GateState.OFF) {
            out.flush();
            return;
        }
        if (!decision.reasons().isEmpty()) {
            List<String> reasons = new ArrayList<>();
            for (Reason reason : decision.reasons()) {
                reasons.add(describe(reason));
            }
            out.println("Reasons:  " + String.join("; ", reasons));
            String verb = request != null ? "Required: " : "Would have required: ";
            out.println(verb + decision.requiredApprovals() + (decision.requiredApprovals() == 1 ? " approval"
                    : " approvals") + decision.quorumRule().map(rule -> " (raised by rule '" + neutralise(rule)
                    + "')").orElse(""));
            out.println("Who may approve: " + approvers(policy));
            if (request != null && request.separationOfDuties() && !request.commitEmails().isEmpty()) {
                list("  but not, by separation of duties (authors, committers, co-authors): ",
                        request.commitEmails());
                if (!request.pullRequestAuthors().isEmpty()) {
                    list("  nor the pull-request authors: ", request.pullRequestAuthors());
                }
            } else if (request == null && policy.separationOfDuties()) {
                out.println("  but not the authors, committers or co-authors of these commits "
                        + "(separation of duties)");
            }
        }
        commits("Commits that count:", decision.gatedCommits());
        commits("AI-assisted but exempt (every path matches an exempt rule):", decision.exemptCommits());
        if (!decision.unresolvedPullRequests().isEmpty()) {
            out.println();
            out.println("Pull requests not resolved (unresolvedPullRequest: "
                    + policy.unresolvedPullRequest().spelling() + "):");
            for (CommitLookup lookup : decision.unresolvedPullRequests()) {
                out.println("   " + shortId(lookup.commitId()) + "  " + lookup.reason().map(Enum::name).orElse("")
                        + ": " + neutralise(lookup.message().orElse("")));
            }
        }
        if (!decision.weakEvidenceCommits().isEmpty()) {
            out.println();
            out.println("Weak evidence only (shown, not counted):");
            for (CommitAssessment assessment : decision.weakEvidenceCommits()) {
                commit(assessment, List.of());
            }
        }
        out.flush();
    }

    private static String headline(GateDecision decision) {
        switch (decision.outcome()) {
            case PASS:
                return "PASS";
            case APPROVAL_REQUIRED:
                return "APPROVAL REQUIRED";
            case OBSERVED:
                return decision.reasons().isEmpty() ? "PASS (observe mode)"
                        : "PASS (observe mode: approval would have been required)";
            case OFF:
                return "PASS (the gate is off: nothing evaluated)";
            default:
                return decision.outcome().name();
        }
    }

    private static String describe(CommitRange range) {
        String head = shortId(range.head());
        if (range.base().isPresent() && range.status().isKnown()) {
            return shortId(range.base().get()) + ".." + head + (range.isTruncated() ? " (cut at maxCommits)" : "");
        }
        String why;
        switch (range.status()) {
            case NOT_ANCESTOR:
                why = "baseline " + range.previousBaseline().map(DecisionReport::shortId).orElse("?")
                        + " is not an ancestor of the head";
                break;
            case UNCHECKABLE:
                why = "ancestry of baseline " + range.previousBaseline().map(DecisionReport::shortId).orElse("?")
                        + " could not be checked";
                break;
            default:
                why = "no baseline given";
        }
        return head + " (" + why + (range.isTruncated() ? "; cut at maxCommits" : "") + ")";
    }

    private static String describe(Reason reason) {
        switch (reason) {
            case AI_ASSISTED_COMMITS:
                return "AI-assisted commits";
            case PROTECTED_PATHS:
                return "commits touch protected paths";
            case UNKNOWN_BASELINE:
                return "the range has no trusted baseline";
            case RANGE_TRUNCATED:
                return "the range was cut at maxCommits";
            case UNREADABLE_COMMIT:
                return "a commit git cannot show whole (UNREADABLE_COMMIT)";
            case OVERSIZED_COMMIT:
                return "a commit past the size bounds (OVERSIZED_COMMIT)";
            default:
                return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /**
     * Prints a list of names wrapped at {@value #WIDTH} columns, at most {@value #MAX_LISTED} of them and then how
     * many more: a large range can name thousands of people.
     */
    private void list(String heading, java.util.Collection<String> names) {
        StringBuilder line = new StringBuilder(heading);
        int listed = 0;
        for (String name : names) {
            if (listed == MAX_LISTED) {
                break;
            }
            String item = neutralise(name) + (listed + 1 < Math.min(names.size(), MAX_LISTED) ? "," : "");
            if (listed > 0 && line.length() + 1 + item.length() > WIDTH) {
                out.println(line);
                line = new StringBuilder("    ");
            } else if (listed > 0) {
                line.append(' ');
            }
            line.append(item);
            listed++;
        }
        out.println(line);
        if (names.size() > listed) {
            out.println("    ... and " + (names.size() - listed) + " more (" + names.size() + " in all)");
        }
    }

    private static String approvers(Policy policy) {
        List<String> parts = new ArrayList<>();
        if (!policy.approvers().groups().isEmpty()) {
            parts.add("groups " + String.join(", ", policy.approvers().groups()));
        }
        if (!policy.approvers().users().isEmpty()) {
            parts.add("users " + String.join(", ", policy.approvers().users()));
        }
        return parts.isEmpty() ? "nobody named in the policy (in Jenkins, holders of the AiGate/Approve permission)"
                : neutralise(String.join("; ", parts));
    }

    private void commits(String heading, List<GatedCommit> commits) {
        if (commits.isEmpty()) {
            return;
        }
        out.println();
        out.println(heading);
        for (GatedCommit commit : commits) {
            commit(commit.assessment(), commit.rules());
        }
    }

    private void commit(CommitAssessment assessment, List<String> rules) {
        out.println((assessment.aiAssisted() ? "AI " : "   ") + assessment.commit().shortId() + "  "
                + neutralise(assessment.commit().subject()));
        if (!rules.isEmpty()) {
            out.println("      policy rules: " + neutralise(String.join(", ", rules)));
        }
        for (String problem : CommitProblems.of(assessment.commit())) {
            out.println("      " + neutralise(problem));
        }
        for (Evidence item : assessment.evidence()) {
            out.println("      " + neutralise(item.tool()) + " (" + item.confidence().name().toLowerCase(Locale.ROOT)
                    + ", " + neutralise(item.ruleId()) + ") " + neutralise(item.field()) + ": "
                    + neutralise(item.value()));
            if (item.provenance().isPresent()) {
                out.println("        from " + neutralise(item.provenance().get()));
            }
        }
    }

    private static String shortId(String id) {
        return id.length() <= 12 ? id : id.substring(0, 12);
    }
}

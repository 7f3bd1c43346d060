package io.jenkins.plugins.aigate.core.approval;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorization matrix: how the voter is (or is not) eligible x separation of duties on or off x the part the
 * voter played (none, commit author, alias of an author through the identities map, pull-request author, build
 * starter) x approve or reject. Each cell's expected code comes from the rules stated once in {@link #expected}.
 */
class ApprovalMatrixTest {
    private static final String DIGEST = "sha256:evidence";

    enum Eligibility { USER_LIST, GROUP, PERMISSION, ADMIN_ONLY, NONE }

    enum Role { NONE, COMMIT_AUTHOR, COMMITTER, CO_AUTHOR, ALIAS_OF_AUTHOR, NOREPLY_VIA_MAP, PR_AUTHOR, BUILD_STARTER }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Eligibility e : Eligibility.values()) {
            for (boolean sod : new boolean[] {true, false}) {
                for (Role r : Role.values()) {
                    for (VoteKind k : new VoteKind[] {VoteKind.APPROVE, VoteKind.REJECT}) {
                        cells.add(Arguments.of(e, sod, r, k));
                    }
                }
            }
        }
        return cells.stream();
    }

    static VoteCode expected(Eligibility e, boolean sod, Role r, VoteKind k) {
        boolean eligible = e == Eligibility.USER_LIST || e == Eligibility.GROUP || e == Eligibility.PERMISSION;
        if (!eligible) {
            return VoteCode.NOT_ELIGIBLE;
        }
        if (sod && r != Role.NONE) {
            return VoteCode.SELF_APPROVAL;
        }
        return k == VoteKind.APPROVE ? VoteCode.APPROVED : VoteCode.REJECTED;
    }

    @ParameterizedTest(name = "{0} sod={1} {2} {3}")
    @MethodSource("cells")
    void everyCellOfTheMatrix(Eligibility e, boolean sod, Role r, VoteKind k) {
        // the voter "Carol" (case differs from lists on purpose: Jenkins' default strategy ignores case)
        ApprovalRequest.Builder b = ApprovalRequest.builder(DIGEST)
                .approverGroups(List.of("release-seniors"))
                .approverUsers(List.of("dave", e == Eligibility.USER_LIST ? "carol" : "erin"))
                .separationOfDuties(sod)
                .commitEmails(List.of("dev@corp.example"))
                .buildStarters(List.of("jenkins-timer-user"));
        String carolEmail = "carol@corp.example";
        switch (r) {
            case COMMIT_AUTHOR:
            case COMMITTER:
            case CO_AUTHOR:
                // the request does not tell the roles apart: every one of them lands in commitEmails
                b.commitEmails(List.of("Carol@Corp.Example"));
                break;
            case ALIAS_OF_AUTHOR:
                b.commitEmails(List.of("carol.home@example.net"));
                b.identity("CAROL", new PersonAliases(List.of("carol.home@example.net"), List.of()));
                break;
            case NOREPLY_VIA_MAP:
                b.commitEmails(List.of("4242+cz-dev@users.noreply.github.com"));
                b.identity("carol", new PersonAliases(List.of(), List.of("cz-dev")));
                break;
            case PR_AUTHOR:
                b.pullRequestAuthors(List.of("CAROL"));
                break;
            case BUILD_STARTER:
                b.buildStarters(List.of("Carol"));
                break;
            default:
                break;
        }
        List<String> groups = e == Eligibility.GROUP ? List.of("staff", "Release-Seniors")
                : e == Eligibility.ADMIN_ONLY ? List.of("staff", "administrators") : List.of("staff");
        Voter carol = new Voter("Carol", "Carol Z", groups, List.of(carolEmail), AuthMethod.WEB,
                e == Eligibility.PERMISSION);
        ApprovalProcess p = ApprovalProcess.start(b.build(), new MutableClock(1_000));

        VoteResult res = k == VoteKind.APPROVE ? p.approve(carol, DIGEST, "ok") : p.reject(carol, DIGEST, "no");

        VoteCode want = expected(e, sod, r, k);
        assertThat(res.code()).isEqualTo(want);
        assertThat(p.preview(carol, k)).isEqualTo(want.isAccepted() ? VoteCode.ALREADY_DECIDED : want);
        assertThat(p.state()).isEqualTo(want == VoteCode.APPROVED ? GateState.APPROVED
                : want == VoteCode.REJECTED ? GateState.REJECTED : GateState.APPROVAL_REQUIRED);
        if (want == VoteCode.SELF_APPROVAL) {
            assertThat(res.conflict()).contains(r == Role.PR_AUTHOR ? ConflictKind.PULL_REQUEST_AUTHOR
                    : r == Role.BUILD_STARTER ? ConflictKind.BUILD_STARTER : ConflictKind.COMMIT_PARTICIPANT);
        }
        assertThat(p.snapshot().votes()).hasSize(want.isAccepted() ? 1 : 0);
    }
}

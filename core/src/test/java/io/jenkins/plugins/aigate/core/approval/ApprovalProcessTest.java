package io.jenkins.plugins.aigate.core.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.aigate.core.lifecycle.GateState;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApprovalProcessTest {
    static final String DIGEST = "sha256:abc";
    static final long T0 = 1_700_000_000_000L;

    final MutableClock clock = new MutableClock(T0);

    static ApprovalRequest.Builder seniors() {
        return ApprovalRequest.builder(DIGEST).approverGroups(List.of("seniors"))
                .commitEmails(List.of("author@corp.example"));
    }

    static Voter senior(String id) {
        return Voter.of(id, id.toUpperCase(), List.of("seniors"), List.of(id + "@corp.example"), AuthMethod.WEB);
    }

    @Nested
    class Quorum {
        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3})
        void approvedExactlyWhenTheQuorumOfDistinctApproversIsReached(int quorum) {
            ApprovalProcess p = ApprovalProcess.start(seniors().requiredApprovals(quorum).build(), clock);
            for (int i = 1; i < quorum; i++) {
                VoteResult r = p.approve(senior("s" + i), DIGEST, null);
                assertThat(r.code()).isEqualTo(VoteCode.ACCEPTED);
                assertThat(r.approvals()).isEqualTo(i);
                assertThat(r.state()).isEqualTo(GateState.APPROVAL_REQUIRED);
            }
            VoteResult last = p.approve(senior("s" + quorum), DIGEST, "lgtm");
            assertThat(last.code()).isEqualTo(VoteCode.APPROVED);
            assertThat(last.state()).isEqualTo(GateState.APPROVED);
            assertThat(last.vote().orElseThrow().comment()).isEqualTo("lgtm");
            assertThat(p.approve(senior("late"), DIGEST, null).code()).isEqualTo(VoteCode.ALREADY_DECIDED);
            assertThat(p.snapshot().approvals()).isEqualTo(quorum);
            assertThat(p.snapshot().closedAtMillis()).contains(T0);
        }

        @Test
        void quorumBelowOneIsRefused() {
            assertThatThrownBy(() -> seniors().requiredApprovals(0).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requiredApprovals");
            assertThatThrownBy(() -> ApprovalRequest.builder(" ").build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("evidenceDigest");
        }

        @Test
        void oneEligibleRejectionEndsTheProcessEvenMidQuorum() {
            ApprovalProcess p = ApprovalProcess.start(seniors().requiredApprovals(2).build(), clock);
            p.approve(senior("s1"), DIGEST, null);
            assertThat(p.reject(senior("s2"), DIGEST, " ").code()).isEqualTo(VoteCode.REASON_REQUIRED);
            VoteResult r = p.reject(senior("s2"), DIGEST, "touches billing without tests");
            assertThat(r.code()).isEqualTo(VoteCode.REJECTED);
            assertThat(p.state()).isEqualTo(GateState.REJECTED);
            assertThat(p.approve(senior("s3"), DIGEST, null).code()).isEqualTo(VoteCode.ALREADY_DECIDED);
        }

        @Test
        void anIneligibleUserCannotRejectEither() {
            ApprovalProcess p = ApprovalProcess.start(seniors().build(), clock);
            Voter canceller = Voter.of("ops", "Ops", List.of("developers"), List.of("ops@corp.example"),
                    AuthMethod.WEB);
            assertThat(p.reject(canceller, DIGEST, "no").code()).isEqualTo(VoteCode.NOT_ELIGIBLE);
            assertThat(p.state()).isEqualTo(GateState.APPROVAL_REQUIRED);
        }
    }

    @Nested
    class Duplicates {
        @Test
        void samePersonTwiceCountsOnce() {
            ApprovalProcess p = ApprovalProcess.start(seniors().requiredApprovals(2).build(), clock);
            assertThat(p.approve(senior("s1"), DIGEST, null).code()).isEqualTo(VoteCode.ACCEPTED);
            assertThat(p.approve(senior("s1"), DIGEST, null).code()).isEqualTo(VoteCode.DUPLICATE);
            assertThat(p.snapshot().approvals()).isEqualTo(1);
        }

        @Test
        void caseVariantsAreOnePersonUnderTheDefaultStrategy() {
            ApprovalProcess p = ApprovalProcess.start(seniors().requiredApprovals(2).build(), clock);
            p.approve(Voter.of("alice", "A", List.of("seniors"), List.of("a1@corp.example"), AuthMethod.WEB), DIGEST,
                    null);
            VoteResult r = p.approve(
                    Voter.of("ALICE", "A", List.of("seniors"), List.of("a2@corp.example"), AuthMethod.WEB), DIGEST,
                    null);
            assertThat(r.code()).isEqualTo(VoteCode.DUPLICATE);
        }

        @Test
        void caseVariantsAreTwoPeopleUnderACaseSensitiveRealm() {
            ApprovalProcess p = ApprovalProcess.start(seniors().requiredApprovals(2).build(),
                    IdStrategy.CASE_SENSITIVE, IdStrategy.CASE_SENSITIVE, clock);
            p.approve(Voter.of("alice", "A", List.of("seniors"), List.of("a1@corp.example"), AuthMethod.WEB), DIGEST,
                    null);
            VoteResult r = p.approve(
                    Voter.of("ALICE", "A", List.of("seniors"), List.of("a2@corp.example"), AuthMethod.WEB), DIGEST,
                    null);
            assertThat(r.code()).isEqualTo(VoteCode.APPROVED);
        }

        @Test
        void aSecondAccountOfTheSamePersonThroughTheIdentitiesMapCountsOnce() {
            ApprovalRequest req = seniors().requiredApprovals(2)
                    .identity("alice", new PersonAliases(List.of("alice@corp.example", "alice.ops@corp.example"),
                            List.of("alice-gh")))
                    .build();
            ApprovalProcess p = ApprovalProcess.start(req, clock);
            p.approve(Voter.of("alice", "Alice", List.of("seniors"), List.of("alice@corp.example"), AuthMethod.WEB),
                    DIGEST, null);
            Voter opsAccount = Voter.of("alice-admin", "Alice (admin)", List.of("seniors"),
                    List.of("alice.ops@corp.example"), AuthMethod.WEB);
            assertThat(p.approve(opsAccount, DIGEST, null).code()).isEqualTo(VoteCode.DUPLICATE);
            Voter ghAccount = Voter.of("alice-gh", "Alice", List.of("seniors"), List.of("x@corp.example"),
                    AuthMethod.WEB);
            assertThat(p.approve(ghAccount, DIGEST, null).code()).isEqualTo(VoteCode.DUPLICATE);
            assertThat(p.approve(senior("bob"), DIGEST, null).code()).isEqualTo(VoteCode.APPROVED);
        }

        @Test
        void twoAccountsSharingAnEmailCountOnce() {
            ApprovalProcess p = ApprovalProcess.start(seniors().requiredApprovals(2).build(), clock);
            p.approve(Voter.of("u1", "U", List.of("seniors"), List.of("Team@Corp.example"), AuthMethod.WEB), DIGEST,
                    null);
            assertThat(p.approve(Voter.of("u2", "U", List.of("seniors"), List.of("team@corp.example"),
                    AuthMethod.WEB), DIGEST, null).code()).isEqualTo(VoteCode.DUPLICATE);
        }
    }

    @Nested
    class SeparationOfDutiesEdges {
        @Test
        void aNoreplyAddressAloneNeverMatchesACorporateOne() {
            // asmith's corporate address and the GitHub noreply of login "annas" are not tied by anything given
            ApprovalRequest req = seniors().commitEmails(List.of("77+annas@users.noreply.github.com")).build();
            Voter asmith = Voter.of("asmith", "Anna", List.of("seniors"), List.of("anna.smith@corp.example"),
                    AuthMethod.WEB);
            assertThat(ApprovalProcess.start(req, clock).approve(asmith, DIGEST, null).code())
                    .isEqualTo(VoteCode.APPROVED);
            ApprovalRequest mapped = seniors().commitEmails(List.of("77+annas@users.noreply.github.com"))
                    .identity("asmith", new PersonAliases(List.of("77+annas@users.noreply.github.com"), List.of()))
                    .build();
            VoteResult r = ApprovalProcess.start(mapped, clock).approve(asmith, DIGEST, null);
            assertThat(r.code()).isEqualTo(VoteCode.SELF_APPROVAL);
            assertThat(r.conflict()).contains(ConflictKind.COMMIT_PARTICIPANT);
        }

        @Test
        void aNoreplyAddressNamesItsLoginWhichMatchesTheSameUserId() {
            ApprovalRequest req = seniors().commitEmails(List.of("annas@users.noreply.github.com")).build();
            Voter annas = Voter.of("AnnaS", "Anna", List.of("seniors"), List.of("anna@corp.example"), AuthMethod.WEB);
            assertThat(ApprovalProcess.start(req, clock).approve(annas, DIGEST, null).code())
                    .isEqualTo(VoteCode.SELF_APPROVAL);
        }

        @Test
        void aliasesOfAliasesAreFollowed() {
            // the voter's realm email leads to person p1, whose login is also listed for p2, who wrote the commit
            ApprovalRequest req = seniors().commitEmails(List.of("old@home.example"))
                    .identity("p1", new PersonAliases(List.of("v@corp.example"), List.of("vgh")))
                    .identity("p2", new PersonAliases(List.of("old@home.example"), List.of("vgh")))
                    .build();
            Voter v = Voter.of("v", "V", List.of("seniors"), List.of("v@corp.example"), AuthMethod.WEB);
            assertThat(ApprovalProcess.start(req, clock).approve(v, DIGEST, null).code())
                    .isEqualTo(VoteCode.SELF_APPROVAL);
        }

        @Test
        void aCommitWithoutEmailMakesSeparationUncheckableSoVotesAreRefused() {
            ApprovalRequest req = seniors().commitEmails(List.of("")).build();
            ApprovalProcess p = ApprovalProcess.start(req, clock);
            assertThat(p.approve(senior("s1"), DIGEST, null).code()).isEqualTo(VoteCode.IDENTITY_UNRESOLVED);
            assertThat(p.reject(senior("s1"), DIGEST, "x").code()).isEqualTo(VoteCode.IDENTITY_UNRESOLVED);
            // break-glass remains the way out
            ApprovalProcess q = ApprovalProcess.start(
                    ApprovalRequest.builder(DIGEST).commitEmails(List.of("")).breakGlassUsers(List.of("boss"))
                            .build(), clock);
            assertThat(q.override(senior("boss"), DIGEST, "incident 42").code()).isEqualTo(VoteCode.OVERRIDDEN);
        }

        @Test
        void aVoterWithNoKnownEmailCannotBeComparedWithCommitsSoIsRefused() {
            ApprovalRequest req = seniors().build();
            Voter noMail = Voter.of("s1", "S", List.of("seniors"), List.of(), AuthMethod.WEB);
            assertThat(ApprovalProcess.start(req, clock).approve(noMail, DIGEST, null).code())
                    .isEqualTo(VoteCode.IDENTITY_UNRESOLVED);
            ApprovalRequest mapped = seniors()
                    .identity("s1", new PersonAliases(List.of("s1@corp.example"), List.of())).build();
            assertThat(ApprovalProcess.start(mapped, clock).approve(noMail, DIGEST, null).code())
                    .isEqualTo(VoteCode.APPROVED);
            ApprovalRequest sodOff = seniors().separationOfDuties(false).build();
            assertThat(ApprovalProcess.start(sodOff, clock).approve(noMail, DIGEST, null).code())
                    .isEqualTo(VoteCode.APPROVED);
        }

        @Test
        void replayAndUpstreamStartersAreAllExcluded() {
            ApprovalRequest req = seniors().buildStarters(List.of("replayer", "upstream-starter")).build();
            ApprovalProcess p = ApprovalProcess.start(req, clock);
            assertThat(p.approve(senior("replayer"), DIGEST, null).conflict()).contains(ConflictKind.BUILD_STARTER);
            assertThat(p.approve(senior("Upstream-Starter"), DIGEST, null).code()).isEqualTo(VoteCode.SELF_APPROVAL);
            assertThat(p.approve(senior("other"), DIGEST, null).code()).isEqualTo(VoteCode.APPROVED);
        }
    }

    @Nested
    class BreakGlass {
        final ApprovalRequest req = seniors().requiredApprovals(2).breakGlassGroups(List.of("incident-commanders"))
                .breakGlassUsers(List.of("cto")).commitEmails(List.of("cto@corp.example")).build();

        @Test
        void overrideNeedsAJustification() {
            ApprovalProcess p = ApprovalProcess.start(req, clock);
            assertThat(p.override(senior("cto"), DIGEST, "  ").code()).isEqualTo(VoteCode.JUSTIFICATION_REQUIRED);
            assertThat(p.override(senior("cto"), DIGEST, null).code()).isEqualTo(VoteCode.JUSTIFICATION_REQUIRED);
            assertThat(p.state()).isEqualTo(GateState.APPROVAL_REQUIRED);
        }

        @Test
        void breakGlassUserOverridesEvenAsTheAuthorAndTheOverrideIsMarked() {
            ApprovalProcess p = ApprovalProcess.start(req, clock);
            VoteResult r = p.override(senior("cto"), DIGEST, "prod down, hotfix");
            assertThat(r.code()).isEqualTo(VoteCode.OVERRIDDEN);
            assertThat(p.state()).isEqualTo(GateState.OVERRIDDEN);
            assertThat(p.state().letsBuildProceed()).isTrue();
            assertThat(p.snapshot().votes()).singleElement()
                    .satisfies(v -> assertThat(v.kind()).isEqualTo(VoteKind.OVERRIDE))
                    .satisfies(v -> assertThat(v.comment()).isEqualTo("prod down, hotfix"));
            assertThat(p.snapshot().approvals()).isZero();
        }

        @Test
        void breakGlassGroupMembersOverrideButApproversCannot() {
            ApprovalProcess p = ApprovalProcess.start(req, clock);
            assertThat(p.override(senior("s1"), DIGEST, "because").code()).isEqualTo(VoteCode.NOT_ELIGIBLE);
            Voter ic = Voter.of("ic", "IC", List.of("Incident-Commanders"), List.of("ic@corp.example"),
                    AuthMethod.WEB);
            assertThat(p.approve(ic, DIGEST, null).code()).isEqualTo(VoteCode.NOT_ELIGIBLE);
            assertThat(p.override(ic, DIGEST, "sev1").code()).isEqualTo(VoteCode.OVERRIDDEN);
        }

        @Test
        void theExplicitlyGrantedOverridePermissionIsBreakGlassButNotApproval() {
            ApprovalProcess p = ApprovalProcess.start(req, clock);
            Voter granted = new Voter("sre", "SRE", List.of("sre"), List.of("sre@corp.example"), AuthMethod.WEB,
                    false, true);
            assertThat(p.approve(granted, DIGEST, null).code()).isEqualTo(VoteCode.NOT_ELIGIBLE);
            assertThat(p.override(granted, DIGEST, "sev1").code()).isEqualTo(VoteCode.OVERRIDDEN);
        }

        @Test
        void anApproverWhoAlsoHoldsBreakGlassMayOverrideAfterApproving() {
            ApprovalProcess p = ApprovalProcess.start(req, clock);
            Voter both = Voter.of("lead", "Lead", List.of("seniors", "incident-commanders"),
                    List.of("lead@corp.example"), AuthMethod.WEB);
            assertThat(p.approve(both, DIGEST, null).code()).isEqualTo(VoteCode.ACCEPTED);
            assertThat(p.override(both, DIGEST, "cannot wait for a second").code()).isEqualTo(VoteCode.OVERRIDDEN);
        }

        @Test
        void administratorsAreNotImplicitApproversNorBreakGlass() {
            ApprovalProcess p = ApprovalProcess.start(req, clock);
            Voter admin = Voter.of("admin", "Admin", List.of("admins", "jenkins-administrators"),
                    List.of("admin@corp.example"), AuthMethod.WEB);
            assertThat(p.approve(admin, DIGEST, null).code()).isEqualTo(VoteCode.NOT_ELIGIBLE);
            assertThat(p.override(admin, DIGEST, "I am admin").code()).isEqualTo(VoteCode.NOT_ELIGIBLE);
            assertThat(p.preview(admin, VoteKind.APPROVE)).isEqualTo(VoteCode.NOT_ELIGIBLE);
        }

        @Test
        void anAdministratorsImpliedPermissionsDoNotCountButListsDo() {
            ApprovalProcess p = ApprovalProcess.start(req, clock);
            // Jenkins reports every permission as held by an administrator
            Voter admin = new Voter("admin", "Admin", List.of("admins"), List.of("admin@corp.example"),
                    AuthMethod.WEB, true, true).administrator(true);
            assertThat(p.approve(admin, DIGEST, null).code()).isEqualTo(VoteCode.NOT_ELIGIBLE);
            assertThat(p.override(admin, DIGEST, "I am admin").code()).isEqualTo(VoteCode.NOT_ELIGIBLE);
            Voter listedAdmin = new Voter("admin2", "Admin", List.of("admins", "seniors"),
                    List.of("admin2@corp.example"), AuthMethod.WEB, true, true).administrator(true);
            assertThat(p.approve(listedAdmin, DIGEST, null).code()).isEqualTo(VoteCode.ACCEPTED);
        }
    }

    @Nested
    class Evidence {
        @Test
        void aVoteNamingOtherEvidenceIsRefused() {
            ApprovalProcess p = ApprovalProcess.start(seniors().build(), clock);
            assertThat(p.approve(senior("s1"), "sha256:old", null).code()).isEqualTo(VoteCode.EVIDENCE_CHANGED);
            assertThat(p.approve(senior("s1"), null, null).code()).isEqualTo(VoteCode.EVIDENCE_CHANGED);
            assertThat(p.reject(senior("s1"), "sha256:old", "r").code()).isEqualTo(VoteCode.EVIDENCE_CHANGED);
            assertThat(p.override(senior("s1"), "sha256:old", "j").code()).isEqualTo(VoteCode.NOT_ELIGIBLE);
            assertThat(p.state()).isEqualTo(GateState.APPROVAL_REQUIRED);
            assertThat(p.approve(senior("s1"), DIGEST, null).code()).isEqualTo(VoteCode.APPROVED);
        }

        @Test
        void evidenceIsCheckedForOverridesToo() {
            ApprovalProcess p = ApprovalProcess.start(seniors().breakGlassUsers(List.of("cto")).build(), clock);
            assertThat(p.override(senior("cto"), "sha256:other", "j").code()).isEqualTo(VoteCode.EVIDENCE_CHANGED);
        }
    }

    @Nested
    class Tokens {
        @Test
        void tokenUnknownAndCliVotesAreRefusedByDefault() {
            ApprovalProcess p = ApprovalProcess.start(seniors().breakGlassUsers(List.of("cto")).build(), clock);
            for (AuthMethod m : new AuthMethod[] {AuthMethod.API_TOKEN, AuthMethod.UNKNOWN, AuthMethod.CLI}) {
                Voter v = Voter.of("s1", "S", List.of("seniors"), List.of("s1@corp.example"), m);
                assertThat(p.approve(v, DIGEST, null).code()).isEqualTo(VoteCode.TOKEN_VOTE_REFUSED);
                assertThat(p.reject(v, DIGEST, "r").code()).isEqualTo(VoteCode.TOKEN_VOTE_REFUSED);
            }
            Voter ctoToken = Voter.of("cto", "CTO", List.of(), List.of("cto@corp.example"), AuthMethod.API_TOKEN);
            assertThat(p.override(ctoToken, DIGEST, "j").code()).isEqualTo(VoteCode.TOKEN_VOTE_REFUSED);
        }

        @Test
        void tokenVotesCountWhenThePolicyAllowsThemAndAreRecordedAsSuch() {
            ApprovalProcess p = ApprovalProcess.start(seniors().tokenVotesAllowed(true).build(), clock);
            Voter v = Voter.of("s1", "S", List.of("seniors"), List.of("s1@corp.example"), AuthMethod.API_TOKEN);
            VoteResult r = p.approve(v, DIGEST, null);
            assertThat(r.code()).isEqualTo(VoteCode.APPROVED);
            assertThat(r.vote().orElseThrow().authMethod()).isEqualTo(AuthMethod.API_TOKEN);
        }
    }

    @Nested
    class Timeout {
        @ParameterizedTest
        @ValueSource(strings = {"ABORT", "FAIL"})
        void aPassedDeadlineExpiresAndNeverApproves(String outcome) {
            ApprovalRequest req = seniors().requiredApprovals(2).deadlineMillis(T0 + 60_000)
                    .onTimeout(TimeoutOutcome.valueOf(outcome)).build();
            ApprovalProcess p = ApprovalProcess.start(req, clock);
            clock.advance(59_999);
            assertThat(p.approve(senior("s1"), DIGEST, null).code()).isEqualTo(VoteCode.ACCEPTED);
            assertThat(p.expireIfDue().code()).isEqualTo(VoteCode.ACCEPTED);
            clock.advance(1);
            VoteResult late = p.approve(senior("s2"), DIGEST, null);
            assertThat(late.code()).isEqualTo(VoteCode.ALREADY_DECIDED);
            assertThat(late.state()).isEqualTo(GateState.EXPIRED);
            assertThat(p.state().letsBuildProceed()).isFalse();
            assertThat(p.snapshot().closedAtMillis()).contains(T0 + 60_000);
            assertThat(p.snapshot().approvals()).isEqualTo(1);
            assertThat(p.request().onTimeout()).isEqualTo(TimeoutOutcome.valueOf(outcome));
        }

        @Test
        void expireIfDueClosesOnceAndReportsIt() {
            ApprovalProcess p = ApprovalProcess.start(seniors().deadlineMillis(T0 + 10).build(), clock);
            clock.advance(500);
            assertThat(p.expireIfDue().code()).isEqualTo(VoteCode.CLOSED);
            assertThat(p.expireIfDue().code()).isEqualTo(VoteCode.ALREADY_DECIDED);
            assertThat(p.override(senior("s1"), DIGEST, "j").code()).isEqualTo(VoteCode.ALREADY_DECIDED);
        }

        @Test
        void withoutADeadlineNothingExpires() {
            ApprovalProcess p = ApprovalProcess.start(seniors().build(), clock);
            clock.advance(365L * 24 * 3600 * 1000);
            assertThat(p.state()).isEqualTo(GateState.APPROVAL_REQUIRED);
        }
    }

    @Nested
    class SupersedeAndAbort {
        @Test
        void supersededEndsAPendingProcessAndNamesTheHead() {
            ApprovalProcess p = ApprovalProcess.start(seniors().requiredApprovals(2).build(), clock);
            p.approve(senior("s1"), DIGEST, null);
            clock.advance(5);
            assertThat(p.supersede("feedbeef").code()).isEqualTo(VoteCode.CLOSED);
            assertThat(p.snapshot().state()).isEqualTo(GateState.SUPERSEDED);
            assertThat(p.snapshot().closedBy()).contains("feedbeef");
            assertThat(p.snapshot().closedAtMillis()).contains(T0 + 5);
            assertThat(p.approve(senior("s2"), DIGEST, null).code()).isEqualTo(VoteCode.ALREADY_DECIDED);
            assertThat(p.abort("x").code()).isEqualTo(VoteCode.ALREADY_DECIDED);
        }

        @Test
        void aDecidedProcessIsNotSuperseded() {
            ApprovalProcess p = ApprovalProcess.start(seniors().build(), clock);
            p.approve(senior("s1"), DIGEST, null);
            assertThat(p.supersede("feedbeef").code()).isEqualTo(VoteCode.ALREADY_DECIDED);
            assertThat(p.state()).isEqualTo(GateState.APPROVED);
        }

        @Test
        void abortRecordsWhoStoppedTheBuild() {
            ApprovalProcess p = ApprovalProcess.start(seniors().build(), clock);
            assertThat(p.abort("ops").code()).isEqualTo(VoteCode.CLOSED);
            assertThat(p.snapshot().state()).isEqualTo(GateState.ABORTED);
            assertThat(p.snapshot().closedBy()).contains("ops");
        }
    }

    @Nested
    class Restore {
        @Test
        void aRestoredProcessContinuesWhereItStopped() {
            ApprovalRequest req = seniors().requiredApprovals(3).build();
            ApprovalProcess p = ApprovalProcess.start(req, clock);
            p.approve(senior("s1"), DIGEST, "one");
            p.approve(senior("s2"), DIGEST, "two");
            ApprovalSnapshot saved = copyAsPlainValues(p.snapshot());

            ApprovalProcess back = ApprovalProcess.restore(req, saved, IdStrategy.CASE_INSENSITIVE,
                    IdStrategy.CASE_INSENSITIVE, clock);
            assertThat(back.state()).isEqualTo(GateState.APPROVAL_REQUIRED);
            assertThat(back.approve(senior("S1"), DIGEST, null).code()).isEqualTo(VoteCode.DUPLICATE);
            assertThat(back.approve(senior("s3"), DIGEST, null).code()).isEqualTo(VoteCode.APPROVED);
            assertThat(back.snapshot().votes()).extracting(RecordedVote::comment).containsExactly("one", "two", "");
        }

        @Test
        void aPendingSnapshotWhoseVotesReachTheQuorumRestoresApproved() {
            ApprovalRequest req = seniors().requiredApprovals(1).build();
            RecordedVote v = new RecordedVote(VoteKind.APPROVE, "s1", "S1", List.of("seniors"),
                    List.of("s1@corp.example"), AuthMethod.WEB, "", T0 + 7, DIGEST);
            ApprovalProcess back = ApprovalProcess.restore(req,
                    new ApprovalSnapshot(GateState.APPROVAL_REQUIRED, List.of(v), null, null), IdStrategy.CASE_INSENSITIVE,
                    IdStrategy.CASE_INSENSITIVE, clock);
            assertThat(back.snapshot().state()).isEqualTo(GateState.APPROVED);
            assertThat(back.snapshot().closedAtMillis()).contains(T0 + 7);
        }

        @Test
        void savedVotesForOtherEvidenceDoNotCount() {
            ApprovalRequest req = seniors().requiredApprovals(1).build();
            RecordedVote stale = new RecordedVote(VoteKind.APPROVE, "s1", "S1", List.of("seniors"),
                    List.of("s1@corp.example"), AuthMethod.WEB, "", T0, "sha256:before-force-push");
            ApprovalProcess back = ApprovalProcess.restore(req,
                    new ApprovalSnapshot(GateState.APPROVAL_REQUIRED, List.of(stale), null, null),
                    IdStrategy.CASE_INSENSITIVE, IdStrategy.CASE_INSENSITIVE, clock);
            assertThat(back.state()).isEqualTo(GateState.APPROVAL_REQUIRED);
            assertThat(back.snapshot().votes()).isEmpty();
        }

        @Test
        void finalStatesAreKeptAsSaved() {
            ApprovalRequest req = seniors().build();
            ApprovalProcess back = ApprovalProcess.restore(req,
                    new ApprovalSnapshot(GateState.SUPERSEDED, List.of(), T0, "cafe"),
                    IdStrategy.CASE_INSENSITIVE, IdStrategy.CASE_INSENSITIVE, clock);
            assertThat(back.approve(senior("s1"), DIGEST, null).code()).isEqualTo(VoteCode.ALREADY_DECIDED);
            assertThat(back.snapshot().closedBy()).contains("cafe");
        }

        @Test
        void aSavedRejectionOrOverrideIsReappliedToAPendingSnapshot() {
            ApprovalRequest req = seniors().requiredApprovals(2).build();
            RecordedVote rej = new RecordedVote(VoteKind.REJECT, "s1", "S1", List.of("seniors"),
                    List.of("s1@corp.example"), AuthMethod.WEB, "no", T0, DIGEST);
            assertThat(ApprovalProcess.restore(req, new ApprovalSnapshot(GateState.APPROVAL_REQUIRED, List.of(rej), null,
                    null), IdStrategy.CASE_INSENSITIVE, IdStrategy.CASE_INSENSITIVE, clock).state())
                    .isEqualTo(GateState.REJECTED);
            RecordedVote ovr = new RecordedVote(VoteKind.OVERRIDE, "cto", "C", List.of(), List.of(), AuthMethod.WEB,
                    "sev1", T0, DIGEST);
            assertThat(ApprovalProcess.restore(req, new ApprovalSnapshot(GateState.APPROVAL_REQUIRED, List.of(ovr), null,
                    null), IdStrategy.CASE_INSENSITIVE, IdStrategy.CASE_INSENSITIVE, clock).state())
                    .isEqualTo(GateState.OVERRIDDEN);
        }

        /** What the plugin does: copy every field into its own plain class and back. */
        private ApprovalSnapshot copyAsPlainValues(ApprovalSnapshot s) {
            java.util.ArrayList<RecordedVote> votes = new java.util.ArrayList<>();
            for (RecordedVote v : s.votes()) {
                votes.add(new RecordedVote(VoteKind.valueOf(v.kind().name()), v.userId(), v.displayName(),
                        new java.util.ArrayList<>(v.groups()), new java.util.ArrayList<>(v.emails()),
                        AuthMethod.valueOf(v.authMethod().name()), v.comment(), v.epochMillis(),
                        v.evidenceDigest()));
            }
            return new ApprovalSnapshot(GateState.valueOf(s.state().name()), votes,
                    s.closedAtMillis().orElse(null), s.closedBy().orElse(null));
        }
    }
}

package io.jenkins.plugins.aigate.gate;

import io.jenkins.plugins.aigate.core.approval.ApprovalRequest;
import io.jenkins.plugins.aigate.core.approval.PersonAliases;
import io.jenkins.plugins.aigate.core.approval.TimeoutOutcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Core's {@link ApprovalRequest} as saved in {@code build.xml} when the gate paused, so that every vote (and every
 * vote after a restart) is judged by the rules in force when approvers were asked. Plain lists and maps only, so
 * Jenkins' class filter loads it. Made only by {@link #from} and read back only through {@link #toRequest}, so the
 * request's rules stay in core; its evidence digest, deadline and timeout live on the {@link GateRecord}.
 */
public final class ApprovalTerms {
    private final int requiredApprovals;
    private final ArrayList<String> approverGroups;
    private final ArrayList<String> approverUsers;
    private final ArrayList<String> breakGlassGroups;
    private final ArrayList<String> breakGlassUsers;
    private final boolean separationOfDuties;
    private final boolean tokenVotesAllowed;
    private final ArrayList<String> commitEmails;
    private final ArrayList<String> pullRequestAuthors;
    private final ArrayList<String> buildStarters;
    /** Person id to commit e-mails and to SCM logins: {@link PersonAliases} split in two plain maps. */
    private final HashMap<String, ArrayList<String>> identityEmails = new HashMap<>();
    private final HashMap<String, ArrayList<String>> identityLogins = new HashMap<>();

    private ApprovalTerms(ApprovalRequest request) {
        requiredApprovals = request.requiredApprovals();
        approverGroups = new ArrayList<>(request.approverGroups());
        approverUsers = new ArrayList<>(request.approverUsers());
        breakGlassGroups = new ArrayList<>(request.breakGlassGroups());
        breakGlassUsers = new ArrayList<>(request.breakGlassUsers());
        separationOfDuties = request.separationOfDuties();
        tokenVotesAllowed = request.tokenVotesAllowed();
        commitEmails = new ArrayList<>(request.commitEmails());
        pullRequestAuthors = new ArrayList<>(request.pullRequestAuthors());
        buildStarters = new ArrayList<>(request.buildStarters());
        request.identities().forEach((person, aliases) -> {
            identityEmails.put(person, new ArrayList<>(aliases.emails()));
            identityLogins.put(person, new ArrayList<>(aliases.logins()));
        });
    }

    /** @return a saveable copy of core's request (its deadline and evidence digest live on the gate record) */
    public static ApprovalTerms from(ApprovalRequest request) {
        return new ApprovalTerms(request);
    }

    /**
     * @param evidenceDigest the digest approvers are shown
     * @param deadlineMillis the deadline in epoch millis, or {@code null} for none
     * @param onTimeout      what an expired approval does to the build
     * @return core's request again, as {@link #from} saved it
     */
    public ApprovalRequest toRequest(String evidenceDigest, Long deadlineMillis, TimeoutOutcome onTimeout) {
        ApprovalRequest.Builder request = ApprovalRequest.builder(evidenceDigest)
                .requiredApprovals(requiredApprovals)
                .approverGroups(approverGroups)
                .approverUsers(approverUsers)
                .breakGlassGroups(breakGlassGroups)
                .breakGlassUsers(breakGlassUsers)
                .separationOfDuties(separationOfDuties)
                .tokenVotesAllowed(tokenVotesAllowed)
                .commitEmails(commitEmails)
                .pullRequestAuthors(pullRequestAuthors)
                .buildStarters(buildStarters)
                .deadlineMillis(deadlineMillis)
                .onTimeout(onTimeout);
        identityEmails.forEach((person, emails) -> request.identity(person,
                new PersonAliases(emails, identityLogins.getOrDefault(person, new ArrayList<>()))));
        return request.build();
    }

    // read by the gate page

    public int getRequiredApprovals() {
        return requiredApprovals;
    }

    public List<String> getApproverGroups() {
        return List.copyOf(approverGroups);
    }

    public List<String> getApproverUsers() {
        return List.copyOf(approverUsers);
    }

    public boolean isSeparationOfDuties() {
        return separationOfDuties;
    }
}

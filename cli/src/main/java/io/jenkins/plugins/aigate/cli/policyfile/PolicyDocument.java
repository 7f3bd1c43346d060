package io.jenkins.plugins.aigate.cli.policyfile;

import io.jenkins.plugins.aigate.core.policy.Policy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A policy file as read: the policy, which form the file had, and what the user should know about it (keys only
 * Jenkins uses, values that Configuration as Code would interpolate).
 */
public final class PolicyDocument {
    /** The two shapes a policy file can have. */
    public enum Form {
        /** The policy's keys at the top level. */
        BARE,
        /** A whole Configuration-as-Code file; the policy is {@code unclassified: aiGate:}. */
        JCASC
    }

    private final Policy policy;
    private final Form form;
    private final List<PolicyFileNote> notes;
    private final Map<String, String> jenkinsSettings;

    PolicyDocument(Policy policy, Form form, List<PolicyFileNote> notes, Map<String, String> jenkinsSettings) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.form = Objects.requireNonNull(form, "form");
        this.notes = List.copyOf(notes);
        this.jenkinsSettings = Collections.unmodifiableMap(new LinkedHashMap<>(jenkinsSettings));
    }

    public Policy policy() {
        return policy;
    }

    public Form form() {
        return form;
    }

    /** @return notes in file order */
    public List<PolicyFileNote> notes() {
        return notes;
    }

    /**
     * @return the Jenkins-only keys the file set, by key (e.g. {@code githubApiUrl}); the CLI ignores them, but may
     *     show them or use one as a default where it has its own flag
     */
    public Map<String, String> jenkinsSettings() {
        return jenkinsSettings;
    }
}

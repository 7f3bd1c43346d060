package io.jenkins.plugins.aigate.config;

import io.jenkins.plugins.aigate.core.policy.PolicySchema;
import io.jenkins.plugins.aigate.core.policy.TreeNode;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the administrator set, as one value: every policy key by its schema name (null: not set, core's default
 * applies) and the keys only Jenkins uses. {@link AiGateConfiguration} holds the last valid one and persists it in
 * its own file format (the field names are the keys), so applying, refusing and auditing a change is a single
 * reference swap.
 *
 * <p>Immutable once published: fields are written only on a fresh copy inside {@link #with(Consumer)}, before
 * anyone else sees it. Nested settings are never modified after form binding; lists are copied when set. A plain
 * class with {@link ArrayList}s so that XStream loads it.
 */
final class PolicySettings implements Cloneable {
    // Policy keys, named as PolicySchema names them (a test holds the two together).
    Integer schemaVersion;
    String mode;
    Integer requiredApprovals;
    PrincipalSettings approvers;
    Boolean separationOfDuties;
    ArrayList<IdentitySettings> identities;
    ArrayList<RuleSettings> rules;
    String unknownBaseline;
    Integer maxCommits;
    Integer timeoutMinutes;
    String onTimeout;
    ArrayList<CustomSignalSettings> customSignals;
    ArrayList<String> disabledRules;
    PrincipalSettings breakGlass;
    String unresolvedPullRequest;
    ArrayList<String> aiLabels;
    ArrayList<String> nonAiBots;
    String flagThreshold;
    Boolean allowTokenVotes;
    Integer maxPipelineApprovals;

    // Keys only Jenkins uses; the CLI accepts and ignores them.
    String auditKeyCredentialsId;
    String githubApiUrl;
    String githubCredentialsId;
    String jobIncludePattern;

    /** @return settings with nothing set: core's default policy */
    static PolicySettings none() {
        return new PolicySettings();
    }

    /** @return a copy with {@code change} applied to it; this value is not touched */
    PolicySettings with(Consumer<PolicySettings> change) {
        PolicySettings copy;
        try {
            copy = (PolicySettings) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError("PolicySettings is Cloneable", e);
        }
        change.accept(copy);
        return copy;
    }

    /** @return whether the keys only Jenkins uses are the same in both */
    boolean sameJenkinsKeys(PolicySettings other) {
        return Objects.equals(auditKeyCredentialsId, other.auditKeyCredentialsId)
                && Objects.equals(githubApiUrl, other.githubApiUrl)
                && Objects.equals(githubCredentialsId, other.githubCredentialsId)
                && Objects.equals(jobIncludePattern, other.jobIncludePattern);
    }

    /**
     * @return the policy keys that are set, as core's tree (form values carry no position), for
     *     {@link io.jenkins.plugins.aigate.core.policy.PolicyTreeReader}
     */
    TreeNode policyTree() {
        List<TreeNode.Entry> entries = new ArrayList<>();
        for (String key : PolicySchema.names()) {
            Object value = value(key);
            if (value != null) {
                entries.add(new TreeNode.Entry(key, null, node(value)));
            }
        }
        return TreeNode.mapping(entries, null);
    }

    /** @return the value of the field named as the policy key, which every key has */
    private Object value(String key) {
        try {
            Field field = PolicySettings.class.getDeclaredField(key);
            return field.get(this);
        } catch (NoSuchFieldException | IllegalAccessException e) {
            throw new IllegalStateException("the policy key " + key + " has no setting", e);
        }
    }

    private static TreeNode node(Object value) {
        if (value instanceof List) {
            List<TreeNode> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(node(item));
            }
            return TreeNode.sequence(items, null);
        }
        if (value instanceof PrincipalSettings) {
            PrincipalSettings p = (PrincipalSettings) value;
            return mapping("groups", p.getGroups(), "users", p.getUsers());
        }
        if (value instanceof IdentitySettings) {
            IdentitySettings i = (IdentitySettings) value;
            return mapping("id", i.getId(), "emails", i.getEmails(), "logins", i.getLogins());
        }
        if (value instanceof RuleSettings) {
            RuleSettings r = (RuleSettings) value;
            return mapping("name", r.getName(), "paths", r.getPaths(), "requiredApprovals", r.getRequiredApprovals(),
                    "exempt", r.isExempt(), "anyCommit", r.isAnyCommit());
        }
        if (value instanceof CustomSignalSettings) {
            CustomSignalSettings s = (CustomSignalSettings) value;
            return mapping("name", s.getName(), "field", s.getField(), "pattern", s.getPattern(), "tool", s.getTool(),
                    "confidence", s.getConfidence());
        }
        return TreeNode.scalar(String.valueOf(value), null);
    }

    /** @return a mapping of the keys and values given in turn; a {@code null} value leaves its key out */
    private static TreeNode mapping(Object... keysAndValues) {
        List<TreeNode.Entry> entries = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                entries.add(new TreeNode.Entry((String) keysAndValues[i], null, node(keysAndValues[i + 1])));
            }
        }
        return TreeNode.mapping(entries, null);
    }
}

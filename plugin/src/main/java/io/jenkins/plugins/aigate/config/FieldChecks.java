package io.jenkins.plugins.aigate.config;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.CustomRule;
import io.jenkins.plugins.aigate.core.detection.DetectionSettings;
import io.jenkins.plugins.aigate.core.detection.Field;
import io.jenkins.plugins.aigate.core.detection.RuleProblem;
import io.jenkins.plugins.aigate.core.policy.FallbackAction;
import io.jenkins.plugins.aigate.core.policy.Identity;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.PathGlob;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.policy.PolicyProblem;
import io.jenkins.plugins.aigate.core.policy.PolicyTreeReader;
import io.jenkins.plugins.aigate.core.policy.Principals;
import io.jenkins.plugins.aigate.core.policy.TimeoutAction;
import io.jenkins.plugins.aigate.core.policy.TreeNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Field-level form validation. Each check asks core the same question the whole policy build asks, for one value,
 * so the form and the save never disagree.
 */
final class FieldChecks {

    private FieldChecks() {}

    static FormValidation required(@CheckForNull String value) {
        return Lines.emptyToNull(value) == null ? FormValidation.error(Messages.FieldChecks_Required())
                : FormValidation.ok();
    }

    static FormValidation mode(@CheckForNull String value) {
        if (value == null || Mode.fromSpelling(value) != null) {
            return FormValidation.ok();
        }
        return FormValidation.error(Messages.FieldChecks_NotOneOf(value, "enforce, observe, off"));
    }

    /** Checks a whole-number key through core's range checks, e.g. {@code requiredApprovals}. */
    static FormValidation integerKey(String key, @CheckForNull String value) {
        String trimmed = Lines.emptyToNull(value);
        if (trimmed == null) {
            return FormValidation.ok();
        }
        int number;
        try {
            number = Integer.parseInt(trimmed);
        } catch (NumberFormatException e) {
            return FormValidation.error(Messages.FieldChecks_NotANumber(trimmed));
        }
        // core reads the key as it reads any policy tree: the schema knows its range
        TreeNode tree = TreeNode.mapping(List.of(new TreeNode.Entry(key, null,
                TreeNode.scalar(Integer.toString(number), null))), null);
        List<PolicyProblem> problems = new ArrayList<>();
        PolicyTreeReader.literal().read(tree).problems().forEach(p -> problems.add(p.problem()));
        return firstProblemAt(key, problems);
    }

    /** Checks one list of {@code approvers} or {@code breakGlass} through core's name checks. */
    static FormValidation principals(@CheckForNull String value, boolean groups) {
        List<String> names = Lines.normalize(value == null ? List.of() : List.of(value));
        Principals principals = groups ? Principals.of(names, List.of()) : Principals.of(List.of(), names);
        return allProblemsUnder("approvers", Policy.builder().approvers(principals).problems());
    }

    /** Checks a person's e-mail addresses or logins through core's identity checks. */
    static FormValidation identityNames(@CheckForNull String value, boolean emails) {
        List<String> names = Lines.normalize(value == null ? List.of() : List.of(value));
        Identity probe = emails ? Identity.of("probe", names, List.of()) : Identity.of("probe", List.of(), names);
        String field = emails ? ".emails" : ".logins";
        List<FormValidation> errors = new ArrayList<>();
        for (PolicyProblem p : Policy.builder().identity(probe).problems()) {
            if (p.path().endsWith(field)) {
                errors.add(FormValidation.error(ProblemText.of(p)));
            }
        }
        return errors.isEmpty() ? FormValidation.ok() : FormValidation.aggregate(errors);
    }

    /** A rule's own quorum: the same range as the policy's. */
    static FormValidation optionalApprovals(@CheckForNull String value) {
        return integerKey("requiredApprovals", value);
    }

    static FormValidation rulePaths(@CheckForNull String value) {
        List<String> globs = Lines.normalize(value == null ? List.of() : List.of(value));
        if (globs.isEmpty()) {
            return FormValidation.error(Messages.FieldChecks_Required());
        }
        List<FormValidation> errors = new ArrayList<>();
        for (String glob : globs) {
            PathGlob.problem(glob).ifPresent(p -> errors.add(FormValidation.error(glob + ": " + p)));
        }
        return errors.isEmpty() ? FormValidation.ok() : FormValidation.aggregate(errors);
    }

    static FormValidation signalField(@CheckForNull String value) {
        if (Lines.emptyToNull(value) == null) {
            return FormValidation.error(Messages.FieldChecks_Required());
        }
        try {
            Field.parse(value);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /** Compiles the pattern as core will (RE2/J, core's flags) by validating a rule that only lacks nothing else. */
    static FormValidation signalPattern(@CheckForNull String value) {
        if (value == null || value.isEmpty()) {
            return FormValidation.error(Messages.FieldChecks_Required());
        }
        CustomRule probe = new CustomRule("probe", "message", value, "probe", Confidence.STRONG);
        for (RuleProblem p : probe.validate()) {
            if (p.code() == RuleProblem.Code.INVALID_PATTERN) {
                return FormValidation.error(Messages.FieldChecks_BadPattern(p.detail()));
            }
        }
        return FormValidation.ok();
    }

    static FormValidation disabledRules(List<String> ids) {
        List<FormValidation> errors = new ArrayList<>();
        for (RuleProblem p : DetectionSettings.builder().disabledRuleIds(ids).build().validate()) {
            errors.add(FormValidation.error(p.message()));
        }
        return errors.isEmpty() ? FormValidation.ok() : FormValidation.aggregate(errors);
    }

    /** The job pattern is an RE2/J regular expression that must match a job's whole full name. */
    static Optional<String> jobPatternProblem(@CheckForNull String pattern) {
        if (pattern == null) {
            return Optional.empty();
        }
        try {
            Pattern.compile(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(Messages.FieldChecks_BadPattern(e.getMessage()));
        }
    }

    /** A job matches when the pattern matches its whole full name ({@code folder/job}); no pattern means every job. */
    static boolean jobMatches(@CheckForNull String pattern, String fullName) {
        if (pattern == null) {
            return true;
        }
        try {
            return Pattern.compile(pattern).matches(fullName);
        } catch (PatternSyntaxException e) {
            // refused at configuration; a stale bad value reads every job rather than silently none
            return true;
        }
    }

    static FormValidation apiUrl(@CheckForNull String value) {
        if (value == null) {
            return FormValidation.ok();
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                return FormValidation.error(Messages.FieldChecks_BadUrl(value));
            }
            if (scheme.equals("http")) {
                return FormValidation.warning(Messages.FieldChecks_PlainHttp());
            }
            return FormValidation.ok();
        } catch (URISyntaxException e) {
            return FormValidation.error(Messages.FieldChecks_BadUrl(value));
        }
    }

    static ListBoxModel modeItems() {
        ListBoxModel m = new ListBoxModel();
        m.add(Messages.FieldChecks_Default(), "");
        for (Mode mode : Mode.values()) {
            m.add(mode.spelling());
        }
        return m;
    }

    static ListBoxModel fallbackItems() {
        ListBoxModel m = new ListBoxModel();
        m.add(Messages.FieldChecks_Default(), "");
        for (FallbackAction a : FallbackAction.values()) {
            m.add(a.spelling());
        }
        return m;
    }

    static ListBoxModel timeoutItems() {
        ListBoxModel m = new ListBoxModel();
        m.add(Messages.FieldChecks_Default(), "");
        for (TimeoutAction a : TimeoutAction.values()) {
            m.add(a.spelling());
        }
        return m;
    }

    /** @param withDefault whether "(default)" is offered (the policy's threshold has one; a signal's does not) */
    static ListBoxModel confidenceItems(boolean withDefault) {
        ListBoxModel m = new ListBoxModel();
        if (withDefault) {
            m.add(Messages.FieldChecks_Default(), "");
        }
        for (Confidence c : Confidence.values()) {
            m.add(Policy.spelling(c));
        }
        return m;
    }

    private static FormValidation allProblemsUnder(String prefix, List<PolicyProblem> problems) {
        List<FormValidation> errors = new ArrayList<>();
        for (PolicyProblem p : problems) {
            if (p.path().startsWith(prefix)) {
                errors.add(FormValidation.error(ProblemText.of(p)));
            }
        }
        return errors.isEmpty() ? FormValidation.ok() : FormValidation.aggregate(errors);
    }

    private static FormValidation firstProblemAt(String path, List<PolicyProblem> problems) {
        for (PolicyProblem p : problems) {
            if (p.path().equals(path)) {
                return FormValidation.error(ProblemText.of(p));
            }
        }
        return FormValidation.ok();
    }
}

package io.jenkins.plugins.aigate.core.policy;

import io.jenkins.plugins.aigate.core.detection.BuiltInRules;
import io.jenkins.plugins.aigate.core.detection.CustomRule;
import io.jenkins.plugins.aigate.core.detection.DetectionSettings;
import io.jenkins.plugins.aigate.core.detection.RuleProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The policy's checks: each key's own (which {@link PolicySchema} names per key) and those across keys. Every
 * problem is reported with its field path, none stops the others.
 */
final class PolicyValidation {
    /** The keys whose values the detector takes; it has the final word on them once they pass their own checks. */
    private static final List<String> DETECTION_KEYS = List.of("customSignals", "disabledRules", "aiLabels",
            "nonAiBots");

    private PolicyValidation() {
    }

    /** @return every problem of the builder's values, in key order, then those across keys */
    static List<PolicyProblem> problems(Policy.Builder builder) {
        List<PolicyProblem> problems = new ArrayList<>();
        for (PolicyKey<?> key : PolicySchema.keys()) {
            key.check(builder, problems);
        }
        if (problems.stream().noneMatch(PolicyValidation::isDetectionProblem)) {
            // The detector's own check is the final word; anything it finds that the checks above did not name
            // still refuses the policy.
            DetectionSettings settings = DetectionSettings.builder().flagThreshold(builder.flagThreshold)
                    .disabledRuleIds(builder.disabledRules).customRules(builder.customSignals)
                    .aiLabels(builder.aiLabels).build();
            for (RuleProblem problem : settings.validate()) {
                problems.add(new PolicyProblem("customSignals", ProblemKind.INVALID_VALUE, problem.message()));
            }
        }
        return problems;
    }

    private static boolean isDetectionProblem(PolicyProblem problem) {
        for (String key : DETECTION_KEYS) {
            if (problem.path().equals(key) || problem.path().startsWith(key + "[")
                    || problem.path().startsWith(key + ".")) {
                return true;
            }
        }
        return false;
    }

    static void schemaVersion(int version, String path, List<PolicyProblem> problems) {
        if (version != Policy.SCHEMA_VERSION) {
            problems.add(new PolicyProblem(path, ProblemKind.UNSUPPORTED_VERSION,
                    version > Policy.SCHEMA_VERSION
                            ? "schema version " + version + " is newer than this build understands ("
                                    + Policy.SCHEMA_VERSION + "); upgrade AI Change Gate"
                            : "schema version " + version + " does not exist; the first is 1"));
        }
    }

    static PolicyKey.Check<Integer> range(int min, int max) {
        return (value, path, problems) -> {
            if (value < min || value > max) {
                problems.add(outOfRange(path, value, min, max));
            }
        };
    }

    /** A range for a value that may be absent ({@code null}: no bound). */
    static PolicyKey.Check<Integer> optionalRange(int min, int max) {
        return (value, path, problems) -> {
            if (value != null && (value < min || value > max)) {
                problems.add(outOfRange(path, value, min, max));
            }
        };
    }

    static PolicyProblem outOfRange(String path, int value, int min, int max) {
        return new PolicyProblem(path, ProblemKind.OUT_OF_RANGE,
                "must be between " + min + " and " + max + ", was " + value);
    }

    static void principals(Principals principals, String path, List<PolicyProblem> problems) {
        nameList(problems, path + ".groups", principals.groups(), "a group name");
        nameList(problems, path + ".users", principals.users(), "a user id");
    }

    private static void nameList(List<PolicyProblem> problems, String path, List<String> names, String what) {
        // Principals sorts its names, so report by value rather than by a position the writer never saw.
        for (String name : names) {
            if (name.isBlank()) {
                problems.add(new PolicyProblem(path, ProblemKind.REQUIRED, what + " must not be blank"));
            } else if (!name.equals(name.strip()) || name.chars().anyMatch(Character::isISOControl)) {
                problems.add(new PolicyProblem(path, ProblemKind.INVALID_VALUE,
                        what + " must not contain control characters or surrounding spaces: '"
                                + printable(name) + "'"));
            }
        }
    }

    static void identities(List<Identity> identities, String path, List<PolicyProblem> problems) {
        Map<String, String> ownerOfEmail = new HashMap<>();
        Map<String, String> ownerOfLogin = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < identities.size(); i++) {
            Identity identity = identities.get(i);
            String at = path + "[" + i + "]";
            String id = identity.id();
            if (id.isBlank()) {
                problems.add(new PolicyProblem(at + ".id", ProblemKind.REQUIRED, "a person needs an id"));
            } else if (!ids.add(id)) {
                problems.add(new PolicyProblem(at + ".id", ProblemKind.DUPLICATE,
                        "'" + printable(id) + "' is listed twice"));
            }
            if (identity.emails().isEmpty() && identity.logins().isEmpty()) {
                problems.add(new PolicyProblem(at, ProblemKind.REQUIRED,
                        "a person needs at least one email or login"));
            }
            for (String email : identity.emails()) {
                int atSign = email.indexOf('@');
                if (atSign <= 0 || atSign == email.length() - 1 || email.chars().anyMatch(
                        c -> Character.isWhitespace(c) || Character.isISOControl(c) || c == '<' || c == '>')) {
                    problems.add(new PolicyProblem(at + ".emails", ProblemKind.INVALID_VALUE,
                            "'" + printable(email) + "' is not an email address"));
                }
                claim(problems, at + ".emails", ownerOfEmail, email, id, "email");
            }
            for (String login : identity.logins()) {
                if (login.isBlank() || login.chars().anyMatch(
                        c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                    problems.add(new PolicyProblem(at + ".logins", ProblemKind.INVALID_VALUE,
                            "'" + printable(login) + "' is not a login"));
                }
                claim(problems, at + ".logins", ownerOfLogin, login, id, "login");
            }
        }
    }

    private static void claim(List<PolicyProblem> problems, String path, Map<String, String> owners,
            String value, String id, String what) {
        String owner = owners.putIfAbsent(value, id);
        if (owner != null && !owner.equals(id)) {
            // One address naming two people would let separation of duties pick either; refuse it.
            problems.add(new PolicyProblem(path, ProblemKind.DUPLICATE, "the " + what + " '" + printable(value)
                    + "' already belongs to '" + printable(owner) + "'"));
        }
    }

    static void rules(List<PathRule.Builder> rules, String path, List<PolicyProblem> problems) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            PathRule.Builder rule = rules.get(i);
            String at = path + "[" + i + "]";
            rule.check(at, problems);
            if (rule.name() != null && !rule.name().isBlank() && !names.add(rule.name())) {
                problems.add(new PolicyProblem(at + ".name", ProblemKind.DUPLICATE,
                        "a rule named '" + printable(rule.name()) + "' already exists"));
            }
        }
    }

    static void customSignals(List<CustomRule> signals, String path, List<PolicyProblem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < signals.size(); i++) {
            CustomRule signal = signals.get(i);
            String at = path + "[" + i + "]";
            for (RuleProblem problem : signal.validate()) {
                problems.add(fromRuleProblem(at, problem));
            }
            String name = signal.name().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && BuiltInRules.contains(name)) {
                problems.add(new PolicyProblem(at + ".name", ProblemKind.DUPLICATE,
                        "'" + printable(signal.name()) + "' is the id of a built-in rule"));
            } else if (!name.isEmpty() && !seen.add(name)) {
                problems.add(new PolicyProblem(at + ".name", ProblemKind.DUPLICATE,
                        "another custom signal is named '" + printable(signal.name()) + "'"));
            }
        }
    }

    static void disabledRules(List<String> ids, String path, List<PolicyProblem> problems) {
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (!BuiltInRules.contains(id)) {
                problems.add(new PolicyProblem(path + "[" + i + "]", ProblemKind.INVALID_VALUE,
                        "'" + printable(id) + "' is not the id of a built-in rule"));
            }
        }
    }

    static void aiLabels(List<String> labels, String path, List<PolicyProblem> problems) {
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label.isBlank() || !label.equals(label.strip()) || label.chars().anyMatch(Character::isISOControl)) {
                problems.add(new PolicyProblem(path + "[" + i + "]", ProblemKind.INVALID_VALUE,
                        "a label must not be blank or contain control characters or surrounding spaces"));
            }
        }
    }

    static void nonAiBots(List<String> logins, String path, List<PolicyProblem> problems) {
        for (int i = 0; i < logins.size(); i++) {
            if (!logins.get(i).matches("[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?")) {
                problems.add(new PolicyProblem(path + "[" + i + "]", ProblemKind.INVALID_VALUE,
                        "a bot login is letters, digits and '-', optionally ending in [bot]"));
            }
        }
    }

    private static PolicyProblem fromRuleProblem(String at, RuleProblem problem) {
        switch (problem.code()) {
            case MISSING_NAME:
                return new PolicyProblem(at + ".name", ProblemKind.REQUIRED, "a custom signal needs a name");
            case INVALID_NAME:
                return new PolicyProblem(at + ".name", ProblemKind.INVALID_VALUE,
                        "a name may contain only letters, digits and - _ . :");
            case MISSING_FIELD:
                return new PolicyProblem(at + ".field", ProblemKind.REQUIRED, "a custom signal needs a field");
            case UNKNOWN_FIELD:
                return new PolicyProblem(at + ".field", ProblemKind.INVALID_VALUE, problem.detail());
            case MISSING_PATTERN:
                return new PolicyProblem(at + ".pattern", ProblemKind.REQUIRED, "a custom signal needs a pattern");
            case INVALID_PATTERN:
                return new PolicyProblem(at + ".pattern", ProblemKind.INVALID_PATTERN,
                        "invalid RE2/J regular expression: " + problem.detail());
            case MISSING_TOOL:
                return new PolicyProblem(at + ".tool", ProblemKind.REQUIRED, "a custom signal needs a tool");
            case MISSING_CONFIDENCE:
                return new PolicyProblem(at + ".confidence", ProblemKind.REQUIRED,
                        "a custom signal needs a confidence: weak, strong or definitive");
            default:
                return new PolicyProblem(at, ProblemKind.INVALID_VALUE, problem.message());
        }
    }

    /** Keeps messages one line: commit-style text may hold control characters. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}

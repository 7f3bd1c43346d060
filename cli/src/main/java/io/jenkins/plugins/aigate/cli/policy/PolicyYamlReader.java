package io.jenkins.plugins.aigate.cli.policy;

import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.CustomRule;
import io.jenkins.plugins.aigate.core.policy.FallbackAction;
import io.jenkins.plugins.aigate.core.policy.Identity;
import io.jenkins.plugins.aigate.core.policy.InvalidPolicyException;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.PathRule;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.policy.PolicyProblem;
import io.jenkins.plugins.aigate.core.policy.Principals;
import io.jenkins.plugins.aigate.core.policy.ProblemKind;
import io.jenkins.plugins.aigate.core.policy.TimeoutAction;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one policy text into a {@link Policy}: walks SnakeYAML's node tree (never its object constructor, so no
 * type tags are honoured), remembers where each key was, and maps every problem, its own and the policy's, to a
 * line. One instance per read; not thread-safe.
 */
final class PolicyYamlReader {
    /** Top-level keys that make a file a Configuration-as-Code file rather than a bare policy. */
    static final Set<String> JCASC_ROOTS = Set.of("jenkins", "unclassified", "security", "tool", "credentials",
            "jobs", "appearance");
    /** Keys only the Jenkins plugin uses; accepted (as text) and reported as ignored. */
    static final List<String> JENKINS_ONLY_KEYS = List.of("auditKeyCredentialsId", "githubApiUrl",
            "githubCredentialsId", "jobIncludePattern");
    static final List<String> POLICY_KEYS = List.of("schemaVersion", "mode", "requiredApprovals", "approvers",
            "separationOfDuties", "identities", "rules", "unknownBaseline", "maxCommits", "timeoutMinutes",
            "onTimeout", "customSignals", "disabledRules", "breakGlass", "unresolvedPullRequest", "aiLabels",
            "nonAiBots", "flagThreshold", "allowTokenVotes");
    private static final int MAX_NESTING = 20;
    private static final int MAX_ALIASES = 50;

    private final String source;
    private final List<PolicyFileProblem> problems = new ArrayList<>();
    private final List<PolicyFileNote> notes = new ArrayList<>();
    private final Map<String, Mark> marks = new HashMap<>();
    private final Map<String, String> jenkinsSettings = new LinkedHashMap<>();
    private final Policy.Builder builder = Policy.builder();

    PolicyYamlReader(String source) {
        this.source = source;
    }

    PolicyDocument read(String text) throws PolicyFileException {
        Node root = compose(text);
        PolicyDocument.Form form = PolicyDocument.Form.BARE;
        MappingNode policyNode = null;
        if (root != null) {
            if (!(root instanceof MappingNode)) {
                problem(root, "", ProblemKind.INVALID_VALUE, "a policy file is a mapping of keys to values, not "
                        + describe(root));
            } else if (isJcasc((MappingNode) root)) {
                form = PolicyDocument.Form.JCASC;
                policyNode = jcascPolicy((MappingNode) root);
            } else {
                policyNode = (MappingNode) root;
            }
        } else if (problems.isEmpty()) {
            problems.add(new PolicyFileProblem(source, 0, 0, "", ProblemKind.REQUIRED,
                    "the file holds no policy (it is empty)"));
        }
        if (policyNode != null) {
            readPolicy(policyNode);
        }
        Policy policy = null;
        if (problems.isEmpty()) {
            try {
                policy = builder.build();
            } catch (InvalidPolicyException e) {
                for (PolicyProblem p : e.problems()) {
                    Mark mark = markFor(p.path());
                    problems.add(new PolicyFileProblem(source, line(mark), column(mark), p.path(), p.kind(),
                            p.message()));
                }
            }
        } else {
            // Report the policy's own problems too, so one run shows everything; they cannot produce a policy.
            for (PolicyProblem p : builder.problems()) {
                Mark mark = markFor(p.path());
                problems.add(new PolicyFileProblem(source, line(mark), column(mark), p.path(), p.kind(),
                        p.message()));
            }
        }
        if (!problems.isEmpty()) {
            // File order reads best; problems without a known line go last. The sort is stable.
            problems.sort(Comparator.comparingInt((PolicyFileProblem p) -> p.line() == 0 ? Integer.MAX_VALUE
                    : p.line()).thenComparingInt(PolicyFileProblem::column));
            throw new PolicyFileException(problems);
        }
        notes.sort(Comparator.comparingInt(PolicyFileNote::line));
        return new PolicyDocument(policy, form, notes, jenkinsSettings);
    }

    private Node compose(String text) throws PolicyFileException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(PolicyYaml.MAX_FILE_BYTES);
        try {
            Iterator<Node> documents = new Yaml(options).composeAll(new StringReader(text)).iterator();
            if (!documents.hasNext()) {
                return null;
            }
            Node first = documents.next();
            if (documents.hasNext()) {
                Node second = documents.next();
                throw new PolicyFileException(List.of(new PolicyFileProblem(source, line(second.getStartMark()),
                        column(second.getStartMark()), "", ProblemKind.INVALID_VALUE,
                        "the file holds more than one YAML document; a policy is one")));
            }
            return first;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            throw new PolicyFileException(List.of(new PolicyFileProblem(source, line(mark), column(mark), "",
                    ProblemKind.UNREADABLE, "not valid YAML: " + context + what)));
        } catch (YAMLException e) {
            // SnakeYAML's nesting limit names no place: find where the nesting first goes too deep
            Mark deep = tooDeep(text);
            throw new PolicyFileException(List.of(new PolicyFileProblem(source, line(deep), column(deep), "",
                    ProblemKind.UNREADABLE, "not valid YAML: " + e.getMessage()
                    + (deep != null ? " (nested deeper than " + MAX_NESTING + " levels here)" : ""))));
        }
    }

    /** @return where mappings and sequences first nest deeper than {@value #MAX_NESTING}, or null */
    private static Mark tooDeep(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(PolicyYaml.MAX_FILE_BYTES);
        int depth = 0;
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                if (event instanceof CollectionStartEvent) {
                    if (++depth > MAX_NESTING) {
                        return event.getStartMark();
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (YAMLException e) {
            return null;
        }
        return null;
    }

    private boolean isJcasc(MappingNode root) {
        for (NodeTuple tuple : root.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode
                    && JCASC_ROOTS.contains(((ScalarNode) tuple.getKeyNode()).getValue())) {
                return true;
            }
        }
        return false;
    }

    /** @return {@code unclassified: aiGate:} of a Configuration-as-Code file, or null with a problem recorded */
    private MappingNode jcascPolicy(MappingNode root) {
        for (NodeTuple tuple : root.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode ? ((ScalarNode) tuple.getKeyNode()).getValue() : null;
            if (key == null || !JCASC_ROOTS.contains(key)) {
                // Configuration as Code would refuse it; a policy key here would silently not apply
                problem(tuple.getKeyNode(), String.valueOf(key), ProblemKind.UNKNOWN_KEY, "not a Configuration-as-Code"
                        + " root (" + String.join(", ", new java.util.TreeSet<>(JCASC_ROOTS)) + ")"
                        + (isPolicyKey(key) ? "; policy keys go under 'unclassified: aiGate:'" : ""));
            }
        }
        Node unclassified = child(root, "unclassified");
        if (unclassified == null) {
            problem(root, "unclassified", ProblemKind.REQUIRED, "this Configuration-as-Code file has no "
                    + "'unclassified: aiGate:' section, where the policy lives");
            return null;
        }
        if (!(unclassified instanceof MappingNode)) {
            problem(unclassified, "unclassified", ProblemKind.INVALID_VALUE, "must be a mapping holding 'aiGate:'");
            return null;
        }
        for (NodeTuple tuple : ((MappingNode) unclassified).getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode ? ((ScalarNode) tuple.getKeyNode()).getValue() : null;
            if (isPolicyKey(key)) {
                // another plugin's section may sit here, but never a key of this policy: it is mis-indented
                problem(tuple.getKeyNode(), "unclassified." + key, ProblemKind.UNKNOWN_KEY, "a policy key directly "
                        + "under 'unclassified:' applies to nothing; indent it under 'aiGate:'");
            }
        }
        Node aiGate = child((MappingNode) unclassified, "aiGate");
        if (aiGate == null) {
            problem(unclassified, "unclassified.aiGate", ProblemKind.REQUIRED,
                    "'unclassified:' has no 'aiGate:' section, where the policy lives");
            return null;
        }
        if (!(aiGate instanceof MappingNode)) {
            problem(aiGate, "unclassified.aiGate", ProblemKind.INVALID_VALUE,
                    "must be a mapping of policy keys, not " + describe(aiGate));
            return null;
        }
        return (MappingNode) aiGate;
    }

    private static boolean isPolicyKey(String key) {
        return key != null && (POLICY_KEYS.contains(key) || JENKINS_ONLY_KEYS.contains(key));
    }

    private Node child(MappingNode mapping, String key) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode && ((ScalarNode) tuple.getKeyNode()).getValue().equals(key)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private void readPolicy(MappingNode node) {
        Map<String, Node> entries = entries(node, "", allKeys());
        entries.forEach((key, value) -> {
            switch (key) {
                case "schemaVersion":
                    integer(value, key, builder::schemaVersion);
                    break;
                case "mode":
                    spelled(value, key, Mode::fromSpelling, Mode.values(), Mode::spelling, builder::mode);
                    break;
                case "requiredApprovals":
                    integer(value, key, builder::requiredApprovals);
                    break;
                case "approvers":
                    principals(value, key, builder::approvers);
                    break;
                case "separationOfDuties":
                    bool(value, key, builder::separationOfDuties);
                    break;
                case "identities":
                    identities(value, key);
                    break;
                case "rules":
                    rules(value, key);
                    break;
                case "unknownBaseline":
                    spelled(value, key, FallbackAction::fromSpelling, FallbackAction.values(),
                            FallbackAction::spelling, builder::unknownBaseline);
                    break;
                case "maxCommits":
                    integer(value, key, builder::maxCommits);
                    break;
                case "timeoutMinutes":
                    if (isNull(value)) {
                        builder.timeoutMinutes(null);
                    } else {
                        integer(value, key, builder::timeoutMinutes);
                    }
                    break;
                case "onTimeout":
                    spelled(value, key, TimeoutAction::fromSpelling, TimeoutAction.values(),
                            TimeoutAction::spelling, builder::onTimeout);
                    break;
                case "customSignals":
                    customSignals(value, key);
                    break;
                case "disabledRules":
                    strings(value, key, builder::disabledRules);
                    break;
                case "breakGlass":
                    principals(value, key, builder::breakGlass);
                    break;
                case "unresolvedPullRequest":
                    spelled(value, key, FallbackAction::fromSpelling, FallbackAction.values(),
                            FallbackAction::spelling, builder::unresolvedPullRequest);
                    break;
                case "aiLabels":
                    strings(value, key, builder::aiLabels);
                    break;
                case "nonAiBots":
                    strings(value, key, builder::nonAiBots);
                    break;
                case "flagThreshold":
                    spelled(value, key, Policy::confidenceFromSpelling, Confidence.values(), Policy::spelling,
                            builder::flagThreshold);
                    break;
                case "allowTokenVotes":
                    bool(value, key, builder::allowTokenVotes);
                    break;
                default:
                    jenkinsOnly(value, key);
                    break;
            }
        });
    }

    private static List<String> allKeys() {
        List<String> keys = new ArrayList<>(POLICY_KEYS);
        keys.addAll(JENKINS_ONLY_KEYS);
        return keys;
    }

    private void jenkinsOnly(Node value, String key) {
        if (isNull(value)) {
            return;
        }
        if (!(value instanceof ScalarNode)) {
            problem(value, key, ProblemKind.INVALID_VALUE, "must be text, not " + describe(value));
            return;
        }
        jenkinsSettings.put(key, ((ScalarNode) value).getValue());
        notes.add(new PolicyFileNote(line(value.getStartMark()), key, PolicyFileNote.Kind.IGNORED_KEY,
                "used by the Jenkins plugin only; the CLI ignores it"));
    }

    /**
     * @return the mapping's entries by key, in file order, with unknown and repeated keys reported; every key's
     *     position is remembered under its path
     */
    private Map<String, Node> entries(MappingNode node, String prefix, List<String> known) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode)) {
                problem(keyNode, prefix, ProblemKind.INVALID_VALUE, "a key must be plain text");
                continue;
            }
            String key = ((ScalarNode) keyNode).getValue();
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (!known.contains(key)) {
                problem(keyNode, path, ProblemKind.UNKNOWN_KEY, "unknown key" + suggestion(key, known, prefix));
                continue;
            }
            if (entries.containsKey(key)) {
                problem(keyNode, path, ProblemKind.DUPLICATE, "the key is given twice");
                continue;
            }
            marks.put(path, keyNode.getStartMark());
            entries.put(key, tuple.getValueNode());
        }
        return entries;
    }

    private static String suggestion(String key, List<String> known, String prefix) {
        if (prefix.isEmpty() && key.equals("aiGate")) {
            return "; in a Configuration-as-Code file the policy goes under 'unclassified: aiGate:', in a bare "
                    + "policy file the keys stand at the top level";
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= Math.max(2, key.length() / 4)) {
            return "; did you mean '" + best + "'?";
        }
        return "; known keys: " + String.join(", ", known);
    }

    /** Levenshtein distance, for typo suggestions on short keys. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private void principals(Node value, String path, Consumer<Principals> target) {
        if (isNull(value)) {
            // 'approvers:' with nothing under it names no one, as an empty mapping would
            target.accept(Principals.none());
            return;
        }
        MappingNode mapping = mapping(value, path);
        if (mapping == null) {
            return;
        }
        Map<String, Node> entries = entries(mapping, path, List.of("groups", "users"));
        List<String> groups = new ArrayList<>();
        List<String> users = new ArrayList<>();
        if (entries.containsKey("groups")) {
            strings(entries.get("groups"), path + ".groups", groups::addAll);
        }
        if (entries.containsKey("users")) {
            strings(entries.get("users"), path + ".users", users::addAll);
        }
        target.accept(Principals.of(groups, users));
    }

    private void identities(Node value, String path) {
        if (value instanceof MappingNode) {
            problem(value, path, ProblemKind.INVALID_VALUE, "identities is a list of '- id: ...' entries with "
                    + "'emails' and 'logins' (the form Configuration as Code reads), not a mapping");
            return;
        }
        List<Node> items = sequence(value, path);
        List<Identity> identities = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            MappingNode entry = mapping(items.get(i), at);
            marks.put(at, items.get(i).getStartMark());
            if (entry == null) {
                continue;
            }
            Map<String, Node> entries = entries(entry, at, List.of("id", "emails", "logins"));
            String id = entries.containsKey("id") ? string(entries.get("id"), at + ".id") : null;
            List<String> emails = new ArrayList<>();
            List<String> logins = new ArrayList<>();
            if (entries.containsKey("emails")) {
                strings(entries.get("emails"), at + ".emails", emails::addAll);
            }
            if (entries.containsKey("logins")) {
                strings(entries.get("logins"), at + ".logins", logins::addAll);
            }
            identities.add(Identity.of(id == null ? "" : id, emails, logins));
        }
        builder.identities(identities);
    }

    private void rules(Node value, String path) {
        List<Node> items = sequence(value, path);
        builder.clearRules();
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            marks.put(at, items.get(i).getStartMark());
            MappingNode entry = mapping(items.get(i), at);
            if (entry == null) {
                continue;
            }
            Map<String, Node> entries = entries(entry, at,
                    List.of("name", "paths", "requiredApprovals", "exempt", "anyCommit"));
            String name = entries.containsKey("name") ? string(entries.get("name"), at + ".name") : null;
            PathRule.Builder rule = PathRule.builder(name == null ? "" : name);
            if (entries.containsKey("paths")) {
                strings(entries.get("paths"), at + ".paths", rule::paths);
            }
            if (entries.containsKey("requiredApprovals") && !isNull(entries.get("requiredApprovals"))) {
                integer(entries.get("requiredApprovals"), at + ".requiredApprovals", rule::requiredApprovals);
            }
            if (entries.containsKey("exempt")) {
                bool(entries.get("exempt"), at + ".exempt", rule::exempt);
            }
            if (entries.containsKey("anyCommit")) {
                bool(entries.get("anyCommit"), at + ".anyCommit", rule::anyCommit);
            }
            builder.rule(rule);
        }
    }

    private void customSignals(Node value, String path) {
        List<Node> items = sequence(value, path);
        List<CustomRule> signals = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            marks.put(at, items.get(i).getStartMark());
            MappingNode entry = mapping(items.get(i), at);
            if (entry == null) {
                continue;
            }
            Map<String, Node> entries = entries(entry, at, List.of("name", "field", "pattern", "tool", "confidence"));
            String name = optionalString(entries, "name", at);
            String field = optionalString(entries, "field", at);
            String pattern = optionalString(entries, "pattern", at);
            String tool = optionalString(entries, "tool", at);
            Confidence[] confidence = new Confidence[1];
            if (entries.containsKey("confidence")) {
                spelled(entries.get("confidence"), at + ".confidence", Policy::confidenceFromSpelling,
                        Confidence.values(), Policy::spelling, c -> confidence[0] = c);
            }
            signals.add(new CustomRule(name, field, pattern, tool, confidence[0]));
        }
        builder.customSignals(signals);
    }

    private String optionalString(Map<String, Node> entries, String key, String at) {
        return entries.containsKey(key) ? string(entries.get(key), at + "." + key) : null;
    }

    private MappingNode mapping(Node value, String path) {
        if (value instanceof MappingNode) {
            return (MappingNode) value;
        }
        problem(value, path, ProblemKind.INVALID_VALUE, "must be a mapping of keys to values, not " + describe(value));
        return null;
    }

    private List<Node> sequence(Node value, String path) {
        if (value instanceof SequenceNode) {
            return ((SequenceNode) value).getValue();
        }
        if (isNull(value)) {
            return List.of();
        }
        problem(value, path, ProblemKind.INVALID_VALUE, "must be a list (e.g. '- item' lines or [a, b]), not "
                + describe(value));
        return List.of();
    }

    private void strings(Node value, String path, Consumer<List<String>> target) {
        List<Node> items = sequence(value, path);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            marks.put(at, items.get(i).getStartMark());
            String text = string(items.get(i), at);
            if (text != null) {
                out.add(text);
            }
        }
        target.accept(out);
    }

    /** @return the scalar's text with JCasC's {@code ^$} escape undone, or null with a problem recorded */
    private String string(Node value, String path) {
        if (!(value instanceof ScalarNode)) {
            problem(value, path, ProblemKind.INVALID_VALUE, "must be text, not " + describe(value));
            return null;
        }
        if (isNull(value)) {
            // an empty value is an empty text; the policy's own checks say where that is not allowed
            return "";
        }
        String text = ((ScalarNode) value).getValue();
        if (containsInterpolation(text)) {
            notes.add(new PolicyFileNote(line(value.getStartMark()), path, PolicyFileNote.Kind.NOT_INTERPOLATED,
                    "'" + text + "' is used literally: Configuration as Code would replace ${...} here, the CLI "
                            + "does not"));
        }
        return text.replace("^${", "${");
    }

    private void integer(Node value, String path, Consumer<Integer> target) {
        String text = value instanceof ScalarNode && !isNull(value) ? ((ScalarNode) value).getValue().strip() : null;
        if (text == null || !text.matches("[+-]?[0-9]+")) {
            String hint = text != null && containsInterpolation(text)
                    ? " (the CLI does not perform Configuration-as-Code ${...} interpolation; write the number)" : "";
            problem(value, path, ProblemKind.INVALID_VALUE, "must be a whole number, not " + describe(value) + hint);
            return;
        }
        try {
            target.accept(Integer.parseInt(text.startsWith("+") ? text.substring(1) : text));
        } catch (NumberFormatException e) {
            problem(value, path, ProblemKind.OUT_OF_RANGE, "the number " + text + " is too large");
        }
    }

    private void bool(Node value, String path, Consumer<Boolean> target) {
        String text = value instanceof ScalarNode && !isNull(value) ? ((ScalarNode) value).getValue() : null;
        if ("true".equals(text)) {
            target.accept(true);
        } else if ("false".equals(text)) {
            target.accept(false);
        } else {
            String hint = text != null && containsInterpolation(text)
                    ? " (the CLI does not perform Configuration-as-Code ${...} interpolation)" : "";
            problem(value, path, ProblemKind.INVALID_VALUE, "must be true or false, not " + describe(value) + hint);
        }
    }

    private <E> void spelled(Node value, String path, Function<String, E> parse, E[] values,
            Function<E, String> spelling, Consumer<E> target) {
        String text = value instanceof ScalarNode && !isNull(value) ? ((ScalarNode) value).getValue() : null;
        E parsed = text == null ? null : parse.apply(text);
        if (parsed != null) {
            target.accept(parsed);
            return;
        }
        List<String> allowed = new ArrayList<>();
        String caseHint = "";
        for (E candidate : values) {
            String spelled = spelling.apply(candidate);
            allowed.add(spelled);
            if (text != null && spelled.equalsIgnoreCase(text)) {
                caseHint = " (values are case-sensitive: write '" + spelled + "')";
            }
        }
        String interpolation = text != null && containsInterpolation(text)
                ? " (the CLI does not perform Configuration-as-Code ${...} interpolation)" : "";
        problem(value, path, ProblemKind.INVALID_VALUE, "must be one of " + String.join(", ", allowed) + ", not "
                + describe(value) + caseHint + interpolation);
    }

    private static boolean containsInterpolation(String text) {
        int at = text.indexOf("${");
        while (at >= 0) {
            if (at == 0 || text.charAt(at - 1) != '^') {
                return true;
            }
            at = text.indexOf("${", at + 2);
        }
        return false;
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode && Tag.NULL.equals(value.getTag());
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (isNull(node)) {
            return "an empty value";
        }
        String text = ((ScalarNode) node).getValue();
        return "'" + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + "'";
    }

    private void problem(Node node, String path, ProblemKind kind, String message) {
        Mark mark = node.getStartMark();
        problems.add(new PolicyFileProblem(source, line(mark), column(mark), path, kind, message));
    }

    /** @return the position of the deepest known key on {@code path}, or null */
    private Mark markFor(String path) {
        String current = path;
        while (!current.isEmpty()) {
            Mark mark = marks.get(current);
            if (mark != null) {
                return mark;
            }
            int cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
            current = cut < 0 ? "" : current.substring(0, cut);
        }
        return null;
    }

    private static int line(Mark mark) {
        return mark == null ? 0 : mark.getLine() + 1;
    }

    private static int column(Mark mark) {
        return mark == null ? 0 : mark.getColumn() + 1;
    }
}

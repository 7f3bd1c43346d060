package io.jenkins.plugins.aigate.cli.policyfile;

import io.jenkins.plugins.aigate.core.policy.LocatedProblem;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.policy.PolicyProblem;
import io.jenkins.plugins.aigate.core.policy.PolicyReading;
import io.jenkins.plugins.aigate.core.policy.PolicySchema;
import io.jenkins.plugins.aigate.core.policy.PolicyTreeReader;
import io.jenkins.plugins.aigate.core.policy.ProblemKind;
import io.jenkins.plugins.aigate.core.policy.ScalarText;
import io.jenkins.plugins.aigate.core.policy.SourcePosition;
import io.jenkins.plugins.aigate.core.policy.TreeNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * Reads one policy text: composes SnakeYAML's node tree (never its object constructor, so no type tags are
 * honoured) within its safety limits, turns it into core's {@link TreeNode} with every position, finds the policy
 * (a bare mapping, or {@code unclassified: aiGate:} of a Configuration-as-Code file) and lets core's
 * {@link PolicyTreeReader} read it. One instance per read; not thread-safe.
 */
final class PolicyYamlReader {
    /** Top-level keys that make a file a Configuration-as-Code file rather than a bare policy. */
    static final Set<String> JCASC_ROOTS = Set.of("jenkins", "unclassified", "security", "tool", "credentials",
            "jobs", "appearance");
    /** Keys only the Jenkins plugin uses; accepted (as text) and reported as ignored. */
    static final List<String> JENKINS_ONLY_KEYS = List.of("auditKeyCredentialsId", "githubApiUrl",
            "githubCredentialsId", "jobIncludePattern");
    private static final int MAX_NESTING = 20;
    private static final int MAX_ALIASES = 50;

    private final String source;
    private final List<PolicyFileProblem> problems = new ArrayList<>();
    private final List<PolicyFileNote> notes = new ArrayList<>();
    private final Map<String, String> jenkinsSettings = new LinkedHashMap<>();

    PolicyYamlReader(String source) {
        this.source = source;
    }

    PolicyDocument read(String text) throws PolicyFileException {
        TreeNode root;
        try {
            root = YamlTree.of(compose(text));
        } catch (RecursiveAlias e) {
            throw failure(e.mark, ProblemKind.UNREADABLE, "not valid YAML: a value contains itself (an alias to "
                    + "an anchor around it)");
        }
        PolicyDocument.Form form = PolicyDocument.Form.BARE;
        TreeNode policyNode = null;
        if (root != null) {
            if (root.kind() != TreeNode.Kind.MAPPING) {
                problem(root.position(), "", ProblemKind.INVALID_VALUE, "a policy file is a mapping of keys to "
                        + "values, not " + root.describe());
            } else if (isJcasc(root)) {
                form = PolicyDocument.Form.JCASC;
                policyNode = jcascPolicy(root);
            } else {
                policyNode = root;
            }
        } else {
            problems.add(PolicyFileProblem.ofFile(source, ProblemKind.REQUIRED,
                    "the file holds no policy (it is empty)"));
        }
        Policy policy = null;
        if (policyNode != null) {
            PolicyReading reading = new PolicyTreeReader(new Uninterpolated(), JENKINS_ONLY_KEYS).read(policyNode);
            for (LocatedProblem p : reading.problems()) {
                problems.add(PolicyFileProblem.of(source, p));
            }
            reading.extras().forEach(this::jenkinsOnly);
            policy = reading.policy().orElse(null);
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
                throw failure(second.getStartMark(), ProblemKind.INVALID_VALUE,
                        "the file holds more than one YAML document; a policy is one");
            }
            return first;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            String context = e.getContext() != null ? e.getContext() + ": " : "";
            throw failure(mark, ProblemKind.UNREADABLE, "not valid YAML: " + context + what);
        } catch (YAMLException e) {
            // SnakeYAML's nesting limit names no place: find where the nesting first goes too deep
            Mark deep = tooDeep(text);
            throw failure(deep, ProblemKind.UNREADABLE, "not valid YAML: " + e.getMessage()
                    + (deep != null ? " (nested deeper than " + MAX_NESTING + " levels here)" : ""));
        }
    }

    private PolicyFileException failure(Mark mark, ProblemKind kind, String message) {
        SourcePosition at = YamlTree.position(mark);
        return new PolicyFileException(List.of(PolicyFileProblem.of(source,
                new LocatedProblem(new PolicyProblem("", kind, message), at))));
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

    private static boolean isJcasc(TreeNode root) {
        return root.entries().stream().anyMatch(entry -> JCASC_ROOTS.contains(entry.key()));
    }

    /** @return {@code unclassified: aiGate:} of a Configuration-as-Code file, or null with a problem recorded */
    private TreeNode jcascPolicy(TreeNode root) {
        for (TreeNode.Entry entry : root.entries()) {
            String key = entry.key();
            if (key == null || !JCASC_ROOTS.contains(key)) {
                // Configuration as Code would refuse it; a policy key here would silently not apply
                problem(entry.keyPosition(), String.valueOf(key), ProblemKind.UNKNOWN_KEY, "not a "
                        + "Configuration-as-Code root (" + String.join(", ", new TreeSet<>(JCASC_ROOTS)) + ")"
                        + (isPolicyKey(key) ? "; policy keys go under 'unclassified: aiGate:'" : ""));
            }
        }
        TreeNode unclassified = root.get("unclassified");
        if (unclassified == null) {
            problem(root.position(), "unclassified", ProblemKind.REQUIRED, "this Configuration-as-Code file has no "
                    + "'unclassified: aiGate:' section, where the policy lives");
            return null;
        }
        if (unclassified.kind() != TreeNode.Kind.MAPPING) {
            problem(unclassified.position(), "unclassified", ProblemKind.INVALID_VALUE,
                    "must be a mapping holding 'aiGate:'");
            return null;
        }
        for (TreeNode.Entry entry : unclassified.entries()) {
            if (isPolicyKey(entry.key())) {
                // another plugin's section may sit here, but never a key of this policy: it is mis-indented
                problem(entry.keyPosition(), "unclassified." + entry.key(), ProblemKind.UNKNOWN_KEY, "a policy key "
                        + "directly under 'unclassified:' applies to nothing; indent it under 'aiGate:'");
            }
        }
        TreeNode aiGate = unclassified.get("aiGate");
        if (aiGate == null) {
            problem(unclassified.position(), "unclassified.aiGate", ProblemKind.REQUIRED,
                    "'unclassified:' has no 'aiGate:' section, where the policy lives");
            return null;
        }
        if (aiGate.kind() != TreeNode.Kind.MAPPING) {
            problem(aiGate.position(), "unclassified.aiGate", ProblemKind.INVALID_VALUE,
                    "must be a mapping of policy keys, not " + aiGate.describe());
            return null;
        }
        return aiGate;
    }

    private static boolean isPolicyKey(String key) {
        return key != null && (PolicySchema.find(key).isPresent() || JENKINS_ONLY_KEYS.contains(key));
    }

    private void jenkinsOnly(String key, TreeNode.Entry entry) {
        TreeNode value = entry.value();
        if (value.kind() == TreeNode.Kind.EMPTY) {
            return;
        }
        if (value.kind() != TreeNode.Kind.SCALAR) {
            problem(value.position(), key, ProblemKind.INVALID_VALUE, "must be text, not " + value.describe());
            return;
        }
        jenkinsSettings.put(key, value.text());
        notes.add(new PolicyFileNote(line(value.position()), key, PolicyFileNote.Kind.IGNORED_KEY,
                "used by the Jenkins plugin only; the CLI ignores it"));
    }

    private void problem(SourcePosition at, String path, ProblemKind kind, String message) {
        problems.add(PolicyFileProblem.of(source, new LocatedProblem(new PolicyProblem(path, kind, message), at)));
    }

    private static int line(SourcePosition at) {
        return at == null ? 0 : at.line();
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

    /**
     * Text as Configuration as Code writes it, read without Configuration as Code: its {@code ^${} escape is
     * undone, and a {@code ${...}} that nobody replaced is pointed out.
     */
    private final class Uninterpolated implements ScalarText {
        @Override
        public String text(String raw, String path, SourcePosition at) {
            if (containsInterpolation(raw)) {
                notes.add(new PolicyFileNote(line(at), path, PolicyFileNote.Kind.NOT_INTERPOLATED, "'" + raw
                        + "' is used literally: Configuration as Code would replace ${...} here, the CLI does not"));
            }
            return raw.replace("^${", "${");
        }

        @Override
        public String hint(String raw, boolean number) {
            if (!containsInterpolation(raw)) {
                return "";
            }
            return number ? " (the CLI does not perform Configuration-as-Code ${...} interpolation; write the number)"
                    : " (the CLI does not perform Configuration-as-Code ${...} interpolation)";
        }
    }

    /** A value that contains itself: SnakeYAML composes it, no policy can hold it. */
    private static final class RecursiveAlias extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Mark mark;

        RecursiveAlias(Mark mark) {
            super("recursive alias", null, false, false);
            this.mark = mark;
        }
    }

    /** SnakeYAML's nodes as core's tree, positions kept; an alias becomes the same (immutable) node again. */
    private static final class YamlTree {
        private final Map<Node, TreeNode> converted = new IdentityHashMap<>();
        private final Set<Node> inProgress = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

        static TreeNode of(Node root) {
            return root == null ? null : new YamlTree().convert(root);
        }

        static SourcePosition position(Mark mark) {
            return mark == null ? null : SourcePosition.of(mark.getLine() + 1, mark.getColumn() + 1);
        }

        private TreeNode convert(Node node) {
            TreeNode done = converted.get(node);
            if (done != null) {
                return done;
            }
            if (!inProgress.add(node)) {
                // a value that contains itself (an alias to an enclosing anchor) would never end
                throw new RecursiveAlias(node.getStartMark());
            }
            SourcePosition at = position(node.getStartMark());
            TreeNode tree;
            if (node instanceof MappingNode) {
                List<TreeNode.Entry> entries = new ArrayList<>();
                for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                    Node key = tuple.getKeyNode();
                    String text = key instanceof ScalarNode ? ((ScalarNode) key).getValue() : null;
                    entries.add(new TreeNode.Entry(text, position(key.getStartMark()), convert(tuple.getValueNode())));
                }
                tree = TreeNode.mapping(entries, at);
            } else if (node instanceof SequenceNode) {
                List<TreeNode> items = new ArrayList<>();
                ((SequenceNode) node).getValue().forEach(item -> items.add(convert(item)));
                tree = TreeNode.sequence(items, at);
            } else if (Tag.NULL.equals(node.getTag())) {
                tree = TreeNode.empty(at);
            } else {
                tree = TreeNode.scalar(((ScalarNode) node).getValue(), at);
            }
            inProgress.remove(node);
            converted.put(node, tree);
            return tree;
        }
    }
}

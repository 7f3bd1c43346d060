package io.jenkins.plugins.aigate.core.policy;

import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.CustomRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The type of a policy key's value: how it is read from a {@link TreeNode}, written as plain maps, lists and
 * scalars (for YAML and Configuration as Code, in documented order) and written for the canonical form.
 *
 * @param <T> the value as {@link Policy.Builder} takes it
 */
abstract class ValueKind<T> {
    private final String description;

    ValueKind(String description) {
        this.description = description;
    }

    /** @return the values the key takes, as the documentation's table says them */
    final String description() {
        return description;
    }

    /** @return the exact spellings a choice allows; empty for other kinds */
    List<String> allowed() {
        return List.of();
    }

    /** Reads the value; on a problem, records it and does not call {@code target}. */
    abstract void read(TreeNode node, String path, TreeReading in, Consumer<T> target);

    /** @return the value as plain maps (keys in documented order), lists, strings, numbers and booleans */
    abstract Object plain(T value);

    /** @return the value as the canonical form holds it (object keys are sorted when written) */
    Object canonical(T value) {
        return plain(value);
    }

    static ValueKind<Integer> integer(int min, int max) {
        return new ValueKind<>(String.format("%,d–%,d", min, max)) {
            @Override
            void read(TreeNode node, String path, TreeReading in, Consumer<Integer> target) {
                in.integer(node, path, target);
            }

            @Override
            Object plain(Integer value) {
                return value;
            }
        };
    }

    /** A whole number or {@code null} (an empty value), meaning no bound. */
    static ValueKind<Integer> optionalInteger(int min, int max) {
        return new ValueKind<>(String.format("%,d–%,d, or null", min, max)) {
            @Override
            void read(TreeNode node, String path, TreeReading in, Consumer<Integer> target) {
                if (node.kind() == TreeNode.Kind.EMPTY) {
                    target.accept(null);
                } else {
                    in.integer(node, path, target);
                }
            }

            @Override
            Object plain(Integer value) {
                return value;
            }
        };
    }

    static ValueKind<Boolean> bool() {
        return new ValueKind<>("true | false") {
            @Override
            void read(TreeNode node, String path, TreeReading in, Consumer<Boolean> target) {
                in.bool(node, path, target);
            }

            @Override
            Object plain(Boolean value) {
                return value;
            }
        };
    }

    /** One of a fixed set of exact, case-sensitive spellings. */
    static <E> ValueKind<E> choice(E[] values, Function<E, String> spelling) {
        List<E> all = List.of(values);
        List<String> spellings = new ArrayList<>();
        all.forEach(value -> spellings.add(spelling.apply(value)));
        return new ValueKind<>(String.join(" | ", spellings)) {
            @Override
            List<String> allowed() {
                return List.copyOf(spellings);
            }

            @Override
            void read(TreeNode node, String path, TreeReading in, Consumer<E> target) {
                in.spelled(node, path, all, spelling, target);
            }

            @Override
            Object plain(E value) {
                return spelling.apply(value);
            }
        };
    }

    static ValueKind<List<String>> strings(String description) {
        return new ValueKind<>(description) {
            @Override
            void read(TreeNode node, String path, TreeReading in, Consumer<List<String>> target) {
                target.accept(in.strings(node, path));
            }

            @Override
            Object plain(List<String> value) {
                return new ArrayList<>(value);
            }
        };
    }

    static ValueKind<Principals> principals() {
        return new ValueKind<>("{groups: [...], users: [...]}") {
            @Override
            void read(TreeNode node, String path, TreeReading in, Consumer<Principals> target) {
                if (node.kind() == TreeNode.Kind.EMPTY) {
                    // 'approvers:' with nothing under it names no one, as an empty mapping would
                    target.accept(Principals.none());
                    return;
                }
                TreeNode mapping = in.mapping(node, path);
                if (mapping == null) {
                    return;
                }
                Map<String, TreeNode.Entry> entries = in.entries(mapping, path, List.of("groups", "users"));
                target.accept(Principals.of(in.optionalStrings(entries, "groups", path),
                        in.optionalStrings(entries, "users", path)));
            }

            @Override
            Object plain(Principals value) {
                Map<String, Object> map = new LinkedHashMap<>();
                map.put("groups", new ArrayList<>(value.groups()));
                map.put("users", new ArrayList<>(value.users()));
                return map;
            }
        };
    }

    static ValueKind<List<Identity>> identities() {
        return new ValueKind<>("list of {id, emails: [...], logins: [...]}") {
            @Override
            void read(TreeNode node, String path, TreeReading in, Consumer<List<Identity>> target) {
                if (node.kind() == TreeNode.Kind.MAPPING) {
                    in.problem(node, path, ProblemKind.INVALID_VALUE, "identities is a list of '- id: ...' entries "
                            + "with 'emails' and 'logins' (the form Configuration as Code reads), not a mapping");
                    return;
                }
                List<Identity> identities = new ArrayList<>();
                in.eachMapping(node, path, List.of("id", "emails", "logins"), (entries, at) -> {
                    String id = in.optionalString(entries, "id", at);
                    identities.add(Identity.of(id == null ? "" : id, in.optionalStrings(entries, "emails", at),
                            in.optionalStrings(entries, "logins", at)));
                });
                target.accept(identities);
            }

            @Override
            Object plain(List<Identity> value) {
                List<Object> list = new ArrayList<>();
                for (Identity identity : value) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", identity.id());
                    entry.put("emails", new ArrayList<>(identity.emails()));
                    entry.put("logins", new ArrayList<>(identity.logins()));
                    list.add(entry);
                }
                return list;
            }
        };
    }

    static ValueKind<List<PathRule.Builder>> rules() {
        return new ValueKind<>("list of {name, paths, requiredApprovals, exempt, anyCommit}") {
            @Override
            void read(TreeNode node, String path, TreeReading in, Consumer<List<PathRule.Builder>> target) {
                List<PathRule.Builder> rules = new ArrayList<>();
                in.eachMapping(node, path, List.of("name", "paths", "requiredApprovals", "exempt", "anyCommit"),
                        (entries, at) -> {
                            String name = in.optionalString(entries, "name", at);
                            PathRule.Builder rule = PathRule.builder(name == null ? "" : name)
                                    .paths(in.optionalStrings(entries, "paths", at));
                            TreeNode.Entry approvals = entries.get("requiredApprovals");
                            if (approvals != null && approvals.value().kind() != TreeNode.Kind.EMPTY) {
                                in.integer(approvals.value(), at + ".requiredApprovals", rule::requiredApprovals);
                            }
                            if (entries.containsKey("exempt")) {
                                in.bool(entries.get("exempt").value(), at + ".exempt", rule::exempt);
                            }
                            if (entries.containsKey("anyCommit")) {
                                in.bool(entries.get("anyCommit").value(), at + ".anyCommit", rule::anyCommit);
                            }
                            rules.add(rule);
                        });
                target.accept(rules);
            }

            @Override
            Object plain(List<PathRule.Builder> value) {
                List<Object> list = new ArrayList<>();
                for (PathRule.Builder rule : value) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("name", rule.name());
                    entry.put("paths", new ArrayList<>(rule.pathTexts()));
                    if (rule.approvals() != null) {
                        entry.put("requiredApprovals", rule.approvals());
                    }
                    entry.put("exempt", rule.isExempt());
                    entry.put("anyCommit", rule.isAnyCommit());
                    list.add(entry);
                }
                return list;
            }

            @Override
            Object canonical(List<PathRule.Builder> value) {
                List<Object> list = new ArrayList<>();
                for (PathRule.Builder rule : value) {
                    Map<String, Object> entry = new TreeMap<>();
                    entry.put("anyCommit", rule.isAnyCommit());
                    entry.put("exempt", rule.isExempt());
                    entry.put("name", rule.name());
                    entry.put("paths", new ArrayList<Object>(rule.pathTexts()));
                    // written as null when absent, as the first fingerprints were
                    entry.put("requiredApprovals", rule.approvals());
                    list.add(entry);
                }
                return list;
            }
        };
    }

    static ValueKind<List<CustomRule>> customSignals() {
        return new ValueKind<>("list of {name, field, pattern, tool, confidence}") {
            @Override
            void read(TreeNode node, String path, TreeReading in, Consumer<List<CustomRule>> target) {
                List<CustomRule> signals = new ArrayList<>();
                in.eachMapping(node, path, List.of("name", "field", "pattern", "tool", "confidence"),
                        (entries, at) -> {
                            String name = in.optionalString(entries, "name", at);
                            String field = in.optionalString(entries, "field", at);
                            String pattern = in.optionalString(entries, "pattern", at);
                            String tool = in.optionalString(entries, "tool", at);
                            Confidence[] confidence = new Confidence[1];
                            if (entries.containsKey("confidence")) {
                                in.spelled(entries.get("confidence").value(), at + ".confidence",
                                        List.of(Confidence.values()), Policy::spelling, c -> confidence[0] = c);
                            }
                            signals.add(new CustomRule(name, field, pattern, tool, confidence[0]));
                        });
                target.accept(signals);
            }

            @Override
            Object plain(List<CustomRule> value) {
                List<Object> list = new ArrayList<>();
                for (CustomRule signal : value) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("name", signal.name());
                    entry.put("field", signal.field());
                    entry.put("pattern", signal.pattern());
                    entry.put("tool", signal.tool());
                    entry.put("confidence", Policy.spelling(signal.confidence()));
                    list.add(entry);
                }
                return list;
            }
        };
    }
}

package io.jenkins.plugins.aigate.core.policy;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One key of the policy, as {@link PolicySchema} lists it: its spelling (the same in YAML, Configuration as Code
 * and the CLI), one line of documentation, its type and default, how it moves between a {@link Policy}, its
 * {@link Policy.Builder} and a {@link TreeNode}, and how its value is checked.
 *
 * @param <T> the value as {@link Policy.Builder} takes it
 */
public final class PolicyKey<T> {
    /** Checks one key's value, appending a problem per fault, with paths under the key's name. */
    @FunctionalInterface
    interface Check<T> {
        void check(T value, String path, List<PolicyProblem> problems);
    }

    private final String name;
    private final String documentation;
    private final ValueKind<T> kind;
    private final Function<Policy, T> fromPolicy;
    private final Function<Policy.Builder, T> fromBuilder;
    private final BiConsumer<Policy.Builder, T> toBuilder;
    private final Check<T> check;
    private final boolean addedAfterFirstFingerprints;

    private PolicyKey(Spec<T> spec) {
        this.name = Objects.requireNonNull(spec.name, "name");
        this.documentation = Objects.requireNonNull(spec.documentation, "documentation");
        this.kind = Objects.requireNonNull(spec.kind, "kind");
        this.fromPolicy = Objects.requireNonNull(spec.fromPolicy, "fromPolicy");
        this.fromBuilder = Objects.requireNonNull(spec.fromBuilder, "fromBuilder");
        this.toBuilder = Objects.requireNonNull(spec.toBuilder, "toBuilder");
        this.check = spec.check;
        this.addedAfterFirstFingerprints = spec.addedAfterFirstFingerprints;
    }

    static <T> Spec<T> key(String name, ValueKind<T> kind) {
        return new Spec<>(name, kind);
    }

    /** @return the key as written in YAML and Configuration as Code, e.g. {@code requiredApprovals} */
    public String name() {
        return name;
    }

    /** @return one line saying what the key means */
    public String documentation() {
        return documentation;
    }

    /** @return the values the key takes, e.g. {@code enforce | observe | off} or {@code 1–100} */
    public String values() {
        return kind.description();
    }

    /** @return the exact spellings the key allows when it is a choice; empty otherwise */
    public List<String> allowedValues() {
        return kind.allowed();
    }

    /** @return the default, as plain maps, lists and scalars ({@code null} for none) */
    public Object defaultValue() {
        return kind.plain(fromBuilder.apply(Policy.builder()));
    }

    /** @return the policy's value of this key, as plain maps (keys in documented order), lists and scalars */
    public Object plainValue(Policy policy) {
        return kind.plain(fromPolicy.apply(policy));
    }

    /**
     * @return whether the canonical form holds this key: always, except for keys added after fingerprints were
     *     first recorded, which appear only when set, so that every older policy keeps its fingerprint
     */
    boolean inCanonicalForm(Policy policy) {
        return !addedAfterFirstFingerprints
                || !Objects.equals(fromPolicy.apply(policy), fromBuilder.apply(Policy.builder()));
    }

    Object canonicalValue(Policy policy) {
        return kind.canonical(fromPolicy.apply(policy));
    }

    /** Copies the key's value from a policy into a builder. */
    void copy(Policy policy, Policy.Builder builder) {
        toBuilder.accept(builder, fromPolicy.apply(policy));
    }

    /** Reads the key's value from a tree into a builder; a problem is recorded instead. */
    void read(TreeNode node, TreeReading in, Policy.Builder builder) {
        kind.read(node, name, in, value -> toBuilder.accept(builder, value));
    }

    void check(Policy.Builder builder, List<PolicyProblem> problems) {
        if (check != null) {
            check.check(fromBuilder.apply(builder), name, problems);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    /** Collects one key's parts; see {@link PolicySchema}. */
    static final class Spec<T> {
        private final String name;
        private final ValueKind<T> kind;
        private String documentation;
        private Function<Policy, T> fromPolicy;
        private Function<Policy.Builder, T> fromBuilder;
        private BiConsumer<Policy.Builder, T> toBuilder;
        private Check<T> check;
        private boolean addedAfterFirstFingerprints;

        private Spec(String name, ValueKind<T> kind) {
            this.name = name;
            this.kind = kind;
        }

        Spec<T> doc(String line) {
            this.documentation = line;
            return this;
        }

        Spec<T> of(Function<Policy, T> policy, Function<Policy.Builder, T> builder,
                BiConsumer<Policy.Builder, T> set) {
            this.fromPolicy = policy;
            this.fromBuilder = builder;
            this.toBuilder = set;
            return this;
        }

        Spec<T> check(Check<T> value) {
            this.check = value;
            return this;
        }

        /** The key is left out of the canonical form at its default; see {@link PolicyKey#inCanonicalForm}. */
        Spec<T> addedAfterFirstFingerprints() {
            this.addedAfterFirstFingerprints = true;
            return this;
        }

        PolicyKey<T> build() {
            return new PolicyKey<>(this);
        }
    }
}

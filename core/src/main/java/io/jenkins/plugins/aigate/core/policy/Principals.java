package io.jenkins.plugins.aigate.core.policy;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Named groups and users, as the policy lists them for {@code approvers} and {@code breakGlass}. Names are kept as
 * written, sorted and without duplicates; comparing them with a caller's identities is the approval process's job
 * (it knows the realm's id strategy). A policy refuses blank names when it is built.
 */
public final class Principals {
    private static final Principals NONE = new Principals(List.of(), List.of());

    private final List<String> groups;
    private final List<String> users;

    private Principals(Collection<String> groups, Collection<String> users) {
        this.groups = sortedUnique(groups, "groups");
        this.users = sortedUnique(users, "users");
    }

    /** @return principals with the given group and user names */
    public static Principals of(Collection<String> groups, Collection<String> users) {
        return new Principals(groups, users);
    }

    /** @return no one */
    public static Principals none() {
        return NONE;
    }

    /** @return group names, sorted */
    public List<String> groups() {
        return groups;
    }

    /** @return user ids, sorted */
    public List<String> users() {
        return users;
    }

    /** @return whether no group and no user is named */
    public boolean isEmpty() {
        return groups.isEmpty() && users.isEmpty();
    }

    private static List<String> sortedUnique(Collection<String> names, String what) {
        Objects.requireNonNull(names, what);
        TreeSet<String> sorted = new TreeSet<>();
        for (String name : names) {
            sorted.add(Objects.requireNonNull(name, what + " entry"));
        }
        return Collections.unmodifiableList(List.copyOf(sorted));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Principals)) {
            return false;
        }
        Principals that = (Principals) o;
        return groups.equals(that.groups) && users.equals(that.users);
    }

    @Override
    public int hashCode() {
        return Objects.hash(groups, users);
    }

    @Override
    public String toString() {
        return "groups=" + groups + " users=" + users;
    }
}

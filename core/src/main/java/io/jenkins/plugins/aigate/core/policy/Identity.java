package io.jenkins.plugins.aigate.core.policy;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One person as the administrator knows them: their id (as the approval side knows users, e.g. a Jenkins user id)
 * and the commit emails and SCM logins that are theirs. Separation of duties uses it to recognise an approver in
 * commits and pull requests written under other names. Emails and logins are kept lower-cased, since both compare
 * case-insensitively.
 */
public final class Identity {
    private final String id;
    private final List<String> emails;
    private final List<String> logins;

    private Identity(String id, Collection<String> emails, Collection<String> logins) {
        this.id = Objects.requireNonNull(id, "id");
        this.emails = lowerSorted(emails, "emails");
        this.logins = lowerSorted(logins, "logins");
    }

    /** @return the identity; a policy validates it when it is built */
    public static Identity of(String id, Collection<String> emails, Collection<String> logins) {
        return new Identity(id, emails, logins);
    }

    /** @return the person's id */
    public String id() {
        return id;
    }

    /** @return their commit emails, lower-cased and sorted */
    public List<String> emails() {
        return emails;
    }

    /** @return their SCM logins, lower-cased and sorted */
    public List<String> logins() {
        return logins;
    }

    private static List<String> lowerSorted(Collection<String> values, String what) {
        Objects.requireNonNull(values, what);
        TreeSet<String> sorted = new TreeSet<>();
        for (String value : values) {
            sorted.add(Objects.requireNonNull(value, what + " entry").toLowerCase(Locale.ROOT));
        }
        return List.copyOf(sorted);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Identity)) {
            return false;
        }
        Identity that = (Identity) o;
        return id.equals(that.id) && emails.equals(that.emails) && logins.equals(that.logins);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, emails, logins);
    }

    @Override
    public String toString() {
        return id + " emails=" + emails + " logins=" + logins;
    }
}

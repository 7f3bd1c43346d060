package io.jenkins.plugins.aigate.core.approval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the administrator-kept {@code identities} map: the commit emails and SCM logins a person uses.
 * This is the only way a noreply address or a second account is tied to a person.
 */
public final class PersonAliases {
    private final List<String> emails;
    private final List<String> logins;

    /**
     * @param emails commit email addresses the person uses
     * @param logins SCM logins (e.g. GitHub) the person uses
     */
    public PersonAliases(List<String> emails, List<String> logins) {
        this.emails = copy(emails, "emails");
        this.logins = copy(logins, "logins");
    }

    static List<String> copy(List<String> values, String what) {
        Objects.requireNonNull(values, what);
        List<String> out = new ArrayList<>(values.size());
        for (String v : values) {
            out.add(Objects.requireNonNull(v, what + " entry"));
        }
        return Collections.unmodifiableList(out);
    }

    public List<String> emails() {
        return emails;
    }

    public List<String> logins() {
        return logins;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonAliases && emails.equals(((PersonAliases) o).emails)
                && logins.equals(((PersonAliases) o).logins);
    }

    @Override
    public int hashCode() {
        return Objects.hash(emails, logins);
    }

    @Override
    public String toString() {
        return "emails=" + emails + " logins=" + logins;
    }
}

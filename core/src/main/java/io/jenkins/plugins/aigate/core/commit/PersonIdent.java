package io.jenkins.plugins.aigate.core.commit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A commit's author or committer: name and email as git recorded them, and when, with the writer's zone where the
 * input kept it (JGit's raw output and the changelog file give the reader's zone instead, so it may be absent).
 */
public final class PersonIdent {
    private final String name;
    private final String email;
    private final Instant when;
    private final ZoneOffset zone;

    /**
     * @param name  the name, possibly empty
     * @param email the email without angle brackets, possibly empty
     * @param when  the time, or {@code null} when the input had none
     * @param zone  the writer's own offset, or {@code null} when the input did not keep it
     */
    public PersonIdent(String name, String email, Instant when, ZoneOffset zone) {
        this.name = Objects.requireNonNull(name, "name");
        this.email = Objects.requireNonNull(email, "email");
        this.when = when;
        this.zone = zone;
    }

    /** @return an identity with no time, as pull-request metadata and tests give it */
    public static PersonIdent of(String name, String email) {
        return new PersonIdent(name, email, null, null);
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public Optional<Instant> when() {
        return Optional.ofNullable(when);
    }

    public Optional<ZoneOffset> zone() {
        return Optional.ofNullable(zone);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof PersonIdent)) {
            return false;
        }
        PersonIdent that = (PersonIdent) o;
        return name.equals(that.name) && email.equals(that.email) && Objects.equals(when, that.when)
                && Objects.equals(zone, that.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, email, when, zone);
    }

    @Override
    public String toString() {
        return name + " <" + email + ">";
    }
}

package io.jenkins.plugins.aigate.core.approval;

import java.util.Collections;
import java.util.Set;

/**
 * A voter expanded through the identities map: every key by which the same person may appear. Emails and logins
 * are case-folded (a wider match only refuses more, which is the safe side); user ids and person ids use the
 * realm's id strategy.
 */
final class ResolvedPerson {
    final String userKey;
    final Set<String> personKeys;
    final Set<String> emails;
    final Set<String> logins;

    ResolvedPerson(String userKey, Set<String> personKeys, Set<String> emails, Set<String> logins) {
        this.userKey = userKey;
        this.personKeys = Collections.unmodifiableSet(personKeys);
        this.emails = Collections.unmodifiableSet(emails);
        this.logins = Collections.unmodifiableSet(logins);
    }

    /** @return whether both stand for the same person: same user, a shared person id, or a shared email */
    boolean samePersonAs(ResolvedPerson other) {
        return userKey.equals(other.userKey) || !Collections.disjoint(personKeys, other.personKeys)
                || other.personKeys.contains(userKey) || personKeys.contains(other.userKey)
                || !Collections.disjoint(emails, other.emails);
    }
}

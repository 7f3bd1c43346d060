package io.jenkins.plugins.aigate.core.approval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a voter took part in what is gated, and resolves voters to persons for duplicate detection.
 *
 * <p>Matching is exact after case folding; there is no fuzzy matching, so a noreply address never matches a
 * corporate address unless the identities map lists both for one person. A GitHub noreply address does name a
 * login, which is compared with the voter's logins (and user id): that can only refuse more.
 */
final class SeparationOfDuties {
    /** {@code [digits+]login@users.noreply.github.com}. */
    private static final Pattern GITHUB_NOREPLY = Pattern.compile("^(?:\\d+\\+)?([^@+]+)@users\\.noreply\\.github\\.com$");

    private final ApprovalRequest request;
    private final IdStrategy userIds;

    SeparationOfDuties(ApprovalRequest request, IdStrategy userIds) {
        this.request = request;
        this.userIds = userIds;
    }

    static String fold(String s) {
        return s.trim().toLowerCase(Locale.ROOT);
    }

    /** Expands a user through the identities map to a fixed point (aliases of aliases included). */
    ResolvedPerson resolve(String userId, List<String> realmEmails) {
        String userKey = userIds.key(userId);
        Set<String> personKeys = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<String> logins = new HashSet<>();
        for (String e : realmEmails) {
            if (!e.isBlank()) {
                emails.add(fold(e));
            }
        }
        // a Jenkins user id often is the SCM login (GitHub realm); counting it as one can only refuse more
        logins.add(fold(userId));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, PersonAliases> entry : request.identities().entrySet()) {
                String personKey = userIds.key(entry.getKey());
                if (personKeys.contains(personKey)) {
                    continue;
                }
                PersonAliases aliases = entry.getValue();
                if (personKey.equals(userKey) || intersects(emails, aliases.emails())
                        || intersects(logins, aliases.logins())) {
                    personKeys.add(personKey);
                    for (String e : aliases.emails()) {
                        if (!e.isBlank()) {
                            emails.add(fold(e));
                        }
                    }
                    for (String l : aliases.logins()) {
                        if (!l.isBlank()) {
                            logins.add(fold(l));
                        }
                    }
                    grew = true;
                }
            }
        }
        return new ResolvedPerson(userKey, personKeys, emails, logins);
    }

    private static boolean intersects(Set<String> folded, List<String> raw) {
        for (String r : raw) {
            if (!r.isBlank() && folded.contains(fold(r))) {
                return true;
            }
        }
        return false;
    }

    /** @return the part the person played, or {@code null} when none was found */
    ConflictKind conflict(ResolvedPerson person) {
        for (String email : request.commitEmails()) {
            if (email.isBlank()) {
                continue;
            }
            String folded = fold(email);
            if (person.emails.contains(folded)) {
                return ConflictKind.COMMIT_PARTICIPANT;
            }
            Matcher noreply = GITHUB_NOREPLY.matcher(folded);
            if (noreply.matches() && person.logins.contains(noreply.group(1))) {
                return ConflictKind.COMMIT_PARTICIPANT;
            }
        }
        for (String login : request.pullRequestAuthors()) {
            if (!login.isBlank() && person.logins.contains(fold(login))) {
                return ConflictKind.PULL_REQUEST_AUTHOR;
            }
        }
        for (String starter : request.buildStarters()) {
            if (starter.isBlank()) {
                continue;
            }
            String key = userIds.key(starter);
            if (key.equals(person.userKey) || person.personKeys.contains(key) || person.logins.contains(fold(starter))) {
                return ConflictKind.BUILD_STARTER;
            }
        }
        return null;
    }

    /**
     * @return whether the check cannot be trusted for this person: a flagged commit has no email, or the person
     *     has no email at all (neither from the realm nor from the identities map) while commits must be compared
     */
    boolean unresolved(ResolvedPerson person) {
        if (request.commitEmails().isEmpty()) {
            return false;
        }
        for (String email : request.commitEmails()) {
            if (email.isBlank()) {
                return true;
            }
        }
        return person.emails.isEmpty();
    }
}

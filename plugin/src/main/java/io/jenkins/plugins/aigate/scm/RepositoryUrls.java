package io.jenkins.plugins.aigate.scm;

import java.util.Locale;

/**
 * Normalises remote URLs so that {@code https://host/org/repo.git}, {@code https://host/org/repo/} and
 * {@code git@host:org/repo} key the same baseline, and credentials embedded in a URL never reach a saved record.
 */
public final class RepositoryUrls {

    private RepositoryUrls() {
    }

    /** @return {@code host/path} in lower case for the host, without scheme, user info, {@code .git} or slashes */
    public static String normalise(String url) {
        if (url == null) {
            return "";
        }
        String u = url.trim();
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            u = u.substring(scheme + 3);
        } else if (u.matches("[^/@]+@[^/:]+:.*")) {
            // scp-like: user@host:path
            u = u.replaceFirst(":", "/");
        }
        int at = u.indexOf('@');
        int slash = u.indexOf('/');
        if (at >= 0 && (slash < 0 || at < slash)) {
            u = u.substring(at + 1);
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        if (u.endsWith(".git")) {
            u = u.substring(0, u.length() - 4);
        }
        slash = u.indexOf('/');
        if (slash > 0) {
            u = u.substring(0, slash).toLowerCase(Locale.ROOT) + u.substring(slash);
        }
        return u;
    }
}

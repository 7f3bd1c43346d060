package io.jenkins.plugins.aigate.github;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A repository on a GitHub host, named {@code OWNER/NAME}. */
public final class GitHubRepository {
    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    /** {@code git@host:owner/name.git}, git's scp-like syntax. */
    private static final Pattern SCP_LIKE = Pattern.compile("^(?:[^@/]+@)?([^:/]+):/?([^/]+)/([^/]+?)/?$");

    private final String owner;
    private final String name;

    private GitHubRepository(String owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    /**
     * @param owner the user or organisation
     * @param name  the repository name, without {@code .git}
     * @return the repository
     * @throws IllegalArgumentException when either part is not a name GitHub allows
     */
    public static GitHubRepository of(String owner, String name) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        if (!OWNER.matcher(owner).matches()) {
            throw new IllegalArgumentException("not a GitHub owner name: '" + owner + "'");
        }
        if (!NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("not a GitHub repository name: '" + name + "'");
        }
        return new GitHubRepository(owner, name);
    }

    /**
     * @param ownerSlashName {@code OWNER/NAME}
     * @return the repository
     * @throws IllegalArgumentException when the text is not {@code OWNER/NAME}
     */
    public static GitHubRepository parse(String ownerSlashName) {
        Objects.requireNonNull(ownerSlashName, "ownerSlashName");
        int slash = ownerSlashName.indexOf('/');
        if (slash < 0 || slash != ownerSlashName.lastIndexOf('/')) {
            throw new IllegalArgumentException("expected OWNER/NAME, got '" + ownerSlashName + "'");
        }
        return of(ownerSlashName.substring(0, slash), ownerSlashName.substring(slash + 1));
    }

    /**
     * Infers the repository from a git remote URL, but only when the remote lives on the host the API URL
     * belongs to: the API URL comes from the administrator, the remote URL from the job, and a token must never
     * be pointed at a repository on some other host.
     *
     * @param remoteUrl a remote as git prints it ({@code https://}, {@code ssh://}, {@code git@host:o/r.git})
     * @param apiUrl    the configured API base ({@code https://api.github.com} or {@code https://HOST/api/v3})
     * @return the repository, or empty when the URL is not a repository on that host
     */
    public static Optional<GitHubRepository> fromRemoteUrl(String remoteUrl, URI apiUrl) {
        if (remoteUrl == null || apiUrl == null || apiUrl.getHost() == null) {
            return Optional.empty();
        }
        String expectedHost = webHost(apiUrl);
        String trimmed = remoteUrl.trim();
        String host;
        String path;
        if (trimmed.contains("://")) {
            URI uri;
            try {
                uri = new URI(trimmed);
            } catch (URISyntaxException e) {
                return Optional.empty();
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") && !scheme.equals("ssh") && !scheme.equals("git")) {
                return Optional.empty();
            }
            host = uri.getHost();
            path = uri.getPath();
        } else {
            Matcher m = SCP_LIKE.matcher(trimmed);
            if (!m.matches()) {
                return Optional.empty();
            }
            host = m.group(1);
            path = "/" + m.group(2) + "/" + m.group(3);
        }
        if (host == null || path == null || !host.equalsIgnoreCase(expectedHost)) {
            return Optional.empty();
        }
        String[] parts = path.replaceAll("^/+|/+$", "").split("/");
        if (parts.length != 2) {
            return Optional.empty();
        }
        String name = parts[1].endsWith(".git") ? parts[1].substring(0, parts[1].length() - 4) : parts[1];
        try {
            return Optional.of(of(parts[0], name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code api.github.com} serves {@code github.com}; {@code api.X} serves {@code X}; a GHES host serves itself. */
    static String webHost(URI apiUrl) {
        String host = apiUrl.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("api.") ? host.substring(4) : host;
    }

    public String owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof GitHubRepository)) {
            return false;
        }
        GitHubRepository that = (GitHubRepository) o;
        return owner.equalsIgnoreCase(that.owner) && name.equalsIgnoreCase(that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return owner + "/" + name;
    }
}

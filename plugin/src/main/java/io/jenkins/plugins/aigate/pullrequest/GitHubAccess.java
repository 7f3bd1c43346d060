package io.jenkins.plugins.aigate.pullrequest;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.ProxyConfiguration;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequestLookup;
import io.jenkins.plugins.aigate.github.GitHubPullRequestLookup;
import io.jenkins.plugins.aigate.github.GitHubRepository;
import io.jenkins.plugins.aigate.github.GitHubSettings;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Optional;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Builds the GitHub pull-request lookup from the administrator's configuration only: the API URL and the credential
 * come from the global settings, never from the Jenkinsfile, and the repository is inferred from the checkout's
 * remote only when that remote lives on the configured host (so the token is never sent about another host's
 * repository).
 */
public final class GitHubAccess {
    private GitHubAccess() {
    }

    /** @return whether the administrator asked for pull-request lookups (an API URL or a credential is set) */
    public static boolean configured() {
        AiGateConfiguration config = AiGateConfiguration.get();
        return config.getGithubApiUrl() != null || config.getGithubCredentialsId() != null;
    }

    /**
     * @param remoteUrls the checkout's remote URLs
     * @return a lookup for the first remote on the configured host, or empty when lookups are off or no remote matches
     * @throws PullRequestSetupException when the configured credential is missing or of an unusable kind
     */
    public static Optional<PullRequestLookup> forRemotes(List<String> remoteUrls) throws PullRequestSetupException {
        if (!configured()) {
            return Optional.empty();
        }
        AiGateConfiguration config = AiGateConfiguration.get();
        URI api;
        try {
            api = config.getGithubApiUrl() == null ? GitHubSettings.PUBLIC_API
                    : GitHubSettings.parseApiUrl(config.getGithubApiUrl());
        } catch (IllegalArgumentException e) {
            throw new PullRequestSetupException(Messages.GitHubAccess_badApiUrl(e.getMessage()));
        }
        GitHubRepository repository = null;
        for (String url : remoteUrls) {
            Optional<GitHubRepository> inferred = GitHubRepository.fromRemoteUrl(url, api);
            if (inferred.isPresent()) {
                repository = inferred.get();
                break;
            }
        }
        if (repository == null) {
            return Optional.empty();
        }
        GitHubSettings.Builder settings = GitHubSettings.builder().apiUrl(api);
        String token = token(config.getGithubCredentialsId());
        if (token != null) {
            settings.token(token);
        }
        GitHubSettings built = settings.build();
        // Jenkins' proxy settings; redirects are never followed by the client (the lookup decides per host)
        HttpClient http = ProxyConfiguration.newHttpClientBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(built.requestTimeout())
                .build();
        return Optional.of(new GitHubPullRequestLookup(http, built, repository));
    }

    /**
     * Resolves the token as Jenkins itself (global credentials), not as the build: the Jenkinsfile cannot name or
     * reach this credential.
     */
    static String token(String credentialsId) throws PullRequestSetupException {
        if (credentialsId == null) {
            return null;
        }
        List<StandardCredentials> all = JenkinsFacade.systemCredentials(StandardCredentials.class);
        for (StandardCredentials c : all) {
            if (!credentialsId.equals(c.getId())) {
                continue;
            }
            if (c instanceof StringCredentials s) {
                return s.getSecret().getPlainText();
            }
            if (c instanceof StandardUsernamePasswordCredentials u) {
                return u.getPassword().getPlainText();
            }
            throw new PullRequestSetupException(Messages.GitHubAccess_wrongKind(credentialsId));
        }
        throw new PullRequestSetupException(Messages.GitHubAccess_notFound(credentialsId));
    }
}

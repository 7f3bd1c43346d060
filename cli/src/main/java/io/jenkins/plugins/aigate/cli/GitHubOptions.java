package io.jenkins.plugins.aigate.cli;

import io.jenkins.plugins.aigate.core.pullrequest.CallBudget;
import io.jenkins.plugins.aigate.core.pullrequest.PullRequestLookup;
import io.jenkins.plugins.aigate.github.GitHubPullRequestLookup;
import io.jenkins.plugins.aigate.github.GitHubRepository;
import io.jenkins.plugins.aigate.github.GitHubSettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/**
 * The pull-request lookup options shared by {@code scan} and {@code check}. The token is read from an environment
 * variable the user names, never from the command line (where {@code ps} and shell history would show it).
 */
public final class GitHubOptions {
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** GitHub's token formats: a value like this was meant to be a variable's content, not its name. */
    private static final Pattern TOKEN_LIKE =
            Pattern.compile("(?:ghp_|gho_|ghu_|ghs_|ghr_|github_pat_).*|[0-9a-f]{40}");

    @Option(names = "--github-repo", paramLabel = "OWNER/NAME",
            description = "Look up the pull requests behind each commit in this GitHub repository. When absent but "
                    + "another --github-* option is given, it is inferred from the 'origin' remote if that remote "
                    + "is on the API's host.")
    private String repository;

    @Option(names = "--github-token-env", paramLabel = "VAR",
            description = "The environment variable that holds the GitHub token (read-only access to pull "
                    + "requests and contents). Without it, lookups are anonymous (60 requests an hour on github.com).")
    private String tokenVariable;

    @Option(names = "--github-api-url", paramLabel = "URL",
            description = "The API base: https://api.github.com (default) or https://HOST/api/v3 for GitHub "
                    + "Enterprise Server.")
    private String apiUrl;

    /** Default for {@code --github-call-budget}. */
    static final int DEFAULT_CALL_BUDGET = 1000;

    @Option(names = "--github-call-budget", paramLabel = "N",
            description = "The most API requests one run may send (default: " + DEFAULT_CALL_BUDGET + "); commits "
                    + "left when it is spent are reported as unresolved.")
    private Integer callBudget;

    /** @return whether any GitHub option was given, i.e. whether pull requests are to be looked up */
    public boolean enabled() {
        return repository != null || tokenVariable != null || apiUrl != null || callBudget != null;
    }

    /** @return a fresh budget for one run */
    public CallBudget newBudget() {
        checkBudget();
        return new CallBudget(callBudget == null ? DEFAULT_CALL_BUDGET : callBudget);
    }

    private void checkBudget() {
        if (callBudget != null && callBudget < 0) {
            throw new BadInputException("--github-call-budget must be zero or more, was " + callBudget);
        }
    }

    /**
     * Builds the lookup the options describe.
     *
     * @param environment   where the token variable is read (the process environment)
     * @param repositoryDir the checkout, whose {@code origin} remote names the repository when {@code --github-repo}
     *                      is absent
     * @return the lookup, or empty when no GitHub option was given
     * @throws BadInputException when an option is unusable (bad URL, unset variable, repository unknown)
     */
    public Optional<PullRequestLookup> lookup(Map<String, String> environment, Path repositoryDir) {
        checkBudget();
        if (!enabled()) {
            return Optional.empty();
        }
        GitHubSettings.Builder settings = GitHubSettings.builder();
        if (apiUrl != null) {
            try {
                settings.apiUrl(apiUrl);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--github-api-url: " + e.getMessage(), e);
            }
        }
        if (tokenVariable != null) {
            settings.token(token(environment));
        }
        GitHubSettings built = settings.build();
        GitHubRepository repo = repository(built.apiUrl(), repositoryDir);
        return Optional.of(new GitHubPullRequestLookup(GitHubPullRequestLookup.defaultHttpClient(built), built, repo));
    }

    private String token(Map<String, String> environment) {
        if (TOKEN_LIKE.matcher(tokenVariable).matches()) {
            throw new BadInputException("--github-token-env takes the NAME of an environment variable that holds "
                    + "the token, and the value given looks like a token itself; revoke it if it was shared");
        }
        if (!VARIABLE.matcher(tokenVariable).matches()) {
            throw new BadInputException("--github-token-env: not an environment variable name: '"
                    + tokenVariable + "'");
        }
        String value = environment.get(tokenVariable);
        if (value == null || value.isBlank()) {
            throw new BadInputException("--github-token-env: the environment variable " + tokenVariable
                    + " is not set or empty");
        }
        String token = value.strip();
        if (token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new BadInputException("--github-token-env: the value of " + tokenVariable
                    + " is not a token (it contains spaces or control characters)");
        }
        return token;
    }

    private GitHubRepository repository(URI api, Path repositoryDir) {
        if (repository != null) {
            try {
                return GitHubRepository.parse(repository.trim());
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--github-repo: " + e.getMessage(), e);
            }
        }
        String origin = originUrl(repositoryDir);
        if (origin == null) {
            throw new BadInputException("--github-repo is needed: the repository has no 'origin' remote to infer "
                    + "it from");
        }
        return GitHubRepository.fromRemoteUrl(origin, api).orElseThrow(() -> new BadInputException(
                "--github-repo is needed: the 'origin' remote is not a repository on the host of " + api
                        + " (a token is only ever sent to the configured host)"));
    }

    /** @return the URL of the {@code origin} remote, or {@code null} when there is none or git fails */
    static String originUrl(Path repositoryDir) {
        ProcessBuilder builder = new ProcessBuilder("git", "-C", repositoryDir.toString(), "config", "--get",
                "remote.origin.url").redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out;
            try (InputStream in = process.getInputStream()) {
                out = in.readNBytes(8192);
            }
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return null;
            }
            String url = new String(out, StandardCharsets.UTF_8).trim();
            return process.exitValue() == 0 && !url.isEmpty() ? url : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}

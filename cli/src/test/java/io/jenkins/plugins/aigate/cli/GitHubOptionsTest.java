package io.jenkins.plugins.aigate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.aigate.core.pullrequest.PullRequestLookup;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import io.jenkins.plugins.aigate.github.GitHubPullRequestLookup;
import io.jenkins.plugins.aigate.github.GitHubRepository;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;

class GitHubOptionsTest {
    private static final String TOKEN = "ghp_0123456789abcdefABCDEF0123456789abcd";

    @TempDir
    Path dir;

    /** A command holding just the options, as scan and check mix them in. */
    static final class Holder {
        @Mixin
        GitHubOptions github;
    }

    private static GitHubOptions parse(String... args) {
        Holder holder = new Holder();
        new CommandLine(holder).parseArgs(args);
        return holder.github;
    }

    private static GitHubRepository repositoryOf(PullRequestLookup lookup) {
        return ((GitHubPullRequestLookup) lookup).repository();
    }

    @Test
    void noGitHubOptionMeansNoLookup() {
        GitHubOptions options = parse();
        assertThat(options.enabled()).isFalse();
        assertThat(options.lookup(Map.of(), dir)).isEmpty();
    }

    @Test
    void readsTheTokenFromTheNamedVariable() {
        GitHubOptions options = parse("--github-repo", "octo/app", "--github-token-env", "MY_GH_TOKEN");
        assertThat(options.lookup(Map.of("MY_GH_TOKEN", TOKEN + "\n"), dir).map(GitHubOptionsTest::repositoryOf))
                .contains(GitHubRepository.of("octo", "app"));
        assertThat(options.newBudget().limit()).isEqualTo(1000);
        assertThat(parse("--github-repo", "o/r", "--github-call-budget", "7").newBudget().limit()).isEqualTo(7);
    }

    @Test
    void anUnsetVariableIsAnErrorNotASilentAnonymousRun() {
        GitHubOptions options = parse("--github-repo", "octo/app", "--github-token-env", "MY_GH_TOKEN");
        assertThatThrownBy(() -> options.lookup(Map.of(), dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("MY_GH_TOKEN").hasMessageContaining("not set");
        assertThatThrownBy(() -> options.lookup(Map.of("MY_GH_TOKEN", " "), dir))
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void aTokenGivenInPlaceOfTheVariableNameIsRefusedWithoutEchoingIt() {
        GitHubOptions options = parse("--github-repo", "octo/app", "--github-token-env", TOKEN);
        assertThatThrownBy(() -> options.lookup(Map.of(TOKEN, "x"), dir)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("looks like a token").hasMessageNotContaining(TOKEN);
    }

    @Test
    void badRepositoryOrApiUrlIsBadInput() {
        assertThatThrownBy(() -> parse("--github-repo", "octo").lookup(Map.of(), dir))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--github-repo");
        assertThatThrownBy(() -> parse("--github-repo", "o/r", "--github-api-url", "http://git.example.com/api/v3")
                .lookup(Map.of(), dir)).isInstanceOf(BadInputException.class).hasMessageContaining("https");
        assertThatThrownBy(() -> parse("--github-repo", "o/r", "--github-call-budget", "-1").newBudget())
                .isInstanceOf(BadInputException.class);
    }

    @Test
    void infersTheRepositoryFromAnOriginOnTheApiHostOnly() {
        TestRepository repo = TestRepository.init(dir);
        repo.git("remote", "add", "origin", "git@github.com:octo/app.git");

        assertThat(parse("--github-token-env", "T").lookup(Map.of("T", "abc"), dir)
                .map(GitHubOptionsTest::repositoryOf)).contains(GitHubRepository.of("octo", "app"));
        assertThatThrownBy(() -> parse("--github-api-url", "https://git.example.com/api/v3").lookup(Map.of(), dir))
                .isInstanceOf(BadInputException.class).hasMessageContaining("--github-repo is needed");
    }

    @Test
    void withoutAnOriginTheRepositoryMustBeNamed() {
        TestRepository.init(dir);
        assertThatThrownBy(() -> parse("--github-api-url", "https://api.github.com").lookup(Map.of(), dir))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no 'origin' remote");
    }
}

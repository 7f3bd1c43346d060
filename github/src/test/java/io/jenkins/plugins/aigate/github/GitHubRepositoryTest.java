package io.jenkins.plugins.aigate.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubRepositoryTest {
    private static final URI PUBLIC = GitHubSettings.PUBLIC_API;
    private static final URI ENTERPRISE = URI.create("https://git.example.com/api/v3");

    @Test
    void parsesOwnerSlashName() {
        GitHubRepository repo = GitHubRepository.parse("jenkinsci/ai-gate-plugin");
        assertThat(repo.owner()).isEqualTo("jenkinsci");
        assertThat(repo.name()).isEqualTo("ai-gate-plugin");
        assertThat(repo).hasToString("jenkinsci/ai-gate-plugin").isEqualTo(GitHubRepository.parse("JenkinsCI/AI-gate-plugin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "owner", "a/b/c", "/name", "owner/", "own er/name", "owner/..", "-owner/name",
        "owner/na?me", "owner/name#x"})
    void refusesWhatIsNotOwnerSlashName(String text) {
        assertThatThrownBy(() -> GitHubRepository.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/octo/app.git", "https://github.com/octo/app", "https://github.com/octo/app/",
        "https://user:secret@github.com/octo/app.git", "git@github.com:octo/app.git", "github.com:octo/app",
        "ssh://git@github.com/octo/app.git", "ssh://git@github.com:22/octo/app", "HTTPS://GitHub.com/octo/app.git"})
    void infersTheRepositoryFromARemoteOnTheConfiguredHost(String remote) {
        assertThat(GitHubRepository.fromRemoteUrl(remote, PUBLIC)).contains(GitHubRepository.of("octo", "app"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://gitlab.com/octo/app.git", "https://github.com.evil.example/octo/app.git",
        "https://evil.example/github.com/octo/app.git", "git@evil.example:octo/app.git", "https://api.github.com/octo/app",
        "https://github.com/octo", "https://github.com/octo/app/tree/main", "file:///srv/git/app.git", "/srv/git/app.git",
        "not a url at all"})
    void infersNothingFromARemoteElsewhereOrShapedOtherwise(String remote) {
        assertThat(GitHubRepository.fromRemoteUrl(remote, PUBLIC)).isEmpty();
    }

    @Test
    void anEnterpriseServerServesItsOwnHost() {
        assertThat(GitHubRepository.fromRemoteUrl("git@git.example.com:platform/deploy.git", ENTERPRISE))
                .contains(GitHubRepository.of("platform", "deploy"));
        assertThat(GitHubRepository.fromRemoteUrl("https://github.com/platform/deploy.git", ENTERPRISE)).isEmpty();
        assertThat(GitHubRepository.fromRemoteUrl("https://git.example.com/platform/deploy", PUBLIC)).isEmpty();
    }
}

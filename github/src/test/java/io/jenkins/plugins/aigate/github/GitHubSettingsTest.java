package io.jenkins.plugins.aigate.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitHubSettingsTest {

    @Test
    void normalisesApiUrls() {
        assertThat(GitHubSettings.parseApiUrl("https://api.github.com/")).hasToString("https://api.github.com");
        assertThat(GitHubSettings.parseApiUrl(" https://GIT.example.com/api/v3/ "))
                .hasToString("https://git.example.com/api/v3");
        assertThat(GitHubSettings.parseApiUrl("https://git.example.com:8443/api/v3"))
                .hasToString("https://git.example.com:8443/api/v3");
        assertThat(GitHubSettings.parseApiUrl("http://127.0.0.1:8080/api/v3")).hasToString("http://127.0.0.1:8080/api/v3");
        assertThat(GitHubSettings.parseApiUrl("http://localhost:9/")).hasToString("http://localhost:9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.github.com", "http://10.0.0.1/api/v3", "ftp://api.github.com",
        "https://user:pw@api.github.com", "https://api.github.com/?x=1", "https://api.github.com/#f", "api.github.com",
        "https://", "http://localhost.evil.example/api"})
    void refusesUnsafeOrUnusableApiUrls(String url) {
        assertThatThrownBy(() -> GitHubSettings.parseApiUrl(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverPrintsTheToken() {
        GitHubSettings settings = GitHubSettings.builder().token("ghp_secret123").build();
        assertThat(settings.token()).contains("ghp_secret123");
        assertThat(settings.toString()).doesNotContain("ghp_secret123").contains("token");
        assertThat(GitHubSettings.builder().token("  ").build().token()).isEmpty();
        assertThatThrownBy(() -> GitHubSettings.builder().token("abc\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNonsenseLimits() {
        assertThatThrownBy(() -> GitHubSettings.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GitHubSettings.builder().requestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GitHubSettings.builder().maxRateLimitWait(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheNextLinkOnly() {
        String header = "<https://api.github.com/repositories/1/pulls/2/commits?per_page=100&page=2>; rel=\"next\", "
                + "<https://api.github.com/repositories/1/pulls/2/commits?per_page=100&page=3>; rel=\"last\"";
        assertThat(LinkHeader.next(List.of(header)))
                .contains("https://api.github.com/repositories/1/pulls/2/commits?per_page=100&page=2");
        String last = "<https://api.github.com/x?page=1>; rel=\"prev\", <https://api.github.com/x?page=1>; rel=\"first\"";
        assertThat(LinkHeader.next(List.of(last))).isEmpty();
        assertThat(LinkHeader.next(List.of())).isEmpty();
        assertThat(LinkHeader.next(List.of("<https://h/x?page=2>; rel=\"prev next\""))).contains("https://h/x?page=2");
        assertThat(LinkHeader.next(List.of("<https://h/x?page=2>; rel=\"nextish\""))).isEmpty();
    }
}

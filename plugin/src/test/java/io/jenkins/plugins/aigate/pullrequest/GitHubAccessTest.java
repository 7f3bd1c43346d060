package io.jenkins.plugins.aigate.pullrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.Assert.assertThrows;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl;
import hudson.util.Secret;
import io.jenkins.plugins.aigate.config.AiGateConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Which credential kinds yield a token, and which remotes the configured token may be used for. */
@WithJenkins
class GitHubAccessTest {
    private JenkinsRule j;

    @BeforeEach
    void setUpJenkins(JenkinsRule rule) {
        j = rule;
    }

    private static void add(com.cloudbees.plugins.credentials.Credentials c) throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(c);
        SystemCredentialsProvider.getInstance().save();
    }

    @Test
    void secretTextAndUsernameWithTokenYieldTheToken() throws Exception {
        add(new StringCredentialsImpl(CredentialsScope.GLOBAL, "text", "", Secret.fromString("ghp_text")));
        add(new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, "pair", "", "octo", "ghp_pair"));

        assertThat(GitHubAccess.token("text")).isEqualTo("ghp_text");
        assertThat(GitHubAccess.token("pair")).isEqualTo("ghp_pair");
    }

    @Test
    void aMissingOrUnusableCredentialFailsClosed() throws Exception {
        add(new FileCredentialsImpl(CredentialsScope.GLOBAL, "file", "", null, "token.txt",
                SecretBytes.fromBytes("ghp_file".getBytes(StandardCharsets.UTF_8))));

        PullRequestSetupException wrongKind = assertThrows(PullRequestSetupException.class,
                () -> GitHubAccess.token("file"));
        assertThat(wrongKind.getMessage()).contains("neither Secret Text nor username with token");
        PullRequestSetupException missing = assertThrows(PullRequestSetupException.class,
                () -> GitHubAccess.token("nowhere"));
        assertThat(missing.getMessage()).contains("does not exist");
    }

    @Test
    void onlyARemoteOnTheConfiguredHostGetsALookup() throws Exception {
        add(new StringCredentialsImpl(CredentialsScope.GLOBAL, "text", "", Secret.fromString("ghp_text")));
        AiGateConfiguration config = AiGateConfiguration.get();
        assertThat(GitHubAccess.forRemotes(List.of("https://github.com/acme/app.git")).isPresent()).isFalse();

        config.setGithubApiUrl("https://git.example.com/api/v3");
        config.setGithubCredentialsId("text");
        assertThat(GitHubAccess.forRemotes(List.of("https://github.com/acme/app.git")).isPresent()).isFalse();
        assertThat(GitHubAccess.forRemotes(List.of("https://evil.example/acme/app.git",
                "git@git.example.com:acme/app.git")).isPresent()).isTrue();
    }
}

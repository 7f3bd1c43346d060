package io.jenkins.plugins.aigate.steps;

import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The set-up every Pipeline test shares: a Jenkins and a real git repository with one commit no one flags. */
@WithJenkins
public abstract class PipelineTest {
    /** The Jenkins of the current test. */
    protected JenkinsRule j;
    /** The repository the test's Pipelines check out (branch {@code main}). */
    protected TestRepository repo;

    @BeforeEach
    void startWithARepository(JenkinsRule rule, @TempDir Path dir) {
        j = rule;
        repo = GateFixture.repository(dir);
    }
}

package io.jenkins.plugins.aigate.steps;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.AbstractProject;
import hudson.model.FreeStyleProject;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import java.util.Map;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.DataBoundConstructor;

/** The step's form (what the snippet generator shows) keeps every argument, and an empty form adds none. */
@WithJenkins
class AiGateStepConfigTest {

    private JenkinsRule j;

    @BeforeEach
    void setUpJenkins(JenkinsRule rule) {
        j = rule;
    }

    @Test
    void everyArgumentSurvivesTheForm() throws Exception {
        AiGateStep step = new AiGateStep();
        step.setMessage("ship to production");
        step.setEnvironment("production");
        step.setRepository("https://example.org/shop.git");
        step.setRequiredApprovals(2);
        step.setEnforce(true);
        step.setCredentialsId("prod-deploy");

        AiGateStep after = roundTrip(step);

        assertThat(after.getMessage()).isEqualTo("ship to production");
        assertThat(after.getEnvironment()).isEqualTo("production");
        assertThat(after.getRepository()).isEqualTo("https://example.org/shop.git");
        assertThat(after.getRequiredApprovals()).isEqualTo(2);
        assertThat(after.getEnforce()).isTrue();
        assertThat(after.getCredentialsId()).isEqualTo("prod-deploy");
    }

    @Test
    void anEmptyFormGivesTheBareStepAndNeverEnforceFalse() throws Exception {
        AiGateStep after = roundTrip(new AiGateStep());

        assertThat(after.getEnforce()).isNull();
        assertThat(after.getRequiredApprovals()).isNull();
        assertThat(after.getMessage()).isNull();
        Map<String, Object> arguments = DescribableModel.uninstantiate2_(after).toMap();
        assertThat(arguments).isEmpty();
    }

    /** Shows the step's own config form inside a freestyle job's page, submits it unchanged, and reads it back. */
    private AiGateStep roundTrip(AiGateStep step) throws Exception {
        FreeStyleProject p = j.createFreeStyleProject();
        p.getBuildersList().add(new HoldsStep(step));
        j.configRoundtrip(p);
        HoldsStep after = p.getBuildersList().get(HoldsStep.class);
        assertThat(after).isNotNull();
        assertThat(after.step).isNotSameAs(step);
        return after.step;
    }

    /** A build step whose form is the nested step's form: the way to render a Pipeline step's config.jelly. */
    public static final class HoldsStep extends Builder {
        public final AiGateStep step;

        @DataBoundConstructor
        public HoldsStep(AiGateStep step) {
            this.step = step;
        }

        @TestExtension
        public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {
            @Override
            public boolean isApplicable(Class<? extends AbstractProject> jobType) {
                return true;
            }
        }
    }
}

package io.jenkins.plugins.aigate.steps;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.Rule;
import org.junit.Test;
import org.jvnet.hudson.test.JenkinsRule;

public class AiGateStepConfigTest {

    @Rule
    public JenkinsRule j = new JenkinsRule();

    @Test
    public void everyArgumentSurvivesTheSnippetGenerator() throws Exception {
        AiGateStep step = new AiGateStep();
        step.setMessage("ship to production");
        step.setEnvironment("production");
        step.setRepository("https://example.org/shop.git");
        step.setRequiredApprovals(2);
        step.setEnforce(true);
        step.setCredentialsId("prod-deploy");

        AiGateStep after = new StepConfigTester(j).configRoundTrip(step);

        assertThat(after.getMessage(), is("ship to production"));
        assertThat(after.getEnvironment(), is("production"));
        assertThat(after.getRepository(), is("https://example.org/shop.git"));
        assertThat(after.getRequiredApprovals(), is(2));
        assertThat(after.getEnforce(), is(true));
        assertThat(after.getCredentialsId(), is("prod-deploy"));
    }

    @Test
    public void anEmptyFormGivesTheBareStepAndNeverEnforceFalse() throws Exception {
        AiGateStep after = new StepConfigTester(j).configRoundTrip(new AiGateStep());

        assertThat(after.getEnforce(), is(nullValue()));
        assertThat(after.getRequiredApprovals(), is(nullValue()));
        assertThat(after.getMessage(), is(nullValue()));
        Map<String, Object> arguments = DescribableModel.uninstantiate2_(after).toMap();
        assertThat(arguments.isEmpty(), is(true));
    }
}

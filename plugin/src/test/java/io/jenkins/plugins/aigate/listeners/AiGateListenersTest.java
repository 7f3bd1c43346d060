package io.jenkins.plugins.aigate.listeners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.model.FreeStyleBuild;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.TestExtension;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** Listeners hear pending and decided gates; one failing listener stops neither the others nor the gate. */
@WithJenkins
class AiGateListenersTest {

    @Test
    void listenersHearBothCallbacksDespiteAFailingOne(JenkinsRule j) throws Exception {
        FreeStyleBuild run = j.buildAndAssertSuccess(j.createFreeStyleProject("deploy"));
        GateEvent pending = GateEvent.builder("1", run.getUrl() + "ai-gate/1/").flaggedCommits(2)
                .requiredApprovals(1).timestampMillis(1000L).build();
        GateEvent decided = GateEvent.builder("1", run.getUrl() + "ai-gate/1/").outcome("approved").decider("carol")
                .timestampMillis(2000L).build();

        AiGateListeners.firePending(run, pending);
        AiGateListeners.fireDecided(run, decided);

        Recorder recorder = ExtensionList.lookupSingleton(Recorder.class);
        assertEquals(List.of("pending 1 on " + run.getExternalizableId(),
                "decided 1 approved by [carol]"), recorder.events);
    }

    @Test
    void eventCopiesItsDeciders(JenkinsRule j) {
        GateEvent.Builder b = GateEvent.builder("2", "job/x/1/ai-gate/2/").decider("a");
        GateEvent event = b.build();
        b.decider("b");
        assertEquals(List.of("a"), event.getDeciders());
    }

    @TestExtension("listenersHearBothCallbacksDespiteAFailingOne")
    public static final class Failing extends AiGateListener {
        @Override
        public void onPending(@NonNull Run<?, ?> run, @NonNull GateEvent event) {
            throw new IllegalStateException("broken notifier");
        }

        @Override
        public void onDecided(@NonNull Run<?, ?> run, @NonNull GateEvent event) {
            throw new IllegalStateException("broken notifier");
        }
    }

    @TestExtension("listenersHearBothCallbacksDespiteAFailingOne")
    public static final class Recorder extends AiGateListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void onPending(@NonNull Run<?, ?> run, @NonNull GateEvent event) {
            events.add("pending " + event.getGateId() + " on " + run.getExternalizableId());
        }

        @Override
        public void onDecided(@NonNull Run<?, ?> run, @NonNull GateEvent event) {
            events.add("decided " + event.getGateId() + " " + event.getOutcome() + " by " + event.getDeciders());
        }
    }
}

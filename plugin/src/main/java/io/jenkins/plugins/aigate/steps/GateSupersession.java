package io.jenkins.plugins.aigate.steps;

import hudson.model.Run;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.git.CommitReader;
import io.jenkins.plugins.aigate.core.git.ReadLimits;
import io.jenkins.plugins.aigate.core.range.Ancestry;
import io.jenkins.plugins.aigate.core.range.AncestryCheck;
import io.jenkins.plugins.aigate.core.range.BaselineKey;
import io.jenkins.plugins.aigate.core.range.Supersession;
import io.jenkins.plugins.aigate.gate.AiGateRunAction;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.gate.GateStatus;
import io.jenkins.plugins.aigate.gate.PendingGates;
import io.jenkins.plugins.aigate.scm.AiGateCheckoutsAction;
import io.jenkins.plugins.aigate.scm.CheckoutRecord;
import io.jenkins.plugins.aigate.scm.RangeRead;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Ends the pending gates that a newer approved (or passed) gate of the same job, repository and environment makes
 * moot: core's {@link Supersession} decides, and ancestry is answered from the commit ids the newer gate's range
 * recorded at checkout, so no git runs here. A pending head that is not among them stays pending (fail closed).
 * Call it off the CPS thread: it reads the recorded range file and saves other builds.
 */
public final class GateSupersession {

    private static final Logger LOGGER = Logger.getLogger(GateSupersession.class.getName());

    private GateSupersession() {
    }

    /**
     * @param run   the build whose gate was just approved or passed
     * @param newer that gate; only an approval by the quorum or a pass supersedes (a break-glass release does not)
     * @return how many pending gates of other builds were superseded
     */
    public static int supersedeOlder(Run<?, ?> run, GateRecord newer) {
        String head = newer.getHeadCommit();
        if (head == null || newer.getRepository() == null || (newer.getStatus() != GateStatus.APPROVED && newer.getStatus() != GateStatus.PASSED)) {
            return 0;
        }
        BaselineKey key = key(run, newer);
        Set<String> contained = rangeCommits(run, newer);
        AncestryCheck ancestry = (ancestor, descendant) -> descendant.equals(head) && contained.contains(ancestor)
                ? Ancestry.ANCESTOR : Ancestry.UNKNOWN;
        String by = run.getExternalizableId() + '@' + head;
        int superseded = 0;
        for (Map.Entry<String, Set<String>> entry : PendingGates.get().snapshot().entrySet()) {
            Run<?, ?> other = Run.fromExternalizableId(entry.getKey());
            if (other == null || other == run || other.getParent() != run.getParent()) {
                continue;
            }
            AiGateRunAction action = other.getAction(AiGateRunAction.class);
            if (action == null) {
                continue;
            }
            for (String gateId : entry.getValue()) {
                GateRecord pending = action.getGate(gateId);
                if (pending == null || pending.getStatus() != GateStatus.PENDING || pending.getHeadCommit() == null
                        || pending.getRepository() == null
                        || !Supersession.supersedes(key(other, pending), pending.getHeadCommit(), key, head, ancestry)) {
                    continue;
                }
                try {
                    if (action.supersede(gateId, by)) {
                        superseded++;
                    }
                } catch (IOException | RuntimeException e) {
                    LOGGER.log(Level.WARNING, "could not supersede " + gateId + " of " + other, e);
                }
            }
        }
        return superseded;
    }

    private static BaselineKey key(Run<?, ?> run, GateRecord gate) {
        return new BaselineKey(run.getParent().getFullName(), gate.getRepository(),
                gate.getEnvironment() == null ? "" : gate.getEnvironment());
    }

    /** The head, the base and every commit id the gate's recorded range lists; only these count as contained. */
    private static Set<String> rangeCommits(Run<?, ?> run, GateRecord gate) {
        Set<String> ids = new HashSet<>();
        ids.add(gate.getHeadCommit());
        if (gate.getBaseCommit() != null) {
            ids.add(gate.getBaseCommit());
        }
        AiGateCheckoutsAction checkouts = run.getAction(AiGateCheckoutsAction.class);
        CheckoutRecord checkout = checkouts == null ? null : checkouts.find(gate.getRepository());
        if (checkout == null || !gate.getHeadCommit().equals(checkout.getHead())) {
            return ids;
        }
        String environment = gate.getEnvironment() == null ? "" : gate.getEnvironment();
        RangeRead read = checkout.getRanges().stream().filter(r -> r.getEnvironment().equals(environment))
                .findFirst().orElse(null);
        if (read == null || read.getFailure() != null || read.getFile() == null) {
            return ids;
        }
        File file = new File(new File(run.getRootDir(), "ai-gate"), read.getFile());
        Set<String> listed = new HashSet<>();
        try (Reader text = Files.newBufferedReader(file.toPath(), StandardCharsets.UTF_8);
                CommitReader commits = CommitReader.of(text, ReadLimits.defaults())) {
            while (commits.hasNext()) {
                Commit commit = commits.next();
                listed.add(commit.id());
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable range proves nothing: only the head and base count then
            LOGGER.log(Level.WARNING, "could not read the recorded range of " + gate.getId() + " in " + run, e);
            return ids;
        }
        ids.addAll(listed);
        return ids;
    }
}

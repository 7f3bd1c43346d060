package io.jenkins.plugins.aigate.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.InvisibleAction;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * The git checkouts of a build as the gate's checkout listener recorded them (saved with the build). Shared
 * library checkouts are never recorded: they are not what the deploy ships.
 */
public final class AiGateCheckoutsAction extends InvisibleAction {

    private final ArrayList<CheckoutRecord> checkouts = new ArrayList<>();

    /** @return the action of {@code run}, added if missing */
    public static AiGateCheckoutsAction of(Run<?, ?> run) {
        synchronized (run) {
            AiGateCheckoutsAction action = run.getAction(AiGateCheckoutsAction.class);
            if (action == null) {
                action = new AiGateCheckoutsAction();
                run.addAction(action);
            }
            return action;
        }
    }

    synchronized void add(CheckoutRecord record) {
        checkouts.add(record);
    }

    /** @return the checkouts, oldest first */
    public synchronized List<CheckoutRecord> getCheckouts() {
        return new ArrayList<>(checkouts);
    }

    /**
     * @param repository a remote URL, or {@code null} for "the one repository checked out"
     * @return the latest checkout of that repository; with {@code null}, the latest checkout if every checkout was
     *         of one repository, else {@code null} (the step then asks for {@code repository})
     */
    public synchronized @CheckForNull CheckoutRecord find(@CheckForNull String repository) {
        CheckoutRecord found = null;
        for (CheckoutRecord c : checkouts) {
            if (repository == null) {
                if (found != null && !found.getRepository().equals(c.getRepository())) {
                    return null;
                }
                found = c;
            } else if (c.matches(repository)) {
                found = c;
            }
        }
        return found;
    }
}

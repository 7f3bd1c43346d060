package io.jenkins.plugins.aigate.scm;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.model.listeners.SCMListener;
import hudson.plugins.git.GitSCM;
import hudson.plugins.git.UserRemoteConfig;
import hudson.scm.SCM;
import hudson.scm.SCMRevisionState;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.range.BaselineKey;
import io.jenkins.plugins.aigate.core.range.BaselineStore;
import io.jenkins.plugins.aigate.core.range.CommitRange;
import io.jenkins.plugins.aigate.core.range.RangeResolver;
import io.jenkins.plugins.aigate.gate.AiGateRunAction;
import io.jenkins.plugins.aigate.gate.GateRecord;
import io.jenkins.plugins.aigate.config.GatePolicies;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jgit.lib.ObjectId;
import org.jenkinsci.plugins.gitclient.Git;
import org.jenkinsci.plugins.gitclient.GitClient;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;

/**
 * At every git checkout of a Pipeline build, reads the commits since the last let-through head of that repository
 * through the job's own git client, and keeps them with the build for {@code aiGate}. It runs where the checkout
 * runs ({@code SCMStep}'s own thread, never the CPS VM thread) and never fails a checkout: any problem is recorded
 * instead, and the gate then fails closed.
 */
@Extension
public final class GateCheckoutListener extends SCMListener {

    private static final Logger LOGGER = Logger.getLogger(GateCheckoutListener.class.getName());
    /** At most this many environments' baselines are read per checkout. */
    private static final int MAX_ENVIRONMENTS = 5;
    /** How many earlier builds are searched for environments this job's gates used. */
    private static final int ENVIRONMENT_LOOKBACK = 20;

    @Override
    public void onCheckout(Run<?, ?> build, SCM scm, FilePath workspace, TaskListener listener,
            @CheckForNull File changelogFile, @CheckForNull SCMRevisionState pollingBaseline) {
        try {
            if (!(scm instanceof GitSCM git) || !(build instanceof FlowExecutionOwner.Executable)
                    || workspace == null || isLibraryCheckout(workspace)
                    || !GateUse.expected(build)) {
                return;
            }
            long started = System.nanoTime();
            CheckoutRecord record = read(build, git, workspace, listener);
            AiGateCheckoutsAction.of(build).add(record);
            build.save();
            int commits = record.getRanges().stream().mapToInt(RangeRead::getCommitCount).max().orElse(0);
            listener.getLogger().println(Messages.GateCheckoutListener_read(commits,
                    (System.nanoTime() - started) / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recordFailure(build, scm, "interrupted");
        } catch (Exception | LinkageError e) {
            LOGGER.log(Level.WARNING, "AI Change Gate could not read the commits of " + build, e);
            recordFailure(build, scm, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static CheckoutRecord read(Run<?, ?> build, GitSCM scm, FilePath workspace, TaskListener listener)
            throws IOException, InterruptedException {
        List<String> urls = remoteUrls(scm);
        EnvVars env = build.getEnvironment(listener);
        GitClient git = scm.createClient(listener, env, build, workspace);
        String repository = urls.isEmpty() ? "" : RepositoryUrls.normalise(urls.get(0));
        return read(build, git, urls, repository, environments(build, repository));
    }

    /**
     * Reads a workspace's commits now, for a gate inside {@code node} whose environment the checkout did not
     * cover. Runs on the step's own thread, never the CPS VM thread; never throws for git trouble (recorded).
     *
     * @return the checkout as seen now, with one range for {@code environment}
     */
    public static CheckoutRecord readWorkspace(Run<?, ?> build, FilePath workspace, TaskListener listener,
            String environment) throws IOException, InterruptedException {
        EnvVars env = build.getEnvironment(listener);
        GitClient git = Git.with(listener, env).in(workspace).getClient();
        String origin = git.getRemoteUrl("origin");
        List<String> urls = origin == null ? List.of() : List.of(origin);
        String repository = urls.isEmpty() ? "" : RepositoryUrls.normalise(urls.get(0));
        CheckoutRecord record = read(build, git, urls, repository, Set.of(environment));
        AiGateCheckoutsAction.of(build).add(record);
        build.save();
        return record;
    }

    private static CheckoutRecord read(Run<?, ?> build, GitClient git, List<String> urls, String repository,
            Set<String> environments) throws IOException, InterruptedException {
        ObjectId headId = git.revParse("HEAD");
        String head = headId.name();
        Policy policy = GatePolicies.current();
        BaselineStore store = GatePolicies.baselines();
        GitRangeReader reader = new GitRangeReader(git);

        List<RangeRead> ranges = new ArrayList<>();
        Map<String, String> fileByBase = new LinkedHashMap<>();
        int index = AiGateCheckoutsAction.of(build).getCheckouts().size() + 1;
        for (String environment : environments) {
            BaselineKey key = new BaselineKey(build.getParent().getFullName(), repository, environment);
            CommitRange range = RangeResolver.resolve(store, key, head, reader.ancestry());
            String base = range.base().orElse(null);
            String sameAs = fileByBase.get(String.valueOf(base));
            if (sameAs != null) {
                RangeRead earlier = ranges.stream().filter(r -> r.getFile().equals(sameAs)).findFirst().orElseThrow();
                ranges.add(new RangeRead(environment, base, range.status().name(),
                        range.previousBaseline().orElse(null), sameAs, earlier.getCommitCount(),
                        earlier.isTruncated(), earlier.getFailure(), earlier.getHiddenText()));
                continue;
            }
            GitRangeReader.Result result = reader.read(range, policy.maxCommits());
            String file = "checkout-" + index + "-" + ranges.size() + ".log";
            if (result.failure == null) {
                Path dir = new File(build.getRootDir(), "ai-gate").toPath();
                Files.createDirectories(dir);
                Files.write(dir.resolve(file), result.lines, StandardCharsets.UTF_8);
            }
            fileByBase.put(String.valueOf(base), file);
            ranges.add(new RangeRead(environment, base, range.status().name(), range.previousBaseline().orElse(null),
                    file, result.commits, result.truncated, result.failure, result.hiddenText));
        }
        return new CheckoutRecord(repository, urls, head, System.currentTimeMillis(), ranges, null);
    }

    /** The unnamed environment plus those this job's recent gates used for this repository. */
    private static Set<String> environments(Run<?, ?> build, String repository) {
        Set<String> environments = new LinkedHashSet<>();
        environments.add("");
        Run<?, ?> earlier = build.getPreviousBuild();
        for (int i = 0; earlier != null && i < ENVIRONMENT_LOOKBACK && environments.size() < MAX_ENVIRONMENTS; i++) {
            AiGateRunAction action = earlier.getAction(AiGateRunAction.class);
            if (action != null) {
                for (GateRecord gate : action.getGates()) {
                    if (gate.getEnvironment() != null && repository.equals(gate.getRepository())
                            && environments.size() < MAX_ENVIRONMENTS) {
                        environments.add(gate.getEnvironment());
                    }
                }
            }
            earlier = earlier.getPreviousBuild();
        }
        return environments;
    }

    private static List<String> remoteUrls(GitSCM scm) {
        List<String> urls = new ArrayList<>();
        for (UserRemoteConfig remote : scm.getUserRemoteConfigs()) {
            if (remote.getUrl() != null) {
                urls.add(remote.getUrl());
            }
        }
        return urls;
    }

    /** Shared libraries are checked out under {@code <workspace>@libs}; they are not what the deploy ships. */
    private static boolean isLibraryCheckout(FilePath workspace) {
        String path = workspace.getRemote().replace('\\', '/');
        return path.contains("@libs/") || path.endsWith("@libs");
    }

    private static void recordFailure(Run<?, ?> build, SCM scm, String why) {
        try {
            List<String> urls = scm instanceof GitSCM git ? remoteUrls(git) : List.of();
            String repository = urls.isEmpty() ? "" : RepositoryUrls.normalise(urls.get(0));
            AiGateCheckoutsAction.of(build).add(new CheckoutRecord(repository, urls, null,
                    System.currentTimeMillis(), List.of(), why));
            build.save();
        } catch (IOException | RuntimeException e) {
            LOGGER.log(Level.WARNING, "AI Change Gate could not record a checkout failure in " + build, e);
        }
    }
}

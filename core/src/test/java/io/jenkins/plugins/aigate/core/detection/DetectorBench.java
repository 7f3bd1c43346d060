package io.jenkins.plugins.aigate.core.detection;

import io.jenkins.plugins.aigate.core.commit.ChangeType;
import io.jenkins.plugins.aigate.core.commit.ChangedPath;
import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import java.util.ArrayList;
import java.util.List;

/**
 * Detector throughput on synthetic commits shaped like a large project's history (short subjects, some bodies,
 * sign-offs and co-authors, a few paths each, some AI markers). Run: {@code java -cp ... DetectorBench [commits]}.
 */
public final class DetectorBench {
    private DetectorBench() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 38_000;
        List<Commit> commits = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            commits.add(commit(i));
        }
        Detector detector = Detector.withDefaults();
        for (int round = 0; round < 5; round++) {
            long start = System.nanoTime();
            long cpuStart = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            int flagged = 0;
            for (Commit commit : commits) {
                if (detector.assess(commit).aiAssisted()) {
                    flagged++;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                    - cpuStart) / 1e9;
            System.out.printf("round %d: %d commits in %.3f s wall, %.3f s CPU = %.0f commits/CPU-s, %d flagged%n",
                    round, count, seconds, cpu, count / cpu, flagged);
        }
    }

    static Commit commit(int i) {
        StringBuilder message = new StringBuilder();
        message.append(i % 7 == 0 ? "Merge pull request #" + i + " from jenkinsci/feature-" + i + "\n\n" : "");
        message.append("[JENKINS-").append(60000 + i).append("] Fix the handling of build ").append(i)
                .append(" when the agent disconnects\n\n");
        if (i % 3 == 0) {
            message.append("The executor kept a reference to the computer after the channel closed, so the\n"
                    + "next build on the same agent saw a stale workspace. Release it in the listener.\n\n");
        }
        if (i % 5 == 0) {
            message.append("Co-authored-by: Tim Jacomb <timjacomb1@gmail.com>\n");
        }
        if (i % 50 == 0) {
            message.append("Co-Authored-By: Claude Sonnet 5 <noreply@anthropic.com>\n");
        }
        if (i % 11 == 0) {
            message.append("Signed-off-by: Devin Nusbaum <dwnusbaum@users.noreply.github.com>\n");
        }
        if (i % 97 == 0) {
            message.append("\n\u00e9t\u00e9 \u2014 r\u00e9sum\u00e9 na\u00efve\n");
        }
        Commit.Builder builder = Commit.builder(String.format("%040x", i))
                .author(PersonIdent.of(i % 13 == 0 ? "dependabot[bot]" : "Ada Lovelace " + (i % 100),
                        i % 13 == 0 ? "49699333+dependabot[bot]@users.noreply.github.com" : "ada" + (i % 100)
                                + "@example.org"))
                .committer(PersonIdent.of("GitHub", "noreply@github.com")).message(message.toString());
        for (int p = 0; p < 1 + i % 4; p++) {
            builder.changedPath(ChangedPath.of(ChangeType.MODIFIED, "core/src/main/java/hudson/model/Thing" + p
                    + ".java"));
        }
        return builder.build();
    }
}

package io.jenkins.plugins.aigate.cli.bench;

import io.jenkins.plugins.aigate.core.commit.Commit;
import io.jenkins.plugins.aigate.core.commit.CommitBounds;
import io.jenkins.plugins.aigate.core.commit.PersonIdent;
import io.jenkins.plugins.aigate.core.commit.TrailerParser;
import io.jenkins.plugins.aigate.core.detection.CommitAssessment;
import io.jenkins.plugins.aigate.core.detection.Detector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Bench main (run by {@code bench/trailers.sh}; never part of the test run): the time to assess one commit whose
 * message carries N {@code Co-authored-by:} lines, through the trailer parser, the bounds check and the detector,
 * for N doubling from 2,500 to 80,000. Linear parsing shows as a flat time per 1,000 lines.
 */
public final class TrailerBenchmark {
    private static final int WARM_UPS = 3;
    private static final int MEASURED = 5;

    private TrailerBenchmark() {
    }

    public static void main(String[] args) {
        Detector detector = Detector.withDefaults();
        System.out.println("lines   message bytes   median ms   ms per 1,000 lines   flagged  oversized");
        for (int n = 2_500; n <= 80_000; n *= 2) {
            Commit commit = commit(n);
            List<Long> nanos = new ArrayList<>();
            boolean flagged = false;
            for (int run = 0; run < WARM_UPS + MEASURED; run++) {
                long start = System.nanoTime();
                TrailerParser.parse(commit.message());
                boolean oversized = CommitBounds.exceeded(commit).isPresent();
                CommitAssessment assessment = detector.assess(commit);
                long took = System.nanoTime() - start;
                flagged = assessment.aiAssisted() && oversized;
                if (run >= WARM_UPS) {
                    nanos.add(took);
                }
            }
            Collections.sort(nanos);
            double ms = nanos.get(nanos.size() / 2) / 1e6;
            System.out.println(String.format(Locale.ROOT, "%6d  %14d  %10.1f  %19.2f   %7s  %9s", n,
                    commit.message().length(), ms, ms * 1000 / n, flagged, CommitBounds.exceeded(commit).isPresent()));
        }
    }

    private static Commit commit(int coAuthors) {
        StringBuilder message = new StringBuilder("Add retry\n\nBody.\n\n");
        for (int i = 0; i < coAuthors; i++) {
            message.append("Co-authored-by: Person ").append(i).append(" <person").append(i).append("@example.org>\n");
        }
        message.append("Co-authored-by: Claude <noreply@anthropic.com>\n");
        return Commit.builder("a".repeat(40)).person(PersonIdent.of("Ada", "ada@example.org"))
                .message(message.toString()).build();
    }
}

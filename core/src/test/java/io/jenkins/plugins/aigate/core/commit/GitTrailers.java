package io.jenkins.plugins.aigate.core.commit;

import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Asks the real {@code git interpret-trailers --parse} for a message's trailers, the reference for the parser. */
final class GitTrailers {
    private GitTrailers() {
    }

    /** @return git's trailers as {@code Key: value} lines */
    static List<String> of(String message) {
        ProcessBuilder builder = new ProcessBuilder("git", "interpret-trailers", "--parse");
        TestRepository.isolate(builder.environment());
        builder.redirectErrorStream(true);
        try {
            Process process = builder.start();
            Thread writer = new Thread(() -> {
                try (var in = process.getOutputStream()) {
                    in.write(message.getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // git exited early; its output tells
                }
            });
            writer.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            writer.join();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("git interpret-trailers failed: " + out);
            }
            List<String> lines = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<String> ours(String message) {
        List<String> lines = new ArrayList<>();
        for (Trailer trailer : TrailerParser.parseLikeGit(message)) {
            lines.add(trailer.key() + ": " + trailer.value());
        }
        return lines;
    }
}

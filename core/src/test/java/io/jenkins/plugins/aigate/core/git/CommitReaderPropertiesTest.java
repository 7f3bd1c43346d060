package io.jenkins.plugins.aigate.core.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.commit.Commit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Arbitrary bytes and mutated real logs: the reader returns commits or throws its own {@link CommitReadException},
 * never anything else, and never more commits than the input has {@code commit} lines (so it cannot loop).
 */
class CommitReaderPropertiesTest {
    /** Real CLI git output (raw and -m), the JGit fixture, and a changelog, concatenated shapes to mutate. */
    static final List<byte[]> SAMPLES = List.of(resource("cli-raw-sample.log"), resource("jgit-show-revision.txt"),
            resource("jgit-show-revision-windows.txt"), resource("jgit-changelog.txt"));

    static byte[] resource(String name) {
        try (InputStream in = CommitReaderPropertiesTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Property(tries = 300)
    void arbitraryBytesOnlyEverGiveCommitsOrTheReadError(@ForAll @Size(max = 600) byte[] input) {
        assertReadsSafely(input);
    }

    @Property(tries = 150)
    void arbitraryLinesAsTextOnlyEverGiveCommitsOrTheReadError(@ForAll("lines") List<String> lines) {
        int commitLines = (int) lines.stream().flatMap(l -> Arrays.stream(l.split("\n", -1)))
                .filter(l -> l.startsWith("commit ")).count();
        List<Commit> commits = new ArrayList<>();
        try {
            CommitReader.ofLines(lines, ReadLimits.defaults()).forEachRemaining(commits::add);
        } catch (CommitReadException expected) {
            assertThat(expected.lineNumber()).isPositive();
        }
        assertThat(commits.size()).isLessThanOrEqualTo(commitLines);
    }

    @Property(tries = 300)
    void mutatedRealLogsOnlyEverGiveCommitsOrTheReadError(@ForAll("mutatedLogs") byte[] input) {
        assertReadsSafely(input);
    }

    @Property(tries = 50)
    void theUnmutatedSamplesReadWithoutError(@ForAll("samples") byte[] input) {
        List<Commit> commits = new ArrayList<>();
        CommitReader.of(new ByteArrayInputStream(input)).forEachRemaining(commits::add);
        assertThat(commits).isNotEmpty();
    }

    static void assertReadsSafely(byte[] input) {
        int commitLines = countCommitLines(input);
        List<Commit> commits = new ArrayList<>();
        try (CommitReader reader = CommitReader.of(new ByteArrayInputStream(input),
                ReadLimits.defaults().withMaxCommitBytes(1 << 16))) {
            reader.forEachRemaining(commits::add);
        } catch (CommitReadException expected) {
            assertThat(expected.lineNumber()).isPositive();
            assertThat(expected.getMessage()).contains("line " + expected.lineNumber());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(commits.size()).isLessThanOrEqualTo(commitLines);
    }

    static int countCommitLines(byte[] input) {
        int count = 0;
        String text = new String(input, StandardCharsets.ISO_8859_1);
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("commit ")) {
                count++;
            }
        }
        return count;
    }

    @Provide
    Arbitrary<byte[]> samples() {
        return Arbitraries.of(SAMPLES);
    }

    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("", "    message", "commit " + "a".repeat(40), "tree " + "7".repeat(40),
                        "author A <a@x> 1700000000 +0000", "committer A <a@x> 2023-11-14T22:13:20+0000",
                        "parent ", " continuation", ":100644 100644 " + "1".repeat(40) + " " + "2".repeat(40)
                                + " R100\told new", "\r", "No signature"),
                Arbitraries.strings().ofMaxLength(40));
        return line.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<byte[]> mutatedLogs() {
        Arbitrary<byte[]> sample = Arbitraries.of(SAMPLES);
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(MutationKind.values()),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 64),
                Arbitraries.bytes()).as(Mutation::new);
        return Combinators.combine(sample, mutation.list().ofMinSize(1).ofMaxSize(4)).as((bytes, mutations) -> {
            byte[] result = bytes;
            for (Mutation m : mutations) {
                result = m.apply(result);
            }
            return result;
        });
    }

    enum MutationKind { DELETE, INSERT, OVERWRITE, DUPLICATE, TRUNCATE, NEWLINE }

    static final class Mutation {
        final MutationKind kind;
        final double position;
        final int length;
        final byte value;

        Mutation(MutationKind kind, double position, int length, byte value) {
            this.kind = kind;
            this.position = position;
            this.length = length;
            this.value = value;
        }

        byte[] apply(byte[] input) {
            int at = (int) (position * input.length);
            int end = Math.min(input.length, at + length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (kind) {
                case DELETE:
                    out.write(input, 0, at);
                    out.write(input, end, input.length - end);
                    break;
                case INSERT:
                    out.write(input, 0, at);
                    for (int i = 0; i < length; i++) {
                        out.write(value + i);
                    }
                    out.write(input, at, input.length - at);
                    break;
                case OVERWRITE:
                    byte[] copy = input.clone();
                    Arrays.fill(copy, at, end, value);
                    return copy;
                case DUPLICATE:
                    out.write(input, 0, end);
                    out.write(input, at, input.length - at);
                    break;
                case TRUNCATE:
                    out.write(input, 0, at);
                    break;
                default:
                    out.write(input, 0, at);
                    out.write('\n');
                    out.write(input, at, input.length - at);
            }
            return out.toByteArray();
        }
    }
}

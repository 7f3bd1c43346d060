package io.jenkins.plugins.aigate.core.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.aigate.core.commit.Commit;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Input no git writes gets a clear error naming the commit and the line, after every good commit before it. */
class MalformedInputTest {
    static final String A = "a".repeat(40);
    static final String B = "b".repeat(40);
    static final String T = "7".repeat(40);
    static final String IDENT = "Ada <ada@example.org> 1700000000 +0000";
    static final String HEAD = "commit " + A + "\ntree " + T + "\nauthor " + IDENT + "\ncommitter " + IDENT + "\n";
    static final String RAW = ":100644 100644 " + "1".repeat(40) + " " + "2".repeat(40) + " ";

    static CommitReader reader(String text) {
        return CommitReader.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static CommitReadException failure(String text) {
        return catchThrowableOfType(() -> reader(text).forEachRemaining(c -> { }), CommitReadException.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a commit line         | garbage\\n                                            | EXPECTED_COMMIT_LINE | 1 | false
            short id                  | commit abc123\\n                                      | BAD_COMMIT_LINE      | 1 | false
            upper-case id             | commit AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\\n    | BAD_COMMIT_LINE      | 1 | false
            text after the id         | commit @A extra\\n                                    | BAD_COMMIT_LINE      | 1 | false
            ends after commit line    | commit @A\\n                                          | TRUNCATED            | 1 | true
            ends after tree           | commit @A\\ntree @T\\n                                | TRUNCATED            | 2 | true
            bad tree id               | commit @A\\ntree xyz\\n                               | BAD_HEADER           | 2 | true
            bad parent id             | commit @A\\ntree @T\\nparent 123\\n                   | BAD_HEADER           | 3 | true
            second author             | @H author @I\\n                                       | BAD_HEADER           | 5 | true
            commit line in headers    | @H commit @B\\n                                       | BAD_HEADER           | 5 | true
            next commit before tree   | commit @A\\ncommit @B\\n                              | MISSING_HEADER       | 2 | true
            junk after the message    | @H\\n    msg\\njunk\\n                                | UNEXPECTED_LINE      | 7 | true
            raw line without tab      | @H\\n    msg\\n\\n@R M path\\n                        | BAD_RAW_LINE         | 8 | true
            raw line missing fields   | @H\\n    msg\\n\\n:100644 M\\tpath\\n                 | BAD_RAW_LINE         | 8 | true
            unknown status            | @H\\n    msg\\n\\n@R Z\\tpath\\n                      | BAD_RAW_LINE         | 8 | true
            rename without new path   | @H\\n    msg\\n\\n@R R100\\told\\n                    | BAD_RAW_LINE         | 8 | true
            unterminated quote        | @H\\n    msg\\n\\n@R M\\t"open\\n                     | BAD_QUOTING          | 8 | true
            bad escape                | @H\\n    msg\\n\\n@R M\\t"a\\q"\\n                    | BAD_QUOTING          | 8 | true
            octal escape too large    | @H\\n    msg\\n\\n@R M\\t"\\777"\\n                   | BAD_QUOTING          | 8 | true
            from a non-parent         | commit @A (from @B)\\ntree @T\\nauthor @I\\ncommitter @I\\n\\n | BAD_COMMIT_LINE | 5 | true
            """)
    void malformedInputNamesTheCommitAndTheLine(String name, String input, ReadProblem problem, long line,
            boolean idKnown) {
        String text = input.replace("\\n", "\n").replace("\\t", "\t").replace("@H ", HEAD).replace("@H", HEAD)
                .replace("@A", A).replace("@B", B).replace("@T", T).replace("@I", IDENT).replace("@R", RAW.trim());

        CommitReadException e = failure(text);

        assertThat(e).as(name).isInstanceOf(CommitFormatException.class);
        assertThat(e.problem()).as(name).isEqualTo(problem);
        assertThat(e.lineNumber()).as(name).isEqualTo(line);
        assertThat(e.commitId().isPresent()).as(name).isEqualTo(idKnown);
        assertThat(e.getMessage()).as(name).contains("line " + line);
        if (idKnown) {
            assertThat(e.commitId()).hasValue(A);
            assertThat(e.getMessage()).contains(A);
        }
    }

    @Test
    void aCommitWithoutACommitterLineIsReturnedMarkedUnreadable() {
        String text = "commit " + A + "\ntree " + T + "\nauthor " + IDENT + "\n\n    msg\n";
        java.util.List<io.jenkins.plugins.aigate.core.commit.Commit> commits = new java.util.ArrayList<>();
        reader(text).forEachRemaining(commits::add);
        assertThat(commits).singleElement().satisfies(c -> {
            assertThat(c.unreadable()).contains("the commit has no committer line");
            assertThat(c.message()).isEqualTo("msg");
        });
    }

    @Test
    void goodCommitsBeforeABadOneAreReturnedAndTheErrorNamesTheBadOne() {
        String text = HEAD + "\n    first\n\ncommit " + B + "\ntree nope\n";
        CommitReader reader = reader(text);

        assertThat(reader.next().id()).isEqualTo(A);
        CommitFormatException e = catchThrowableOfType(reader::hasNext, CommitFormatException.class);
        assertThat(e.commitId()).hasValue(B);
        assertThat(e.lineNumber()).isEqualTo(9);
        // no skipping ahead: the error stays
        assertThat(catchThrowableOfType(reader::hasNext, CommitFormatException.class)).isSameAs(e);
    }

    @Test
    void emptyInputHasNoCommitsAndBlankLinesBeforeTheFirstAreSkipped() {
        assertThat(reader("").hasNext()).isFalse();
        assertThat(reader("\n\n" + HEAD).next().id()).isEqualTo(A);
    }

    @Test
    void tooManyCommitsFailsClosedAfterTheLimit() {
        String two = HEAD + "\n    one\n\n" + HEAD.replace(A, B) + "\n    two\n";
        CommitReader reader = CommitReader.of(new ByteArrayInputStream(two.getBytes(StandardCharsets.UTF_8)),
                ReadLimits.defaults().withMaxCommits(1));

        assertThat(reader.next().id()).isEqualTo(A);
        CommitLimitException e = catchThrowableOfType(reader::hasNext, CommitLimitException.class);
        assertThat(e.problem()).isEqualTo(ReadProblem.TOO_MANY_COMMITS);
        assertThat(e.lineNumber()).isEqualTo(8);
    }

    @Test
    void aCommitLargerThanTheLimitFailsClosed() {
        String big = HEAD + "\n" + "    line of text\n".repeat(100);
        ReadLimits limits = ReadLimits.defaults().withMaxCommitBytes(1000);

        CommitLimitException manyLines = catchThrowableOfType(() -> CommitReader.of(
                new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)), limits).next(),
                CommitLimitException.class);
        CommitLimitException oneLongLine = catchThrowableOfType(() -> CommitReader.of(
                new ByteArrayInputStream((HEAD + "\n    " + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8)),
                limits).next(), CommitLimitException.class);
        CommitLimitException asText = catchThrowableOfType(() -> CommitReader.ofLines(
                List.of(big.split("\n")), limits).next(), CommitLimitException.class);

        for (CommitLimitException e : List.of(manyLines, oneLongLine, asText)) {
            assertThat(e.problem()).isEqualTo(ReadProblem.COMMIT_TOO_LARGE);
            assertThat(e.commitId()).hasValue(A);
            assertThat(e.getMessage()).contains("1000 bytes");
        }
        assertThat(oneLongLine.lineNumber()).isEqualTo(6);
    }

    @Test
    void theLimitCountsEveryPerParentBlockOfAMerge() {
        String block = "commit " + A + " (from %s)\ntree " + T + "\nparent " + B + "\nparent " + "c".repeat(40)
                + "\nauthor " + IDENT + "\ncommitter " + IDENT + "\n\n    merge\n\n";
        String merge = String.format(block, B) + String.format(block, "c".repeat(40));
        int oneBlock = String.format(block, B).length();

        List<Commit> fits = new ArrayList<>();
        CommitReader.of(new ByteArrayInputStream(merge.getBytes(StandardCharsets.UTF_8)),
                ReadLimits.defaults().withMaxCommitBytes(merge.length())).forEachRemaining(fits::add);
        CommitLimitException e = catchThrowableOfType(() -> CommitReader.of(
                new ByteArrayInputStream(merge.getBytes(StandardCharsets.UTF_8)),
                ReadLimits.defaults().withMaxCommitBytes(oneBlock + 50)).next(), CommitLimitException.class);

        assertThat(fits).hasSize(1);
        assertThat(e.problem()).isEqualTo(ReadProblem.COMMIT_TOO_LARGE);
    }
}

package io.jenkins.plugins.aigate.core.commit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TrailerParserTest {
    static Stream<Arguments> messages() {
        return Stream.of(
                Arguments.of("all trailers", "Subject\n\nCo-authored-by: A <a@x>\nAssisted-by: Claude\n",
                        List.of("Co-authored-by: A <a@x>", "Assisted-by: Claude")),
                Arguments.of("prose then one trailer", "Subject\n\none\ntwo\nthree\nCo-authored-by: A <a@x>\n",
                        List.of()),
                Arguments.of("25 % with Signed-off-by",
                        "Subject\n\none\ntwo\nthree\nSigned-off-by: B <b@x>\nCo-authored-by: A <a@x>\n",
                        List.of("Signed-off-by: B <b@x>", "Co-authored-by: A <a@x>")),
                Arguments.of("50 % without git-generated key", "Subject\n\nCo-authored-by: A <a@x>\nprose\n",
                        List.of()),
                Arguments.of("divider ends the message", "Subject\n\nCo-authored-by: A <a@x>\n---\ntext\n",
                        List.of("Co-authored-by: A <a@x>")),
                Arguments.of("subject never holds trailers", "Co-authored-by: A <a@x>\n", List.of()),
                Arguments.of("subject and trailer without blank line", "Subject\nCo-authored-by: A <a@x>\n",
                        List.of()),
                Arguments.of("whitespace before the colon", "Subject\n\nCo-authored-by : A <a@x>\n",
                        List.of("Co-authored-by: A <a@x>")),
                Arguments.of("tab before the colon", "Subject\n\nAssisted-by\t: Claude\n",
                        List.of("Assisted-by: Claude")),
                Arguments.of("continuation lines fold", "Subject\n\nAssisted-by: Claude\n  Code with\n\tOpus\n",
                        List.of("Assisted-by: Claude Code with Opus")),
                Arguments.of("key keeps case", "Subject\n\nco-AUTHORED-by: A <a@x>\n",
                        List.of("co-AUTHORED-by: A <a@x>")),
                Arguments.of("cherry pick counts as git-generated",
                        "Subject\n\nprose\nmore prose\nthird\nCo-authored-by: A <a@x>\n"
                                + "(cherry picked from commit 0123456789abcdef0123456789abcdef01234567)\n",
                        List.of("Co-authored-by: A <a@x>")),
                Arguments.of("a comment ends a value", "S\n\nSigned-off-by: A <a@x>\n# note\n  continued\nK: v\n",
                        List.of("Signed-off-by: A <a@x>", "K: v")),
                Arguments.of("a comment makes a continuation prose", "S\n\nAssisted-by: C\n# note\n  continued\n",
                        List.of()),
                Arguments.of("comment lines ignored", "Subject\n\nCo-authored-by: A <a@x>\n# a comment\n",
                        List.of("Co-authored-by: A <a@x>")),
                Arguments.of("only the last paragraph",
                        "Subject\n\nCo-authored-by: X <x@x>\n\nbody text\n\nAssisted-by: Claude\n",
                        List.of("Assisted-by: Claude")),
                Arguments.of("CRLF line ends", "Subject\r\n\r\nCo-authored-by: A <a@x>\r\n",
                        List.of("Co-authored-by: A <a@x>")),
                Arguments.of("trailing blank lines", "Subject\n\nAssisted-by: Claude\n\n\n\n",
                        List.of("Assisted-by: Claude")),
                Arguments.of("GitHub squash block",
                        "Add abort support (#26595)\n\n* Add abort support\n\n* Update FormFieldValidatorTest.java\n\n"
                                + "Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>\n\n---------\n\n"
                                + "Co-authored-by: Kevin <kevin@example.local>\n"
                                + "Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>\n",
                        List.of("Co-authored-by: Kevin <kevin@example.local>",
                                "Co-authored-by: Copilot <175728472+Copilot@users.noreply.github.com>")),
                Arguments.of("a URL's scheme reads as a key, as in git", "Subject\n\nhttps://claude.ai/code/session_01abc\n",
                        List.of("https: //claude.ai/code/session_01abc")),
                Arguments.of("space inside key", "Subject\n\nCo authored by: A\n", List.of()),
                Arguments.of("empty value", "Subject\n\nAssisted-by:\n", List.of("Assisted-by: ")),
                Arguments.of("empty message", "", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("messages")
    void agreesWithGit(String name, String message, List<String> expected) {
        assertThat(stripped(GitTrailers.ours(message))).as("our parser").isEqualTo(stripped(expected));
        assertThat(TrailerParser.parse(message)).as("leniency changes nothing here")
                .isEqualTo(TrailerParser.parseLikeGit(message));
        assertThat(stripped(GitTrailers.of(message))).as("git interpret-trailers --parse")
                .isEqualTo(stripped(expected));
    }

    /** An empty value prints as {@code Key: }; compare without trailing blanks. */
    private static List<String> stripped(List<String> lines) {
        return lines.stream().map(String::stripTrailing).toList();
    }

    @Test
    void squashBlockWithoutBlankLineAfterDashesStillCounts() {
        String message = "Title (#1)\n\n* one\n* two\n\n---------\nCo-authored-by: Copilot <198982749+Copilot@users."
                + "noreply.github.com>\nCo-authored-by: Ada <ada@example.org>\n";
        assertThat(TrailerParser.parse(message)).extracting(Trailer::key, Trailer::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Co-authored-by", "Copilot <198982749+Copilot@users.noreply.github.com>"),
                org.assertj.core.groups.Tuple.tuple("Co-authored-by", "Ada <ada@example.org>"));
        assertThat(GitTrailers.of(message)).as("git itself does not read this block").isEmpty();
        assertThat(TrailerParser.parseLikeGit(message)).isEmpty();
    }

    @Test
    void keysCompareIgnoringCase() {
        Trailer trailer = TrailerParser.parse("S\n\nCO-AUTHORED-BY: A <a@x>").get(0);
        assertThat(trailer.hasKey("Co-authored-by")).isTrue();
        assertThat(trailer.key()).isEqualTo("CO-AUTHORED-BY");
    }

    @Test
    void hugeMessageIsLinear() {
        StringBuilder message = new StringBuilder("Subject\n\n");
        for (int i = 0; i < 200_000; i++) {
            message.append("Co-authored-by: Person ").append(i).append(" <p").append(i).append("@example.org>\n");
        }
        assertThat(TrailerParser.parse(message.toString())).hasSize(200_000);
    }
}

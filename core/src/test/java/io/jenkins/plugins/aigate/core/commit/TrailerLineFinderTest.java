package io.jenkins.plugins.aigate.core.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrailerLineFinderTest {
    private final TrailerLineFinder finder = new TrailerLineFinder(List.of("Co-authored-by", "Claude-Session"));

    private List<TrailerMention> find(String message) {
        return finder.find(message);
    }

    @Test
    void findsKeysMidBodyAndFlattened() {
        assertThat(find("Fix it Co-authored-by: Claude <noreply@anthropic.com> Claude-Session: https://x/s_1"))
                .extracting(m -> m.trailer().key(), m -> m.trailer().value(), TrailerMention::lineIndex)
                .containsExactly(tuple("Co-authored-by", "Claude <noreply@anthropic.com>", 0),
                        tuple("Claude-Session", "https://x/s_1", 0));
        assertThat(find("Subject\n\nCo-authored-by: A <a@x>\n\nprose after\n")).extracting(TrailerMention::lineIndex)
                .containsExactly(2);
    }

    @Test
    void toleratesSpaceBeforeColonAndAnyCase() {
        assertThat(find("x\nco-AUTHORED-by :  B <b@x>\r\n")).extracting(m -> m.trailer().value())
                .containsExactly("B <b@x>");
    }

    @Test
    void keyMustStartAWord() {
        assertThat(find("X-Co-authored-by: A\n`Co-authored-by: B`\nfooCo-authored-by: C")).isEmpty();
    }

    @Test
    void skipsQuotesListsAndCode() {
        assertThat(find("> Co-authored-by: A\n- Co-authored-by: A\n* Co-authored-by: A\n+ Co-authored-by: A\n"
                + "1. Co-authored-by: A\n12) Co-authored-by: A\n    Co-authored-by: A\n\tCo-authored-by: A\n"
                + "```\nCo-authored-by: A\n```\nCo-authored-by: found\n")).extracting(m -> m.trailer().value())
                .containsExactly("found");
    }

    @Test
    void unknownKeysAndEmptyInput() {
        assertThat(find("Signed-off-by: A\nReviewed-by: B")).isEmpty();
        assertThat(find("")).isEmpty();
        assertThat(new TrailerLineFinder(List.of()).find("Co-authored-by: A")).isEmpty();
    }

    @Test
    void longLinesAreLinear() {
        String line = "word ".repeat(1_000_000) + "Co-authored-by: A <a@x>";
        assertThat(find(line)).hasSize(1);
        assertThat(find(":".repeat(2_000_000))).isEmpty();
    }
}

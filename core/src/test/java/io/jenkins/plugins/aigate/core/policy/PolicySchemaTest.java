package io.jenkins.plugins.aigate.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.CustomRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PolicySchemaTest {

    @Test
    void theDocumentationListsExactlyTheSchemasKeysInOrder() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "policy.md"));
        String table = docs.substring(docs.indexOf("## Every key"), docs.indexOf("**Jenkins-only keys.**"));
        List<String> documented = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Za-z]+)` \\|").matcher(table);
        while (row.find()) {
            documented.add(row.group(1));
        }

        assertThat(documented).containsExactlyElementsOf(PolicySchema.names());
    }

    @Test
    void everyKeyHasItsDocumentationLineAndValues() {
        for (PolicyKey<?> key : PolicySchema.keys()) {
            assertThat(key.documentation()).as(key.name()).isNotBlank().doesNotContain("\n");
            assertThat(key.values()).as(key.name()).isNotBlank();
        }
        assertThat(PolicySchema.find("mode")).hasValueSatisfying(
                mode -> assertThat(mode.allowedValues()).containsExactly("off", "observe", "enforce"));
        assertThat(PolicySchema.find("mode").orElseThrow().defaultValue()).isEqualTo("enforce");
        assertThat(PolicySchema.find("timeoutMinutes").orElseThrow().defaultValue()).isNull();
    }

    @Test
    void thePlainTreeReadsBackToTheSamePolicy() {
        Policy policy = Policy.builder().mode(Mode.OBSERVE).requiredApprovals(2)
                .approvers(Principals.of(List.of("seniors"), List.of("cto")))
                .identity(Identity.of("alice", List.of("alice@example.com"), List.of("alice-gh")))
                .rule(PathRule.builder("infra").paths("infra/**").requiredApprovals(3))
                .timeoutMinutes(30)
                .customSignal(new CustomRule("acme", "message", "acme", "Acme", Confidence.WEAK))
                .nonAiBots(List.of("release-bot[bot]"))
                .build();

        PolicyReading reading = PolicyTreeReader.literal().read(tree(PolicySchema.plainTree(policy)));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.policy()).hasValue(policy);
    }

    @Test
    void problemsAreKeyedByPathAndCarryTheirPosition() {
        TreeNode rules = TreeNode.sequence(List.of(TreeNode.mapping(List.of(
                new TreeNode.Entry("name", SourcePosition.of(3, 5), TreeNode.scalar("docs", SourcePosition.of(3, 11))),
                new TreeNode.Entry("paths", SourcePosition.of(4, 5), TreeNode.sequence(List.of(
                        TreeNode.scalar("/docs/", SourcePosition.of(4, 13))), SourcePosition.of(4, 12)))),
                SourcePosition.of(3, 5))), SourcePosition.of(3, 3));
        TreeNode root = TreeNode.mapping(List.of(
                new TreeNode.Entry("mode", SourcePosition.of(1, 1), TreeNode.scalar("Enforce", SourcePosition.of(1, 7))),
                new TreeNode.Entry("rules", SourcePosition.of(2, 1), rules)), SourcePosition.of(1, 1));

        PolicyReading reading = PolicyTreeReader.literal().read(root);

        assertThat(reading.policy()).isEmpty();
        assertThat(reading.problems()).extracting(p -> p.problem().path(), p -> p.problem().kind(),
                LocatedProblem::position).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("mode", ProblemKind.INVALID_VALUE, SourcePosition.of(1, 7)),
                        org.assertj.core.groups.Tuple.tuple("rules[0].paths[0]", ProblemKind.INVALID_GLOB,
                                SourcePosition.of(4, 13)));
        assertThat(reading.problems().get(0).problem().message()).contains("case-sensitive: write 'enforce'");
    }

    @Test
    void theFingerprintKeepsItsOriginalEscapingOfControlCharacters() {
        // DEL and a tab: the fingerprint's canonical form writes both as u-escapes, as the first fingerprints did
        Policy policy = Policy.builder().customSignal(new CustomRule("x", "message", "a\tb\u007f", "t",
                Confidence.WEAK)).build();

        assertThat(policy.canonicalForm()).contains("\"pattern\":\"a\\u0009b\\u007f\"");
    }

    @Test
    void aRichPolicyKeepsTheFingerprintEarlierBuildsGaveIt() {
        // computed by the build before the schema existed: audit records carry it
        Policy policy = Policy.builder().mode(Mode.OBSERVE).requiredApprovals(3)
                .approvers(Principals.of(List.of("z\u00e9", "a\"b\\c"), List.of("u\u2028x")))
                .identity(Identity.of("bob", List.of("Bob@Example.org"), List.of("bobgh")))
                .rule(PathRule.builder("r\u00ff").paths("a/**", "b/*.md").requiredApprovals(4))
                .rule(PathRule.builder("docs").paths("docs/**").exempt(true))
                .timeoutMinutes(90).onTimeout(TimeoutAction.FAIL).unknownBaseline(FallbackAction.PASS)
                .customSignal(new CustomRule("acme", "message", "a\tb\u007f\ud83d\ude00\\\"", "Acme \u0001",
                        Confidence.DEFINITIVE))
                .disabledRule("id-18").aiLabels(List.of("AI", "ai", "x")).nonAiBots(List.of("rel-bot[bot]"))
                .flagThreshold(Confidence.WEAK).allowTokenVotes(true).separationOfDuties(false)
                .breakGlass(Principals.of(List.of("sre"), List.of()))
                .build();

        assertThat(policy.fingerprint()).isEqualTo("5394fb4ed3bba0b52eb3526a7df8a92bccc5c0e365ef1a0e22432a37e159c016");
        assertThat(Policy.defaults().fingerprint())
                .isEqualTo("757189a84a65261b9cb352cce294dfc263a6d7de51c2225cb41e8355309a7a8a");
    }

    /** Plain maps, lists and scalars as a tree without positions, as a form gives them. */
    @SuppressWarnings("unchecked")
    private static TreeNode tree(Object plain) {
        if (plain == null) {
            return TreeNode.empty(null);
        }
        if (plain instanceof Map) {
            List<TreeNode.Entry> entries = new ArrayList<>();
            ((Map<String, Object>) plain).forEach((key, value) -> entries.add(new TreeNode.Entry(key, null,
                    tree(value))));
            return TreeNode.mapping(entries, null);
        }
        if (plain instanceof List) {
            List<TreeNode> items = new ArrayList<>();
            ((List<Object>) plain).forEach(item -> items.add(tree(item)));
            return TreeNode.sequence(items, null);
        }
        return TreeNode.scalar(String.valueOf(plain), null);
    }
}

package io.jenkins.plugins.aigate.cli.policyfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.aigate.core.detection.Confidence;
import io.jenkins.plugins.aigate.core.detection.CustomRule;
import io.jenkins.plugins.aigate.core.policy.FallbackAction;
import io.jenkins.plugins.aigate.core.policy.Identity;
import io.jenkins.plugins.aigate.core.policy.Mode;
import io.jenkins.plugins.aigate.core.policy.PathRule;
import io.jenkins.plugins.aigate.core.policy.Policy;
import io.jenkins.plugins.aigate.core.policy.PolicySchema;
import io.jenkins.plugins.aigate.core.policy.Principals;
import io.jenkins.plugins.aigate.core.policy.ProblemKind;
import io.jenkins.plugins.aigate.core.policy.TimeoutAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyYamlTest {
    /** The documented JCasC sample: one file for Jenkins and the CLI. */
    private static final Path SAMPLE = Path.of("..", "docs", "examples", "jenkins-casc.yaml");

    private static PolicyFileException failure(String yaml) {
        return catchThrowableOfType(PolicyFileException.class, () -> PolicyYaml.parse(yaml, "policy.yaml"));
    }

    private static List<Tuple> where(PolicyFileException e) {
        return e.problems().stream().map(p -> new Tuple(p.line(), p.path(), p.kind())).toList();
    }

    @Test
    void readsTheDocumentedJcascSample() throws Exception {
        PolicyDocument document = PolicyYaml.read(SAMPLE);
        Policy policy = document.policy();

        assertThat(document.form()).isEqualTo(PolicyDocument.Form.JCASC);
        assertThat(policy.mode()).isEqualTo(Mode.ENFORCE);
        assertThat(policy.approvers()).isEqualTo(Principals.of(List.of("senior-engineers"), List.of("cto")));
        assertThat(policy.identities()).extracting(Identity::id).containsExactly("alice", "bob");
        assertThat(policy.rules()).extracting(PathRule::name)
                .containsExactly("pipeline-definition", "infrastructure", "payments", "documentation");
        assertThat(policy.rules().get(0).matches("ci/lib/deploy.groovy")).isTrue();
        assertThat(policy.rules().get(3).exempt()).isTrue();
        assertThat(policy.timeoutMinutes()).hasValue(1440);
        assertThat(policy.breakGlass().groups()).containsExactly("sre-leads");
        assertThat(policy.customSignals()).containsExactly(new CustomRule("acme-assistant",
                "trailer:X-Acme-Assistant", ".+", "Acme internal assistant", Confidence.STRONG));
        assertThat(document.jenkinsSettings()).containsOnlyKeys("auditKeyCredentialsId", "githubApiUrl",
                "githubCredentialsId", "jobIncludePattern");
        assertThat(document.notes()).extracting(PolicyFileNote::path, PolicyFileNote::kind).containsExactly(
                new Tuple("auditKeyCredentialsId", PolicyFileNote.Kind.IGNORED_KEY),
                new Tuple("githubApiUrl", PolicyFileNote.Kind.IGNORED_KEY),
                new Tuple("githubCredentialsId", PolicyFileNote.Kind.IGNORED_KEY),
                new Tuple("jobIncludePattern", PolicyFileNote.Kind.IGNORED_KEY));
        assertThat(document.notes().get(0).line()).isEqualTo(Files.readAllLines(SAMPLE)
                .indexOf("    auditKeyCredentialsId: ai-gate-audit-key") + 1);
    }

    @Test
    void aBareMappingAndItsJcascFormGiveTheSamePolicy() throws Exception {
        String bare = "mode: observe\nrequiredApprovals: 2\napprovers:\n  groups: [leads]\n";
        String jcasc = "unclassified:\n  aiGate:\n    mode: observe\n    requiredApprovals: 2\n"
                + "    approvers:\n      groups: [leads]\n";

        PolicyDocument fromBare = PolicyYaml.parse(bare, "bare.yaml");
        PolicyDocument fromJcasc = PolicyYaml.parse(jcasc, "casc.yaml");

        assertThat(fromBare.form()).isEqualTo(PolicyDocument.Form.BARE);
        assertThat(fromBare.policy().fingerprint()).isEqualTo(fromJcasc.policy().fingerprint());
        assertThat(fromBare.policy()).isEqualTo(Policy.builder().mode(Mode.OBSERVE).requiredApprovals(2)
                .approvers(Principals.of(List.of("leads"), List.of())).build());
    }

    @Test
    void emptyValuesMeanEmptyWhereThatIsHarmless() throws Exception {
        Policy policy = PolicyYaml.parse("approvers:\nbreakGlass:\nidentities:\ndisabledRules:\ncustomSignals:\n"
                + "timeoutMinutes:\nrules:\n", "p.yaml").policy();

        assertThat(policy).isEqualTo(Policy.defaults());
        assertThat(where(failure("mode:\nrules:\n  - name:\n    paths:\n"))).containsExactly(
                new Tuple(1, "mode", ProblemKind.INVALID_VALUE),
                new Tuple(3, "rules[0].name", ProblemKind.REQUIRED),
                new Tuple(4, "rules[0].paths", ProblemKind.REQUIRED));
    }

    @Test
    void reportsEveryProblemWithItsLineAndKey() {
        PolicyFileException e = failure(String.join("\n",
                "mode: enforced",                  // 1
                "requiredApprovals: two",          // 2
                "aprovers:",                       // 3
                "  groups: [x]",                   // 4
                "rules:",                          // 5
                "  - name: docs",                  // 6
                "    paths: [/docs/]",             // 7
                "    exempt: yes",                 // 8
                "  - name: infra",                 // 9
                "    paths: [infra/**]",           // 10
                "    requiredApprovals: 0",        // 11
                "    colour: red",                 // 12
                "maxCommits: 0",                   // 13
                "unknownBaseline: Pass",           // 14
                "identities:",                     // 15
                "  - id: alice",                   // 16
                "    emails: [nope]",              // 17
                ""));

        assertThat(where(e)).containsExactly(
                new Tuple(1, "mode", ProblemKind.INVALID_VALUE),
                new Tuple(2, "requiredApprovals", ProblemKind.INVALID_VALUE),
                new Tuple(3, "aprovers", ProblemKind.UNKNOWN_KEY),
                new Tuple(7, "rules[0].paths[0]", ProblemKind.INVALID_GLOB),
                new Tuple(8, "rules[0].exempt", ProblemKind.INVALID_VALUE),
                new Tuple(11, "rules[1].requiredApprovals", ProblemKind.OUT_OF_RANGE),
                new Tuple(12, "rules[1].colour", ProblemKind.UNKNOWN_KEY),
                new Tuple(13, "maxCommits", ProblemKind.OUT_OF_RANGE),
                new Tuple(14, "unknownBaseline", ProblemKind.INVALID_VALUE),
                new Tuple(17, "identities[0].emails", ProblemKind.INVALID_VALUE));
        assertThat(e.problems().get(0).message()).isEqualTo("must be one of off, observe, enforce, not 'enforced'");
        assertThat(e.problems().get(2).message()).endsWith("did you mean 'approvers'?");
        assertThat(e.problems().get(8).message()).contains("case-sensitive: write 'pass'");
        assertThat(e.getMessage()).startsWith("policy.yaml:1:7: mode: must be one of")
                .contains("\npolicy.yaml:3:1: aprovers: unknown key");
    }

    @Test
    void aPolicyErrorInsideAJcascFileNamesItsLine() {
        PolicyFileException e = failure("jenkins:\n  numExecutors: 0\nunclassified:\n  location:\n    url: x\n"
                + "  aiGate:\n    mode: enforce\n    timeoutMinutes: -1\n    approvers:\n      groups: leads\n");

        assertThat(where(e)).containsExactly(
                new Tuple(8, "timeoutMinutes", ProblemKind.OUT_OF_RANGE),
                new Tuple(10, "approvers.groups", ProblemKind.INVALID_VALUE));
        assertThat(e.problems().get(1).message()).startsWith("must be a list");
    }

    @Test
    void aJcascFileWithoutAiGateSaysWhereThePolicyBelongs() {
        assertThat(failure("jenkins:\n  numExecutors: 0\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'unclassified: aiGate:'"));
        assertThat(failure("unclassified:\n  location:\n    url: x\n").problems()).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.path()).isEqualTo("unclassified.aiGate");
                });
        assertThat(failure("aiGate:\n  mode: off\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("under 'unclassified: aiGate:'"));
    }

    @Test
    void interpolationIsNotPerformedAndSaysSo() throws Exception {
        PolicyDocument document = PolicyYaml.parse("approvers:\n  groups:\n    - ${SENIOR_GROUP}\n"
                + "    - cost^${x}\nauditKeyCredentialsId: ${AUDIT_KEY}\n", "p.yaml");

        assertThat(document.policy().approvers().groups()).containsExactly("${SENIOR_GROUP}", "cost${x}");
        assertThat(document.notes()).extracting(PolicyFileNote::line, PolicyFileNote::path, PolicyFileNote::kind)
                .containsExactly(new Tuple(3, "approvers.groups[0]", PolicyFileNote.Kind.NOT_INTERPOLATED),
                        new Tuple(5, "auditKeyCredentialsId", PolicyFileNote.Kind.IGNORED_KEY));
        assertThat(document.notes().get(0).message()).contains("the CLI does not");

        PolicyFileException typed = failure("requiredApprovals: ${APPROVALS}\nmode: ${MODE}\n");
        assertThat(typed.problems()).extracting(PolicyFileProblem::message).allSatisfy(
                message -> assertThat(message).contains("does not perform Configuration-as-Code ${...} interpolation"));
    }

    @Test
    void unreadableInputIsReportedNotGuessed(@TempDir Path dir) throws Exception {
        assertThat(failure("").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("empty"));
        assertThat(failure("mode: [unclosed\n").problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.UNREADABLE);
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("not valid YAML");
        });
        assertThat(failure("mode: off\n---\nmode: enforce\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("more than one YAML document"));
        assertThat(failure("- mode\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not a list"));
        assertThat(failure("mode: off\nmode: enforce\n").problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.kind()).isEqualTo(ProblemKind.DUPLICATE);
        });
        assertThat(failure("identities:\n  alice:\n    emails: [a@b.c]\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("list of '- id: ...' entries"));
        // a billion-laughs style alias bomb is refused by the loader's limits, not expanded
        StringBuilder bomb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*")
                    .append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        assertThat(failure(bomb.toString()).problems()).singleElement()
                .satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.UNREADABLE));
        // a value that contains itself is refused, not walked forever; shared aliases are read once each
        assertThat(failure("aiLabels: &x [a, *x]\n").problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.UNREADABLE);
            assertThat(p.line()).isEqualTo(1);
        });
        assertThat(PolicyYaml.parse("breakGlass:\n  groups: &h [sre]\napprovers:\n  groups: *h\n", "p.yaml")
                .policy().approvers().groups()).containsExactly("sre");
        // a YAML type tag naming a Java class is refused outright, never constructed
        assertThat(failure("mode: !!java.io.File enforce\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("tag"));

        Path missing = dir.resolve("nope.yaml");
        PolicyFileException none = catchThrowableOfType(PolicyFileException.class, () -> PolicyYaml.load(missing));
        assertThat(none.getMessage()).isEqualTo(missing + ": no such file");
        Path binary = dir.resolve("bin.yaml");
        Files.write(binary, new byte[] {'m', (byte) 0xff, '\n'});
        assertThat(catchThrowableOfType(PolicyFileException.class, () -> PolicyYaml.load(binary)).getMessage())
                .endsWith("not UTF-8 text");
        Path huge = dir.resolve("huge.yaml");
        Files.write(huge, ("# " + "x".repeat(PolicyYaml.MAX_FILE_BYTES) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(catchThrowableOfType(PolicyFileException.class, () -> PolicyYaml.load(huge)).getMessage())
                .contains("larger than");
    }

    @Test
    void dumpShowsEveryKeyWithDefaultsAndReadsBackToTheSamePolicy() throws Exception {
        Policy policy = Policy.builder()
                .mode(Mode.OBSERVE)
                .requiredApprovals(2)
                .approvers(Principals.of(List.of("seniors"), List.of("yes", "123", "~")))
                .identity(Identity.of("alice", List.of("alice@example.com"), List.of("alice-gh")))
                .rule(PathRule.builder("docs").paths("docs/**", "*.md").exempt(true))
                .rule(PathRule.builder("infra").paths("infra/**").requiredApprovals(3))
                .unknownBaseline(FallbackAction.PASS)
                .timeoutMinutes(60)
                .onTimeout(TimeoutAction.FAIL)
                .customSignal(new CustomRule("acme", "message", "(?i)^made by: \"acme\"$", "Acme", Confidence.WEAK))
                .disabledRule("ID-18")
                .breakGlass(Principals.of(List.of(), List.of("root")))
                .build();

        String yaml = PolicyYaml.dump(policy);
        Policy back = PolicyYaml.parse(yaml, "dump.yaml").policy();

        assertThat(back.fingerprint()).isEqualTo(policy.fingerprint());
        for (String key : PolicySchema.names()) {
            assertThat(yaml).as(key).containsPattern("(?m)^" + key + ":");
        }
        assertThat(PolicyYaml.parse(PolicyYaml.dumpJcasc(policy), "casc.yaml").policy()).isEqualTo(policy);
        String defaults = PolicyYaml.dump(Policy.defaults());
        assertThat(defaults).contains("mode: enforce\n", "requiredApprovals: 1\n", "timeoutMinutes: null\n",
                "maxCommits: 1000\n", "- name: pipeline-definition\n");
        assertThat(PolicyYaml.parse(defaults, "d.yaml").policy()).isEqualTo(Policy.defaults());
    }

    @Test
    void everyDocumentedKeyIsReadAndNoOtherIsAccepted() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "policy.md"));
        for (String key : PolicySchema.names()) {
            assertThat(docs).as("docs/policy.md documents " + key).contains("`" + key + "`");
        }
        for (String key : PolicyYamlReader.JENKINS_ONLY_KEYS) {
            assertThat(docs).as("docs/policy.md documents " + key).contains("`" + key + "`");
        }
        assertThat(failure("requiredApproval: 2\n").problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.UNKNOWN_KEY);
            assertThat(p.message()).endsWith("did you mean 'requiredApprovals'?");
        });
    }

    @Test
    void aConfigurationAsCodeFileWithStrayOrMisIndentedPolicyKeysIsAnError() {
        PolicyFileException stray = failure("""
                mode: enforce
                unclassified:
                  aiGate:
                    requiredApprovals: 1
                """);
        assertThat(where(stray)).containsExactly(new Tuple(1, "mode", ProblemKind.UNKNOWN_KEY));
        assertThat(stray.problems().get(0).message()).contains("policy keys go under 'unclassified: aiGate:'");

        PolicyFileException misIndented = failure("""
                unclassified:
                  location:
                    url: https://ci.example.com/
                  aiGate:
                    mode: enforce
                  requiredApprovals: 3
                """);
        assertThat(where(misIndented)).containsExactly(new Tuple(6, "unclassified.requiredApprovals",
                ProblemKind.UNKNOWN_KEY));
        assertThat(misIndented.problems().get(0).message()).contains("indent it under 'aiGate:'");
    }

    @Test
    void showJcascEscapesInterpolationAndReadsBackToTheSameFingerprint() throws Exception {
        PolicyDocument read = PolicyYaml.parse("""
                unclassified:
                  aiGate:
                    approvers:
                      groups: ["^${LITERAL}", seniors]
                      users: ["a^${b}c"]
                """, "casc.yaml");
        Policy policy = read.policy();
        assertThat(policy.approvers().groups()).contains("${LITERAL}");
        String jcasc = PolicyYaml.dumpJcasc(policy);
        assertThat(jcasc).contains("^${LITERAL}").contains("a^${b}c").doesNotContain(" ${").doesNotContain("'${");
        assertThat(PolicyYaml.parse(jcasc, "shown.yaml").policy().fingerprint()).isEqualTo(policy.fingerprint());
        assertThat(PolicyYaml.parse(PolicyYaml.dump(policy), "bare.yaml").policy().fingerprint())
                .isEqualTo(policy.fingerprint());
    }

    @Test
    void theDocumentedTypicalPolicyAndTheExampleFileAreTheSamePolicy() throws Exception {
        String docs = Files.readString(Path.of("..", "docs", "policy.md"));
        String section = docs.substring(docs.indexOf("## A typical company's policy"));
        String yaml = section.substring(section.indexOf("```yaml\n") + 8, section.indexOf("```\n", 10));
        Policy typical = PolicyYaml.parse(yaml, "policy.md").policy();
        assertThat(typical.fingerprint()).isEqualTo(PolicyYaml.read(SAMPLE).policy().fingerprint());
    }

    @Test
    void aNestingDepthErrorNamesItsLine() {
        String deep = "mode: enforce\nrules:\n  - paths: " + "[".repeat(30) + "]".repeat(30) + "\n";
        PolicyFileException e = failure(deep);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("nested deeper than");
        });
    }
}

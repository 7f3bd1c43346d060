package io.jenkins.plugins.aigate.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.aigate.cli.CliRun;
import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aigate scan} reports identities that only ever co-author, over a real repository. */
class ScanProbableToolIdentitiesTest {
    private static final String AGENT = "Nimbus <nimbus@acme.example>";

    @TempDir
    static Path temp;
    private static TestRepository repository;

    @BeforeAll
    static void makeHistory() {
        repository = TestRepository.init(temp.resolve("work"));
        String[] people = {"Ada", "Bob", "Cy"};
        for (int i = 0; i < people.length; i++) {
            repository.write("f" + i + ".txt", "x\n").commitAs(people[i], people[i].toLowerCase() + "@acme.example",
                    "Change " + i + "\n\nCo-authored-by: " + AGENT + "\n");
        }
        repository.write("g.txt", "x\n").commitAs("Ada", "ada@acme.example", "Pair\n\nCo-authored-by: Bob "
                + "<bob@acme.example>\n");
    }

    private static CliRun scan(String format) {
        return CliRun.of("scan", "--repo", repository.dir().toString(), "--format", format);
    }

    @Test
    void jsonSummaryListsThemAsWeakWithCounts() throws IOException {
        CliRun run = scan("json");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode identities = new ObjectMapper().readTree(run.out()).at("/summary/probableToolIdentities");
        assertThat(identities).hasSize(1);
        assertThat(identities.get(0).get("identity").asText()).isEqualTo(AGENT);
        assertThat(identities.get(0).get("coAuthoredCommits").asInt()).isEqualTo(3);
        assertThat(identities.get(0).get("authors").asInt()).isEqualTo(3);
        assertThat(identities.get(0).get("confidence").asText()).isEqualTo("weak");
    }

    @Test
    void textSummaryShowsThem() {
        CliRun run = scan("text");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Probable tool identities").contains("3 commits, 3 authors  " + AGENT)
                .doesNotContain("bob@acme.example");
    }
}

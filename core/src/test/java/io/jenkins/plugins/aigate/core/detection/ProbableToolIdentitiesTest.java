package io.jenkins.plugins.aigate.core.detection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.aigate.core.testing.TestRepository;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The repository-level report of identities that only ever co-author, over a real history. */
class ProbableToolIdentitiesTest {
    private static final String NIMBUS = "Nimbus <nimbus@acme.example>";

    @TempDir
    static Path dir;
    @TempDir
    static Path otherDir;
    private static TestRepository repo;
    private static int n;

    @BeforeAll
    static void makeHistory() {
        repo = TestRepository.init(dir);
        // the in-house agent co-authors three people's commits and never commits itself
        commit("Ada", "ada@acme.example", "Add a\n\nCo-authored-by: " + NIMBUS + "\n");
        commit("Bob", "bob@acme.example", "Add b\n\nCo-authored-by: Nimbus <NIMBUS@acme.example>\n");
        commit("Cy", "cy@acme.example", "Add c\n\nCo-authored-by: " + NIMBUS + "\n"
                + "Co-authored-by: Nimbus <nimbus@acme.example>\n");
        commit("Ada", "ada@acme.example", "Add d\n\nCo-authored-by: " + NIMBUS + "\n");
        // a pair partner who also authors commits is a person
        commit("Ada", "ada@acme.example", "Add e\n\nCo-authored-by: Dee <dee@acme.example>\n");
        commit("Bob", "bob@acme.example", "Add f\n\nCo-authored-by: Dee <dee@acme.example>\n");
        commit("Cy", "cy@acme.example", "Add g\n\nCo-authored-by: Dee <dee@acme.example>\n");
        commit("Dee", "dee@acme.example", "Add h\n");
        // co-authoring only two authors is below the default threshold
        commit("Ada", "ada@acme.example", "Add i\n\nCo-authored-by: Eve <eve@acme.example>\n");
        commit("Bob", "bob@acme.example", "Add j\n\nCo-authored-by: Eve <eve@acme.example>\n");
        // a co-author line in prose is not a trailer
        commit("Cy", "cy@acme.example", "Add k\n\nCo-authored-by: Eve <eve@acme.example>\n\nprose after it\n");
    }

    private static void commit(String name, String email, String message) {
        repo.write("f.txt", n++ + "\n");
        repo.commitAs(name, email, message);
    }

    private static ProbableToolIdentities scan(int minAuthors) {
        ProbableToolIdentities report = new ProbableToolIdentities(minAuthors);
        for (String id : repo.git("rev-list", "HEAD").split("\n")) {
            report.count(RepositoryCommits.read(repo, id));
        }
        return report;
    }

    @Test
    void onlyCoAuthorAcrossSeveralAuthorsNeverAnAuthor() {
        assertThat(scan(ProbableToolIdentities.DEFAULT_MIN_AUTHORS).identities()).extracting(Object::toString)
                .containsExactly(NIMBUS + ": co-author of 4 commits by 3 authors, never an author");
        ProbableToolIdentities.ToolIdentity nimbus = scan(3).identities().get(0);
        assertThat(nimbus.confidence()).isEqualTo(Confidence.WEAK);
        assertThat(scan(2).identities()).extracting(ProbableToolIdentities.ToolIdentity::identity)
                .containsExactly(NIMBUS, "Eve <eve@acme.example>");
    }

    @Test
    void coAuthorsARuleRecognisesAreLeftOut() {
        ProbableToolIdentities report = new ProbableToolIdentities();
        Detector detector = Detector.withDefaults();
        TestRepository other = TestRepository.init(otherDir);
        for (String name : new String[] {"Ada", "Bob", "Cy"}) {
            other.write("f.txt", name + "\n");
            String id = other.commitAs(name, name.toLowerCase() + "@acme.example", "Fix\n\nCo-authored-by: Claude "
                    + "<noreply@anthropic.com>\nCo-authored-by: Mira <mira@acme.example>\n");
            report.count(detector.assess(RepositoryCommits.read(other, id)));
        }
        assertThat(report.identities()).extracting(ProbableToolIdentities.ToolIdentity::identity)
                .containsExactly("Mira <mira@acme.example>");
    }

    @Test
    void thresholdIsChecked() {
        assertThatThrownBy(() -> new ProbableToolIdentities(1)).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.jenkins.plugins.aigate.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginResourceLintTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?jelly escape-by-default='true'?>\n";
    private static final String OPEN = "<j:jelly xmlns:j=\"jelly:core\" xmlns:f=\"/lib/form\">\n";
    private static final String CLOSE = "</j:jelly>\n";

    private final PluginResourceLint lint = new PluginResourceLint();

    @Test
    void thePluginsOwnResourcesAreClean() throws IOException {
        Path resources = Path.of(System.getProperty("aigate.plugin.dir", "../plugin"), "src", "main", "resources");
        assertThat(resources).isDirectory();

        List<Problem> problems = lint.check(resources);

        assertThat(problems).as("plugin resource problems").isEmpty();
    }

    @Test
    void aCleanViewWithKeysAndHelpPasses(@TempDir Path dir) throws IOException {
        write(dir.resolve("config.jelly"), HEADER + OPEN
                + "<f:entry field=\"message\" title=\"${%Message}\"><f:textbox/></f:entry>\n"
                + "<p>${%Approved by(it.user, rootURL)}</p>\n" + CLOSE);
        write(dir.resolve("config.properties"), "Message=Message\nApproved\\ by=Approved by {0}\n");
        write(dir.resolve("help-message.html"), "<div>Shown in the log.</div>\n");

        assertThat(lint.check(dir)).isEmpty();
    }

    @Test
    void malformedXmlIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        write(dir.resolve("index.jelly"), HEADER + OPEN + "<p>unclosed\n" + CLOSE);

        assertThat(lint.check(dir)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(DefectKind.MALFORMED_XML);
            assertThat(p.detail()).startsWith("line 5");
        });
    }

    @Test
    void aViewWithoutEscapeByDefaultIsReported(@TempDir Path dir) throws IOException {
        write(dir.resolve("index.jelly"), "<?jelly escape-by-default='false'?>\n" + OPEN + CLOSE);
        write(dir.resolve("other.jelly"), OPEN + CLOSE);

        assertThat(lint.check(dir)).extracting(Problem::kind)
                .containsExactly(DefectKind.NOT_ESCAPED_BY_DEFAULT, DefectKind.NOT_ESCAPED_BY_DEFAULT);
    }

    @Test
    void theDeclarationInsideTheBodyDoesNotCount(@TempDir Path dir) throws IOException {
        write(dir.resolve("index.jelly"), OPEN + "<?jelly escape-by-default='true'?>\n" + CLOSE);

        assertThat(lint.check(dir)).extracting(Problem::kind).containsExactly(DefectKind.NOT_ESCAPED_BY_DEFAULT);
    }

    @Test
    void aKeyMissingFromTheViewsPropertiesIsReported(@TempDir Path dir) throws IOException {
        write(dir.resolve("index.jelly"), HEADER + OPEN + "<p>${%Present}</p><p>${%Absent(it.id)}</p>\n" + CLOSE);
        write(dir.resolve("index.properties"), "Present=Here\n");
        // a key in another view's properties does not help
        write(dir.resolve("other.properties"), "Absent=Elsewhere\n");

        assertThat(lint.check(dir)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(DefectKind.MISSING_LOCALIZATION);
            assertThat(p.detail()).startsWith("Absent ");
        });
    }

    @Test
    void keysWithoutAnyPropertiesFileAreReported(@TempDir Path dir) throws IOException {
        write(dir.resolve("summary.jelly"), HEADER + OPEN + "<p>${%One}${%Two}${%One}</p>\n" + CLOSE);

        assertThat(lint.check(dir)).extracting(Problem::detail)
                .containsExactly("One (expected in summary.properties)", "Two (expected in summary.properties)");
    }

    @Test
    void aFieldWithoutHelpIsReported(@TempDir Path dir) throws IOException {
        write(dir.resolve("config.jelly"), HEADER + OPEN
                + "<f:entry field=\"environment\" title=\"Environment\"><f:textbox/></f:entry>\n"
                + "<f:entry field=\"enforce\" title=\"Enforce\"><f:checkbox/></f:entry>\n" + CLOSE);
        write(dir.resolve("help-enforce.jelly"), HEADER + OPEN + CLOSE);

        assertThat(lint.check(dir)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(DefectKind.MISSING_HELP);
            assertThat(p.detail()).startsWith("environment");
        });
    }

    @Test
    void aLoneApostropheInAMessageIsReportedAndADoubledOneIsNot(@TempDir Path dir) throws IOException {
        write(dir.resolve("Messages.properties"), "ok=The policy''s mode\nbad=The policy's mode is {0}\n");

        assertThat(lint.check(dir)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(DefectKind.LONE_APOSTROPHE);
            assertThat(p.detail()).isEqualTo("bad");
        });
    }

    @Test
    void anEntityExpansionAttackIsRefusedNotExpanded(@TempDir Path dir) throws IOException {
        write(dir.resolve("index.jelly"), "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;\">]>\n<?jelly escape-by-default='true'?>\n<x>&b;</x>\n");

        assertThat(lint.check(dir)).extracting(Problem::kind).containsExactly(DefectKind.MALFORMED_XML);
    }

    @Test
    void theCommandLineExitsOneWithProblemsAndZeroWhenClean(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(PluginResourceLint.run(new String[] {dir.toString()}, stream)).isZero();

        write(dir.resolve("index.jelly"), OPEN + CLOSE);
        assertThat(PluginResourceLint.run(new String[] {dir.toString()}, stream)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("index.jelly", "escape-by-default");

        assertThat(PluginResourceLint.run(new String[0], stream)).isEqualTo(2);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

package io.jenkins.plugins.aigate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plugin's shape: its packages form no cycle, and decisions stay in core (no git or JSON code here). */
class PluginArchitectureTest {

    private static JavaClasses plugin;

    @BeforeAll
    static void importPlugin() {
        plugin = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jenkins.plugins.aigate");
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("io.jenkins.plugins.aigate.(*)..").should().beFreeOfCycles().check(plugin);
    }

    @Test
    void pluginCodeDoesNotDependOnTheGitHubClientsJsonLibraryDirectly() {
        noClasses().that().resideInAPackage("io.jenkins.plugins.aigate..")
                .and().resideOutsideOfPackage("io.jenkins.plugins.aigate.github..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(plugin);
    }
}

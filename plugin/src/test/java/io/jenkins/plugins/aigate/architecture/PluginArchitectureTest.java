package io.jenkins.plugins.aigate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.jenkins.plugins.aigate.security.JenkinsFacade;
import java.util.Set;
import jenkins.model.Jenkins;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin's shape: its packages form no cycle, decisions stay in core (no git or JSON code here), and only the
 * facade reaches for the Jenkins singleton.
 */
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
    void onlyTheFacadeReachesForTheJenkinsSingleton() {
        Set<String> singletonGetters = Set.of("get", "getInstance", "getInstanceOrNull", "getActiveInstance");
        DescribedPredicate<JavaCall<?>> singleton = DescribedPredicate.describe("a call of Jenkins.get() or alike",
                call -> call.getTargetOwner().isEquivalentTo(Jenkins.class)
                        && singletonGetters.contains(call.getName()));
        noClasses().that().doNotBelongToAnyOf(JenkinsFacade.class)
                .should().callCodeUnitWhere(singleton)
                .because("the facade is the plugin's one seam to Jenkins as a whole")
                .check(plugin);
    }

    @Test
    void pluginCodeDoesNotDependOnTheGitHubClientsJsonLibraryDirectly() {
        noClasses().that().resideInAPackage("io.jenkins.plugins.aigate..")
                .and().resideOutsideOfPackage("io.jenkins.plugins.aigate.github..")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(plugin);
    }
}

package io.jenkins.plugins.aigate.cli.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The CLI's command packages form no cycle among themselves. */
class CliArchitectureTest {

    @Test
    void packagesFormNoCycle() {
        JavaClasses cli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jenkins.plugins.aigate.cli");
        slices().matching("io.jenkins.plugins.aigate.cli.(*)..").should().beFreeOfCycles().check(cli);
    }
}

package io.jenkins.plugins.aigate.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Core's shape, as DEVELOPERS.md states it: the JDK and RE2/J are its only dependencies, its packages form no
 * cycle, and each sits on the ones below it (encoding, values, then git and pull requests, detection, policy,
 * approval, evaluation, audit).
 */
class CoreArchitectureTest {

    private static final String CORE = "io.jenkins.plugins.aigate.core";
    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(CORE);
    }

    @Test
    void dependsOnNothingButTheJdkAndRe2j() {
        classes().that().resideInAPackage(CORE + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax..", "com.google.re2j..",
                        CORE + "..")
                .check(core);
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching(CORE + ".(*)..").should().beFreeOfCycles().check(core);
    }

    @Test
    void eachPackageUsesOnlyThoseBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("encoding").definedBy(CORE + ".encoding..")
                .layer("values").definedBy(CORE + ".commit..", CORE + ".range..", CORE + ".lifecycle..")
                .layer("pull requests").definedBy(CORE + ".pullrequest..")
                .layer("git").definedBy(CORE + ".git..")
                .layer("detection").definedBy(CORE + ".detection..")
                .layer("policy").definedBy(CORE + ".policy..")
                .layer("approval").definedBy(CORE + ".approval..")
                .layer("evaluation").definedBy(CORE + ".evaluation..")
                .layer("audit").definedBy(CORE + ".audit..")
                .layer("gate").definedBy(CORE + ".gate..")
                .whereLayer("gate").mayNotBeAccessedByAnyLayer()
                .whereLayer("audit").mayOnlyBeAccessedByLayers("gate")
                .whereLayer("evaluation").mayOnlyBeAccessedByLayers("audit", "gate")
                .whereLayer("approval").mayOnlyBeAccessedByLayers("evaluation", "audit", "gate")
                .whereLayer("policy").mayOnlyBeAccessedByLayers("evaluation", "audit", "gate")
                .whereLayer("detection").mayOnlyBeAccessedByLayers("policy", "evaluation", "audit", "gate")
                .whereLayer("git").mayNotBeAccessedByAnyLayer()
                .whereLayer("pull requests").mayOnlyBeAccessedByLayers("detection", "policy", "evaluation", "audit",
                        "gate")
                .check(core);
    }
}

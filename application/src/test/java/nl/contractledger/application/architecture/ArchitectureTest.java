package nl.contractledger.application.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules of ARCHITECTURE.md §2, checked on the compiled classes of all three modules. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("nl.contractledger");
    }

    @Test
    void givenTheDomain_whenItsDependenciesAreChecked_thenNoneIsSpring() {
        noClasses().that().resideInAPackage("nl.contractledger.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework.spring..")
                .check(classes);
    }

    @Test
    void givenTheDomain_whenItsDependenciesAreChecked_thenItKnowsNeitherProjectionsNorApplication() {
        noClasses().that().resideInAPackage("nl.contractledger.domain..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("nl.contractledger.projections..", "nl.contractledger.application..")
                .check(classes);
    }

    @Test
    void givenTheProjections_whenTheirDependenciesAreChecked_thenNoneIsTheApplication() {
        noClasses().that().resideInAPackage("nl.contractledger.projections..")
                .should().dependOnClassesThat().resideInAPackage("nl.contractledger.application..")
                .check(classes);
    }

    @Test
    void givenAnythingOutsideTheApplication_whenItsDependenciesAreChecked_thenItDoesNotImportTheApplication() {
        noClasses().that().resideOutsideOfPackage("nl.contractledger.application..")
                .should().dependOnClassesThat().resideInAPackage("nl.contractledger.application..")
                .check(classes);
    }
}

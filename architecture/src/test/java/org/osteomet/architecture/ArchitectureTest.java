package org.osteomet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks every module's production classes against {@link ArchitectureRules}. */
class ArchitectureTest {
    static JavaClasses osteomet;

    @BeforeAll
    static void importClasses() {
        // Imported through one class of each module, so it works whether modules are jars or class folders.
        osteomet = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackagesOf(
                        org.osteomet.core.Content.class,
                        org.osteomet.content.ContentLoader.class,
                        org.osteomet.validation.ContentValidator.class,
                        org.osteomet.export.Exporter.class,
                        org.osteomet.cli.Cli.class);
    }

    @Test
    void everyModuleIsOnTheClasspath() {
        for (String module : new String[] {"core", "content", "validation", "export", "cli"}) {
            assertThat(osteomet.stream().anyMatch(c -> c.getPackageName().startsWith("org.osteomet." + module)))
                    .as(module)
                    .isTrue();
        }
    }

    @TestFactory
    Stream<DynamicTest> osteometKeepsEveryRule() {
        return ArchitectureRules.all("org.osteomet").stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(osteomet)));
    }

    @TestFactory
    Stream<DynamicTest> fixturesBreakingARuleAreCaught() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("org.osteomet.architecture.fixture");
        String root = "org.osteomet.architecture.fixture";
        return Stream.of(
                        ArchitectureRules.coreUsesOnlyTheJdkAndValidationAnnotations(root),
                        ArchitectureRules.contentDependsOnlyOnCore(root),
                        ArchitectureRules.contentApiHidesJackson(root),
                        ArchitectureRules.noPackageCycles(root),
                        ArchitectureRules.onlyCliTouchesTheConsole(root))
                .map(rule -> DynamicTest.dynamicTest(
                        "fixture breaks: " + rule.getDescription(), () -> assertViolated(rule, fixtures)));
    }

    private static void assertViolated(ArchRule rule, JavaClasses classes) {
        assertThat(rule.evaluate(classes).hasViolation()).isTrue();
    }
}

package org.osteomet.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;

/** The module rules, stated for a root package so they can be checked against fixtures as well as osteomet. */
final class ArchitectureRules {
    private ArchitectureRules() {}

    /** Returns every rule for the modules under {@code root} (such as {@code org.osteomet}). */
    static List<ArchRule> all(String root) {
        return List.of(
                coreUsesOnlyTheJdkAndValidationAnnotations(root),
                contentDependsOnlyOnCore(root),
                contentApiHidesJackson(root),
                validationDoesNotDependOnExportOrCli(root),
                exportDependsOnlyOnCore(root),
                noPackageCycles(root),
                onlyCliTouchesTheConsole(root));
    }

    static ArchRule coreUsesOnlyTheJdkAndValidationAnnotations(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".core..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(root + ".core..", "java..", "jakarta.validation..")
                .because("core holds plain records: no I/O, no JSON, no Hibernate, no networknt");
    }

    static ArchRule contentDependsOnlyOnCore(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".content..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + ".validation..", root + ".export..", root + ".cli..")
                .because("content <- validation and content <- cli, never the other way");
    }

    static ArchRule contentApiHidesJackson(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".content")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
                .because("applications get Jackson at run time only, so the public content API cannot show it;"
                        + " the parser lives in content.internal");
    }

    static ArchRule validationDoesNotDependOnExportOrCli(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".validation..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + ".export..", root + ".cli..")
                .because("validation checks content; exporting and the command line build on it");
    }

    static ArchRule exportDependsOnlyOnCore(String root) {
        return noClasses()
                .that()
                .resideInAPackage(root + ".export..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(root + ".content..", root + ".validation..", root + ".cli..")
                .because("writers take core records from any source, not just our loader");
    }

    /**
     * No cycles between packages, where a package's {@code internal} subpackage counts as part of it: the internal
     * package implements its parent's public types, and uses the value types those expose (such as a problem and
     * its location).
     */
    static ArchRule noPackageCycles(String root) {
        return slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                        String name = javaClass.getPackageName();
                        if (!name.startsWith(root + ".")) {
                            return SliceIdentifier.ignore();
                        }
                        return SliceIdentifier.of(
                                name.endsWith(".internal")
                                        ? name.substring(0, name.length() - ".internal".length())
                                        : name);
                    }

                    @Override
                    public String getDescription() {
                        return "packages under " + root + ", each with its internal subpackage";
                    }
                })
                .should()
                .beFreeOfCycles();
    }

    static ArchRule onlyCliTouchesTheConsole(String root) {
        return noClasses()
                .that()
                .resideOutsideOfPackage(root + ".cli..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .orShould()
                .callMethod(System.class, "exit", int.class)
                .orShould()
                .callMethod(Runtime.class, "exit", int.class)
                .orShould()
                .callMethod(Runtime.class, "halt", int.class)
                .because(
                        "libraries report through return values and exceptions; only the command line prints or exits");
    }
}

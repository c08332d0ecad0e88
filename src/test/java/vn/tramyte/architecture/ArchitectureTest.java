package vn.tramyte.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering of STYLE.md, as rules that fail the build. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.tramyte");
    }

    @Test
    void domainKnowsNeitherJavaFxNorJooq() {
        noClasses().that().resideInAnyPackage("vn.tramyte..")
                .and().resideOutsideOfPackages("..ui..", "vn.tramyte.app..", "vn.tramyte.db..",
                        "vn.tramyte.cli..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..")
                .because("domain records and services must be testable and reusable without a screen or "
                        + "a particular SQL library; repositories and the db package are the only SQL seam")
                .check(classes);
    }

    @Test
    void uiDoesNotTouchTheDatabase() {
        noClasses().that().resideInAnyPackage("..ui..", "vn.tramyte.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "vn.tramyte.db.generated..")
                .because("a view model calls services; SQL on the screen's side would run on the FX thread "
                        + "and bypass validation and the audit log")
                .check(classes);
    }

    @Test
    void onlyRepositoriesTouchTheGeneratedTables() {
        noClasses().that().resideOutsideOfPackage("vn.tramyte.db.generated..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .and().doNotHaveFullyQualifiedName("vn.tramyte.db.Database")
                .should().dependOnClassesThat().resideInAnyPackage("vn.tramyte.db.generated..")
                .because("each table has one owner that writes it, with its change number and audit line; "
                        + "the Database class only counts rows for `tramyte info`")
                .check(classes);
    }

    @Test
    void noSystemOutOutsideTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("vn.tramyte.cli..")
                .and().doNotHaveFullyQualifiedName("vn.tramyte.Main")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .because("stdout belongs to the command line's users; everything else logs through SLF4J "
                        + "to the data folder's log")
                .check(classes);
    }

    @Test
    void featuresDoNotDependOnTheShell() {
        noClasses().that().resideInAnyPackage("vn.tramyte.person..", "vn.tramyte.place..", "vn.tramyte.db..",
                        "vn.tramyte.nutrition..", "vn.tramyte.security..", "vn.tramyte.common..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.tramyte.cli..")
                .because("the command line is a thin shell over the same services as the window")
                .check(classes);
    }

    @Test
    void noFeatureDependsOnTheShellOrTheCommandLine() {
        noClasses().that().resideInAPackage("vn.tramyte..")
                .and().resideOutsideOfPackages("vn.tramyte.app..", "vn.tramyte.cli..")
                .and().doNotHaveFullyQualifiedName("vn.tramyte.Main")
                .should().dependOnClassesThat().resideInAnyPackage("vn.tramyte.app..", "vn.tramyte.cli..")
                .because("the shell wires the features and the command line calls them; a feature reaching up "
                        + "into either ties every package into one cycle (JabRef keeps its task seam below)")
                .check(classes);
    }

    @Test
    void onlyTheShellAndTheCommandLineUseTheReports() {
        noClasses().that().resideInAPackage("vn.tramyte..")
                .and().resideOutsideOfPackages("vn.tramyte.report..", "vn.tramyte.app..", "vn.tramyte.cli..")
                .should().dependOnClassesThat().resideInAPackage("vn.tramyte.report..")
                .because("the report reads every feature; a feature reading the report back would close a cycle")
                .check(classes);
    }

    @Test
    void onlyTheReportsRepositoriesTouchSql() {
        noClasses().that().resideInAPackage("vn.tramyte.report..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "vn.tramyte.db.generated..")
                .because("the report's read side is one repository (docs/decisions/0007), its DHIS2 mapping "
                        + "another; the rules stay with their owners")
                .check(classes);
    }

    @Test
    void theTopLevelPackagesAreFreeOfCycles() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("vn.tramyte.(*)..")
                .should().beFreeOfCycles()
                .because("a feature that reaches back into what depends on it can no longer be understood, "
                        + "tested or removed alone (STYLE.md: a feature is a package)")
                .check(classes);
    }

    @Test
    void aViewCallsNoService() {
        noClasses().that().haveSimpleNameEndingWith("View")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .because("the view model owns state and actions; a view only binds (mvvmFX, JabRef)")
                .check(classes);
    }

    @Test
    void aFeaturesScreensAreItsOwn() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("vn.tramyte.(*).ui..")
                .should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(
                                "vn.tramyte.common.ui..", "vn.tramyte.place.ui.."))
                .because("shared form helpers live in common.ui and the commune choice in place.ui; a page "
                        + "borrowing another page's helpers (deaths from antenatal) breaks when that page is split")
                .check(classes);
    }
}

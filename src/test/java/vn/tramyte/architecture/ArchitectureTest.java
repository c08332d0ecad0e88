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

    /**
     * Decision 0013: the database is opened only by {@code Database} (with its key, always CIPHER=AES) and
     * {@code BackupCopy} (a backup's copy, with the same key); {@code PlainDatabase} alone opens a plain file,
     * an earlier version's, to encrypt it. So the program's own paths (the window, the command line) cannot
     * open an unencrypted database: every other class reaches the data through them.
     */
    @Test
    void onlyTheDatabaseClassesOpenAnH2File() {
        com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall> opensH2 =
                new com.tngtech.archunit.base.DescribedPredicate<>("opens an H2 database or rewrites its file") {
                    @Override
                    public boolean test(com.tngtech.archunit.core.domain.JavaMethodCall call) {
                        String owner = call.getTargetOwner().getName();
                        String name = call.getName();
                        return owner.equals("java.sql.DriverManager") && name.equals("getConnection")
                                || owner.equals("org.h2.jdbcx.JdbcConnectionPool") && name.equals("create")
                                        // a pool of another database's connections (PostgreSQL, decision 0015) opens no file
                                        && !call.getTarget().getRawParameterTypes().get(0).getName()
                                                .equals("javax.sql.ConnectionPoolDataSource")
                                || owner.equals("org.h2.jdbcx.JdbcDataSource") && name.equals("setURL")
                                || owner.equals("org.h2.Driver") || owner.startsWith("org.h2.tools.");
                    }
                };
        noClasses().that().doNotHaveFullyQualifiedName("vn.tramyte.db.Database")
                .and().doNotHaveFullyQualifiedName("vn.tramyte.db.BackupCopy")
                .and().doNotHaveFullyQualifiedName("vn.tramyte.db.PlainDatabase")
                .and().doNotHaveFullyQualifiedName("vn.tramyte.db.Engines") // the file opened at the start
                .and().doNotHaveFullyQualifiedName("vn.tramyte.db.AsideWrite") // its copy for a big write (0018)
                .and().doNotHaveFullyQualifiedName("vn.tramyte.db.WarmUp") // a rehearsal in H2's memory: no file, a random key
                .should().callMethodWhere(opensH2)
                .because("a database file is opened with its key, in one place (decision 0013)")
                .check(classes);
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

    /** The most lines a class of src/main may have (issue 17, STYLE.md habit 9). */
    static final int MAX_LINES = 400;

    /**
     * Files still over {@link #MAX_LINES} while another piece of work splits them; empty since the
     * splits of 5 Dec 2026 (issue 17 §4). Add to it only with a reason and a plan to take it off.
     */
    static final java.util.Set<String> STILL_TOO_LONG = java.util.Set.of();

    @Test
    void noClassIsOverFourHundredLines() throws java.io.IOException {
        java.nio.file.Path root = java.nio.file.Path.of("src/main/java");
        java.util.List<String> tooLong = new java.util.ArrayList<>();
        java.util.List<String> splitAlready = new java.util.ArrayList<>(STILL_TOO_LONG);
        try (var files = java.nio.file.Files.walk(root)) {
            for (java.nio.file.Path f : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = root.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                long lines;
                try (var all = java.nio.file.Files.lines(f, java.nio.charset.StandardCharsets.UTF_8)) {
                    lines = all.count();
                }
                if (lines > MAX_LINES && !STILL_TOO_LONG.contains(name)) {
                    tooLong.add(name + " (" + lines + " lines)");
                }
                if (lines > MAX_LINES) {
                    splitAlready.remove(name);
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), tooLong,
                "a class past " + MAX_LINES + " lines does several jobs: split it by job (issue 17)");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), splitAlready,
                "these are split now (or gone): take them off STILL_TOO_LONG so they stay short");
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

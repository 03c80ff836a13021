package org.deepdrill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the layers pointing one way (README, "Layout"): only ui touches JavaFX, only compute ND4J, only store SQL. */
@AnalyzeClasses(packages = "org.deepdrill", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyTheComputeCoreTouchesNd4j = noClasses()
            .that().resideOutsideOfPackage("org.deepdrill.compute..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.bytedeco..")
            .because("ND4J is an implementation detail of the compute core: the rest sees Tensors, so the core can change engines");

    @ArchTest
    static final ArchRule onlyTheUiTouchesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.deepdrill.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the core, the grader and the CLI must work without a display");

    @ArchTest
    static final ArchRule onlyTheStoreTouchesSql = noClasses()
            .that().resideOutsideOfPackage("org.deepdrill.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..")
            .because("progress storage is one replaceable layer with its own migrations");

    @ArchTest
    static final ArchRule theComputeCoreDependsOnNoOtherLayer = noClasses()
            .that().resideInAPackage("org.deepdrill.compute..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deepdrill.expr..", "org.deepdrill.grade..",
                    "org.deepdrill.bank..", "org.deepdrill.study..", "org.deepdrill.store..", "org.deepdrill.cli..",
                    "org.deepdrill.ui..")
            .because("the compute core is the bottom layer: everything uses it, it uses nothing of ours");

    @ArchTest
    static final ArchRule theExpressionReaderStandsAlone = noClasses()
            .that().resideInAPackage("org.deepdrill.expr..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deepdrill.compute..", "org.deepdrill.grade..",
                    "org.deepdrill.bank..", "org.deepdrill.study..", "org.deepdrill.store..", "org.deepdrill.cli..",
                    "org.deepdrill.ui..")
            .because("reading what a student types is plain text processing, reused by the grader and the app");

    @ArchTest
    static final ArchRule theGraderKnowsNoBanksAppOrCommandLine = noClasses()
            .that().resideInAPackage("org.deepdrill.grade..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deepdrill.bank..", "org.deepdrill.study..",
                    "org.deepdrill.store..", "org.deepdrill.cli..", "org.deepdrill.ui..")
            .because("grade sits under bank, study and ui: it checks an answer against a key, wherever both came from");

    @ArchTest
    static final ArchRule banksKnowNoAppOrCommandLine = noClasses()
            .that().resideInAPackage("org.deepdrill.bank..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deepdrill.study..", "org.deepdrill.store..",
                    "org.deepdrill.cli..", "org.deepdrill.ui..")
            .because("bank → (compute, grade) only: the format and its validation serve both the CLI and the app");

    @ArchTest
    static final ArchRule theCommandLineKnowsNoUi = noClasses()
            .that().resideInAPackage("org.deepdrill.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deepdrill.ui..", "org.deepdrill.study..")
            .because("cli → (bank, grade, compute): a TA's validation must run on a machine without a display");

    @ArchTest
    static final ArchRule studyKnowsNoUiStoreOrCommandLine = noClasses()
            .that().resideInAPackage("org.deepdrill.study..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deepdrill.ui..", "org.deepdrill.store..", "org.deepdrill.cli..")
            .because("practice sessions and scheduling work without a display and with any progress log");

    @ArchTest
    static final ArchRule theStoreKnowsNoUiOrCommandLine = noClasses()
            .that().resideInAPackage("org.deepdrill.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deepdrill.ui..", "org.deepdrill.cli..")
            .because("the store implements study's ProgressLog and nothing above it");

    @ArchTest
    static final ArchRule onlyTheAppWiresTheStore = noClasses()
            .that().resideInAPackage("org.deepdrill.ui..").and().doNotHaveSimpleName("DeepDrillApp")
            .should().dependOnClassesThat().resideInAnyPackage("org.deepdrill.store..")
            .because("views and view models see progress through study's ProgressLog, so tests can use a memory log");

    @ArchTest
    static final ArchRule viewsDoNotComputeOrGrade = noClasses()
            .that().resideInAnyPackage("org.deepdrill.ui.view..", "org.deepdrill.ui.viewmodel..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.deepdrill.cli..")
            .because("screens show what the view models hold; computing runs in study and bank through the task runner");
}

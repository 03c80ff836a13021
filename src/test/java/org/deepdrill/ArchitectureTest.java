package org.deepdrill;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

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
    static final ArchRule theLatexCheckStandsAloneWithoutADisplay = noClasses()
            .that().resideInAPackage("org.deepdrill.latex..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.deepdrill.compute..", "org.deepdrill.expr..",
                    "org.deepdrill.grade..", "org.deepdrill.bank..", "org.deepdrill.study..", "org.deepdrill.store..",
                    "org.deepdrill.cli..", "org.deepdrill.ui..")
            .because("the app typesets a bank's text and validate checks it with the same Markdown split and the same"
                    + " jlatexmath parser; validate runs without a display, so that shared part is plain text and parsing");

    @ArchTest
    static final ArchRule onlyTheLatexCheckAndTheRendererUseJlatexmath = noClasses()
            .that().resideOutsideOfPackages("org.deepdrill.latex..", "org.deepdrill.ui.math..")
            .should().dependOnClassesThat().resideInAnyPackage("org.scilab.forge.jlatexmath..")
            .because("a formula is judged by one parser: what validate passes (latex.TeX) is what ui.math draws");

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
            .should().dependOnClassesThat().resideInAnyPackage("org.deepdrill.ui..")
            .because("cli → (bank, grade, compute, study: the schedule command runs the FSRS scheduler):"
                    + " a TA's validation must run on a machine without a display");

    @ArchTest
    static final ArchRule onlyTheExportWritesXml = noClasses()
            .that().resideOutsideOfPackage("org.deepdrill.export..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.xml.stream..")
            .because("one package knows the XML formats other systems import; the rest hands it banks and keys");

    @ArchTest
    static final ArchRule theExportKnowsNoUi = noClasses()
            .that().resideInAPackage("org.deepdrill.export..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deepdrill.ui..", "javafx..")
            .because("a TA exports from the command line, on a machine without a display");

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

    @ArchTest
    static final ArchRule packagesFormNoCycles = slices().matching("org.deepdrill.(**)")
            .should().beFreeOfCycles()
            .because("each package (ui's sub-packages included) sits above or below another, never both: a cycle means neither can change alone");

    @ArchTest
    static final ArchRule theLauncherUsesOnlyTheJdk = classes()
            .that().resideInAPackage("org.deepdrill.launch..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.deepdrill.launch..", "org.deepdrill.store..")
            .because("launch runs in the first JVM before the app, and every class it loads delays the start: it uses the JDK and,"
                    + " for the data folder's property name, store's constant, nothing of the app, the UI, the compute core or their libraries");

    @ArchTest
    static final ArchRule noNd4jTypeLeavesTheComputeCore = codeUnits()
            .that().areDeclaredInClassesThat().resideInAPackage("org.deepdrill.compute..")
            .and().areDeclaredInClassesThat().arePublic()
            .and().arePublic()
            .should(neitherTakeNorReturnNd4jTypes())
            .because("callers of the compute core see Tensors: an INDArray handed out would tie them to ND4J");

    @ArchTest
    static final ArchRule theNd4jBridgeIsPrivateToTheComputeCore = classes()
            .that().haveFullyQualifiedName("org.deepdrill.compute.Nd")
            .should().notBePublic()
            .because("Nd converts between Tensors and INDArrays, which only the compute core may hold");

    private static ArchCondition<JavaCodeUnit> neitherTakeNorReturnNd4jTypes() {
        return new ArchCondition<>("neither take nor return ND4J types") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaClass> types = new ArrayList<>(unit.getRawParameterTypes());
                types.add(unit.getRawReturnType());
                for (JavaClass t : types) {
                    JavaClass base = t.isArray() ? t.getBaseComponentType() : t;
                    if (base.getPackageName().startsWith("org.nd4j") || base.getPackageName().startsWith("org.bytedeco")) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " uses " + base.getName()));
                    }
                }
            }
        };
    }
}

package org.deepdrill.expr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Reading what students type is plain Java: no compute core, no ND4J, no other layer. */
class ExprDependencyTest {

    @Test
    void exprDependsOnlyOnTheJavaStandardLibrary() {
        JavaClasses expr = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.deepdrill.expr");
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.deepdrill.expr..", "java..")
                .check(expr);
    }
}

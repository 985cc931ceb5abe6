package dev.surql.cli;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI's Java face (ArchUnit): the Maven plugin runs the command through these public types, so
 * their public signatures name no internal type of core (the command may use core's internals).
 */
class ApiLineTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.surql.cli");
  private static final DescribedPredicate<JavaClass> INTERNAL =
      resideInAPackage("dev.surql.core.internal..");

  @Test
  void should_name_no_internal_type_of_core_in_public_signatures() {
    classes().that().arePublic().should().notBeAssignableTo(INTERNAL).check(MAIN);
    methods()
        .that()
        .areDeclaredInClassesThat()
        .arePublic()
        .and(modifier(JavaModifier.PUBLIC))
        .should()
        .notHaveRawReturnType(INTERNAL)
        .check(MAIN);
    codeUnits()
        .that()
        .areDeclaredInClassesThat()
        .arePublic()
        .and(modifier(JavaModifier.PUBLIC))
        .should()
        .notHaveRawParameterTypes(anyElementThat(INTERNAL))
        .check(MAIN);
    fields()
        .that()
        .areDeclaredInClassesThat()
        .arePublic()
        .and(modifier(JavaModifier.PUBLIC))
        .should()
        .notHaveRawType(INTERNAL)
        .allowEmptyShould(true)
        .check(MAIN);
  }
}

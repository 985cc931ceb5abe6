package dev.surql.junit5;

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
import org.junit.jupiter.api.extension.Extension;

/**
 * The JUnit extension's public face (ArchUnit): annotations and the handles tests receive. The
 * extension itself is package-private, and no public signature names an internal type of core (the
 * module may use core's internals, its users may not meet them).
 */
class ApiLineTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.surql.junit5");
  private static final DescribedPredicate<JavaClass> INTERNAL =
      resideInAPackage("dev.surql.core.internal..");

  @Test
  void should_keep_the_extension_package_private() {
    classes()
        .that()
        .implement(Extension.class)
        .should()
        .notBePublic()
        .because(
            "users reach the extension through @SurqlMigrationTest, as junit-pioneer's extensions are reached")
        .check(MAIN);
  }

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

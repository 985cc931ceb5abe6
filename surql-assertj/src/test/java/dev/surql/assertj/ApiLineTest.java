package dev.surql.assertj;

import static com.tngtech.archunit.base.DescribedPredicate.anyElementThat;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasModifiers.Predicates.modifier;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The AssertJ module's API line (ArchUnit): public and protected signatures outside {@code
 * internal} name no internal type (of this module or of core), and error message factories are made
 * only through their static {@code should…} methods, as AssertJ's own are.
 */
class ApiLineTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.surql.assertj");
  private static final DescribedPredicate<JavaClass> INTERNAL =
      resideInAnyPackage("dev.surql.core.internal..", "dev.surql.assertj.internal..");
  private static final DescribedPredicate<HasModifiers> VISIBLE =
      modifier(JavaModifier.PUBLIC).or(modifier(JavaModifier.PROTECTED));

  @Test
  void should_name_no_internal_type_in_public_signatures() {
    classes()
        .that()
        .arePublic()
        .and()
        .resideOutsideOfPackage("..internal..")
        .should()
        .notBeAssignableTo(INTERNAL)
        .check(MAIN);
    methods()
        .that()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and(VISIBLE)
        .should()
        .notHaveRawReturnType(INTERNAL)
        .check(MAIN);
    codeUnits()
        .that()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and(VISIBLE)
        .should()
        .notHaveRawParameterTypes(anyElementThat(INTERNAL))
        .check(MAIN);
    fields()
        .that()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("..internal..")
        .and(VISIBLE)
        .should()
        .notHaveRawType(INTERNAL)
        .allowEmptyShould(true)
        .check(MAIN);
  }

  @Test
  void should_create_error_messages_only_through_their_factories() {
    constructors()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("dev.surql.assertj.error")
        .should()
        .bePrivate()
        .because("each failure has one static should… factory (AssertJ's error package style)")
        .check(MAIN);
  }
}

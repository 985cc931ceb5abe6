package dev.surql.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The line between core's API and its internals, as architecture rules (ArchUnit) over the compiled
 * main classes. The API packages are those of {@link ApiPackages#API}; docs/api.md lists what is in
 * them.
 */
class ApiLineTest {

  /**
   * API signatures that still name a type outside the API (an internal type, or a library type
   * users should not have to know). Each entry is {@code member -> named type}, as the failure
   * message prints it. This list must only shrink: a new API signature may not name such a type,
   * and an entry that no longer occurs fails {@link
   * #should_list_only_known_exceptions_that_still_occur()} until it is removed.
   */
  static final Set<String> KNOWN_EXCEPTIONS =
      Set.of(
          // h2 (issue 14): starting an engine against a faked environment, a test seam of
          // EngineResolverTest
          "engine.SurqlEngines.start -> internal.engine.EngineEnvironment");

  private static final DescribedPredicate<JavaClass> EXPOSED =
      DescribedPredicate.describe(
          "public (and nested only in public types)", ApiPackages::isExposed);

  private static final DescribedPredicate<JavaClass> IN_API_PACKAGE =
      DescribedPredicate.describe(
          "in an API package", c -> ApiPackages.isApiPackage(c.getPackageName()));

  @Test
  void should_keep_every_public_type_in_an_api_package_or_under_internal() {
    classes()
        .that(EXPOSED)
        .should()
        .resideInAnyPackage(
            Stream.concat(ApiPackages.API.stream(), Stream.of(ApiPackages.INTERNAL + ".."))
                .toArray(String[]::new))
        .because(
            "a public type is either API (listed in ApiPackages.API and docs/api.md) or internal")
        .check(ApiPackages.mainClasses());
  }

  @Test
  void should_name_only_api_and_jdk_types_in_api_signatures() {
    classes()
        .that(EXPOSED)
        .and(IN_API_PACKAGE)
        .should(
            new ArchCondition<JavaClass>(
                "name only API and JDK types in public and protected signatures") {
              @Override
              public void check(JavaClass type, ConditionEvents events) {
                for (String leak : leaks(type)) {
                  boolean known = KNOWN_EXCEPTIONS.contains(leak);
                  events.add(
                      new SimpleConditionEvent(
                          type, known, leak + (known ? " (known exception)" : "")));
                }
              }
            })
        .because(
            "users compile against these signatures: an internal or library type there makes it part of the"
                + " API; make the member package-private, move it to internal, or use an API type")
        .allowEmptyShould(true)
        .check(ApiPackages.mainClasses());
  }

  @Test
  void should_list_only_known_exceptions_that_still_occur() {
    Set<String> leaks = new TreeSet<>();
    ApiPackages.mainClasses().stream()
        .filter(ApiPackages::isExposed)
        .filter(c -> ApiPackages.isApiPackage(c.getPackageName()))
        .forEach(c -> leaks.addAll(leaks(c)));
    assertThat(leaks)
        .as("ApiLineTest.KNOWN_EXCEPTIONS: remove the entries that no longer occur")
        .containsAll(KNOWN_EXCEPTIONS);
  }

  @Test
  void should_keep_core_free_of_test_frameworks_and_build_tools() {
    noClasses()
        .that()
        .resideInAPackage("dev.surql.core..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.junit..",
            "org.assertj..",
            "picocli..",
            "org.apache.maven..",
            "dev.surql.junit5..",
            "dev.surql.assertj..",
            "dev.surql.cli..",
            "dev.surql.maven..")
        .because(
            "core is the library everything else builds on: usable without JUnit, AssertJ, the CLI or Maven")
        .check(ApiPackages.mainClasses());
  }

  @Test
  void should_keep_the_lexer_below_every_analysis() {
    noClasses()
        .that()
        .resideInAPackage(ApiPackages.INTERNAL + ".sql")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.surql.core.engine..",
            "dev.surql.core.snapshot..",
            "dev.surql.core.rollback..",
            "dev.surql.core.verify..",
            "dev.surql.core.forward..",
            "dev.surql.core.upgrade..",
            "dev.surql.core.report..",
            ApiPackages.INTERNAL + ".analysis..",
            ApiPackages.INTERNAL + ".snapshot..",
            ApiPackages.INTERNAL + ".migration..",
            ApiPackages.INTERNAL + ".engine..",
            ApiPackages.INTERNAL + ".report..")
        .because("the lexer and splitter are the bottom layer that every analysis shares")
        .check(ApiPackages.mainClasses());
  }

  @Test
  void should_keep_rules_and_findings_a_vocabulary_that_depends_on_nothing_else_in_core() {
    noClasses()
        .that()
        .resideInAPackage("dev.surql.core.rule")
        .should()
        .dependOnClassesThat(
            DescribedPredicate.describe(
                "in another package of core",
                c ->
                    c.getPackageName().startsWith("dev.surql.core")
                        && !c.getPackageName().equals("dev.surql.core.rule")))
        .because(
            "every analysis and every output reports findings under rules; the rule package sits below them all")
        .check(ApiPackages.mainClasses());
  }

  @Test
  void should_keep_the_internal_packages_free_of_cycles() {
    slices()
        .matching(ApiPackages.INTERNAL + ".(*)..")
        .should()
        .beFreeOfCycles()
        .because("each internal package is one mechanic that the ones above it use")
        .check(ApiPackages.mainClasses());
  }

  /**
   * What the public and protected signatures of an exposed API type name outside the API and the
   * JDK: supertypes, type parameter bounds, fields, constructor and method parameters, return types
   * and thrown exceptions.
   */
  static List<String> leaks(JavaClass type) {
    String owner = relativeName(type);
    Set<String> leaks = new TreeSet<>();
    List<JavaType> supertypes = new ArrayList<>();
    type.getSuperclass().ifPresent(supertypes::add);
    supertypes.addAll(type.getInterfaces());
    supertypes.addAll(type.getTypeParameters());
    for (JavaType supertype : supertypes) {
      supertype.getAllInvolvedRawTypes().stream()
          .filter(ApiLineTest::outsideApi)
          .forEach(c -> leaks.add(owner + " extends -> " + relativeName(c)));
    }
    for (JavaMember member : type.getMembers()) {
      if (!visible(type, member)) {
        continue;
      }
      List<JavaType> named = new ArrayList<>();
      if (member instanceof JavaField field) {
        named.add(field.getType());
      } else if (member instanceof JavaCodeUnit code) {
        named.add(code.getReturnType());
        named.addAll(code.getParameterTypes());
        named.addAll(code.getTypeParameters());
        named.addAll(code.getThrowsClause().getTypes());
      }
      String name =
          owner
              + "."
              + (member instanceof JavaCodeUnit code && code.isConstructor()
                  ? "<init>"
                  : member.getName());
      named.stream()
          .flatMap(t -> t.getAllInvolvedRawTypes().stream())
          .filter(ApiLineTest::outsideApi)
          .forEach(c -> leaks.add(name + " -> " + relativeName(c)));
    }
    return List.copyOf(leaks);
  }

  private static boolean visible(JavaClass type, JavaMember member) {
    Set<JavaModifier> modifiers = member.getModifiers();
    if (modifiers.contains(JavaModifier.SYNTHETIC) || modifiers.contains(JavaModifier.BRIDGE)) {
      return false;
    }
    return modifiers.contains(JavaModifier.PUBLIC)
        || (modifiers.contains(JavaModifier.PROTECTED)
            && !type.getModifiers().contains(JavaModifier.FINAL)
            && !type.isEnum()
            && !type.isRecord());
  }

  private static boolean outsideApi(JavaClass named) {
    JavaClass base = named.isArray() ? named.getBaseComponentType() : named;
    String pkg = base.getPackageName();
    return !base.isPrimitive() && !pkg.startsWith("java.") && !ApiPackages.isApiPackage(pkg);
  }

  private static String relativeName(JavaClass type) {
    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
    String name = base.getName().replace('$', '.');
    return name.startsWith("dev.surql.core.") ? name.substring("dev.surql.core.".length()) : name;
  }
}

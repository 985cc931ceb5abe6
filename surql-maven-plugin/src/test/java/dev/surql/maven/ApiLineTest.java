package dev.surql.maven;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.maven.plugin.Mojo;
import org.junit.jupiter.api.Test;

/**
 * The Maven plugin's shape (ArchUnit): its public types are the goals, and each goal runs the
 * {@code surql} command's code rather than core's operations, so that a goal and the command do the
 * same thing.
 */
class ApiLineTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.surql.maven");

  @Test
  void should_make_only_the_goals_public() {
    classes()
        .that()
        .arePublic()
        .should()
        .beAssignableTo(Mojo.class)
        .because(
            "a goal's documented interface is its name and parameters; helpers stay package-private")
        .check(MAIN);
  }

  @Test
  void should_run_the_command_rather_than_core() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.surql.core.engine..",
            "dev.surql.core.client..",
            "dev.surql.core.migration..",
            "dev.surql.core.snapshot..",
            "dev.surql.core.rollback..",
            "dev.surql.core.verify..",
            "dev.surql.core.forward..",
            "dev.surql.core.upgrade..")
        .because(
            "every goal runs the surql command in-process (CliRunner), so goal and command cannot drift apart;"
                + " reading the command's JSON output with core's shared mapper is fine")
        .check(MAIN);
  }
}

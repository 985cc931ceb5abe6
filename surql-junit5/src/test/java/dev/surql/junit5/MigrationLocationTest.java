package dev.surql.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@code @SurqlMigrationTest(migrations = …)} at run time: {@code ${…}} from configuration
 * parameters, system properties and the environment, relative directories against the project base
 * directory, and the scan options (recursive by default; include, exclude, non-recursive).
 */
class MigrationLocationTest {
  /** Set by this module's Surefire configuration to the absolute path of fixtures/good. */
  static final String ENVIRONMENT = "SURQL_JUNIT5_GOOD_FIXTURES";

  private static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

  @TempDir Path reports;

  private EngineExecutionResults run(Map<String, String> configuration, Class<?> fixture) {
    return SurqlTestKit.run(reports, configuration, fixture);
  }

  private static void passesWithMigrations(EngineExecutionResults results) {
    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1).failed(0));
  }

  private static Throwable classFailure(EngineExecutionResults results) {
    results.testEvents().assertStatistics(s -> s.started(0));
    return results.containerEvents().failed().stream()
        .findFirst()
        .flatMap(e -> e.getPayload(TestExecutionResult.class))
        .flatMap(TestExecutionResult::getThrowable)
        .orElseThrow(() -> new AssertionError("the class did not fail"));
  }

  @Test
  void a_placeholder_is_read_from_a_configuration_parameter_first() {
    System.setProperty("surql.it.location", FIXTURES.resolve("nothing-here").toString());
    try {
      passesWithMigrations(
          run(
              Map.of("surql.it.location", FIXTURES.resolve("good").toString()),
              PlaceholderTestCases.class));
    } finally {
      System.clearProperty("surql.it.location");
    }
  }

  @Test
  void a_placeholder_is_read_from_a_system_property_when_no_configuration_parameter_is_given() {
    System.setProperty("surql.it.location", FIXTURES.resolve("good").toString());
    try {
      passesWithMigrations(run(Map.of(), PlaceholderTestCases.class));
    } finally {
      System.clearProperty("surql.it.location");
    }
  }

  @Test
  void a_placeholder_is_read_from_the_environment_last() {
    assertThat(System.getenv(ENVIRONMENT))
        .as("set by Surefire's environmentVariables")
        .isNotBlank();

    passesWithMigrations(run(Map.of(), EnvironmentTestCases.class));
  }

  @Test
  void
      a_placeholder_default_applies_when_nothing_is_set_and_a_relative_path_uses_the_base_directory() {
    passesWithMigrations(
        run(Map.of(ProjectPaths.BASEDIR, FIXTURES.toString()), DefaultTestCases.class));
  }

  @Test
  void a_relative_directory_is_resolved_against_basedir_not_the_working_directory() {
    passesWithMigrations(
        run(Map.of("basedir", FIXTURES.getParent().toString()), RelativeTestCases.class));
  }

  @Test
  void a_placeholder_set_nowhere_says_how_to_set_it() {
    Throwable failure = classFailure(run(Map.of(), PlaceholderTestCases.class));

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@SurqlMigrationTest(migrations = \"${surql.it.location}\"): ${surql.it.location} is not set. Set the"
                + " JUnit configuration parameter or system property surql.it.location (e.g."
                + " -Dsurql.it.location=db/migrations, or systemPropertyVariables in Surefire's configuration) or the"
                + " environment variable surql.it.location, or give a default: ${surql.it.location:-db/migrations}.");
  }

  @Test
  void an_expanded_location_that_does_not_exist_shows_both_forms() {
    Throwable failure =
        classFailure(
            run(
                Map.of(
                    "surql.it.location", "no/such/dir", ProjectPaths.BASEDIR, FIXTURES.toString()),
                PlaceholderTestCases.class));

    assertThat(failure.getMessage())
        .startsWith(
            "@SurqlMigrationTest(migrations = \"${surql.it.location}\"): no"
                + " migrations found at "
                + FIXTURES.resolve("no/such/dir")
                + " (from ${surql.it.location}): Migration"
                + " directory "
                + FIXTURES.resolve("no/such/dir")
                + " does not exist.");
  }

  @Test
  void subdirectories_are_scanned_by_default_so_copies_are_duplicate_versions() {
    Throwable failure = classFailure(run(Map.of(), NestedTestCases.class));

    assertThat(failure).isInstanceOf(ExtensionConfigurationException.class);
    assertThat(failure.getMessage())
        .startsWith(
            "@SurqlMigrationTest(migrations = \"classpath:fixtures/nested\"): invalid migrations at"
                + " classpath:fixtures/nested: 2 problems")
        .contains(
            "original/20260101_090000_create_customer.surql: duplicate version 20260101_090000",
            "archive/2025/20260102_090000_create_product.surql: duplicate version 20260102_090000",
            "exclude its folder (exclude pattern, e.g. archive) or scan only the top directory (recursive = false)");
  }

  @Test
  void recursive_false_reads_only_the_top_directory() {
    passesWithMigrations(run(Map.of(), NotRecursiveTestCases.class));
  }

  @Test
  void exclude_skips_folders_and_include_narrows_the_files() {
    passesWithMigrations(run(Map.of(), ExcludeTestCases.class));
    passesWithMigrations(run(Map.of(), IncludeTestCases.class));
  }

  @Test
  void an_invalid_pattern_names_the_class_and_the_pattern() {
    Throwable failure = classFailure(run(Map.of(), BadPatternTestCases.class));

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@SurqlMigrationTest(include/exclude) on "
                + BadPatternTestCases.class.getName()
                + ": The exclude pattern"
                + " '/archive' starts with '/': patterns are relative to the migration location, e.g. archive/** rather"
                + " than /archive/**");
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "${surql.it.location}")
  static class PlaceholderTestCases {
    @Test
    void loaded(SurqlMigrations migrations) {
      assertThat(migrations.migrations().versions())
          .containsExactly("20260101_090000", "20260102_090000", "20260103_090000");
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "filesystem:${" + ENVIRONMENT + "}")
  static class EnvironmentTestCases {
    @Test
    void loaded(SurqlMigrations migrations) {
      assertThat(migrations.migrations().location()).isEqualTo(FIXTURES.resolve("good").toString());
      assertThat(migrations.appliedVersions()).hasSize(3);
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "${surql.it.unset:-good}")
  static class DefaultTestCases {
    @Test
    void loaded(SurqlMigrations migrations) {
      assertThat(migrations.migrations().location()).isEqualTo(FIXTURES.resolve("good").toString());
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "fixtures/good")
  static class RelativeTestCases {
    @Test
    void loaded(SurqlMigrations migrations) {
      assertThat(migrations.migrations().location()).isEqualTo(FIXTURES.resolve("good").toString());
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/nested")
  static class NestedTestCases {
    @Test
    void never() {}
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/nested", recursive = false)
  static class NotRecursiveTestCases {
    @Test
    void loaded(SurqlMigrations migrations) {
      assertThat(migrations.migrations().versions())
          .containsExactly("20260101_090000", "20260102_090000");
      assertThat(migrations.appliedVersions())
          .containsExactly("20260101_090000", "20260102_090000");
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(
      migrations = "classpath:fixtures/nested",
      exclude = {"original", "archive/**"})
  static class ExcludeTestCases {
    @Test
    void loaded(SurqlMigrations migrations) {
      assertThat(migrations.migrations().versions())
          .containsExactly("20260101_090000", "20260102_090000");
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(
      migrations = "classpath:fixtures/nested",
      include = "*_create_customer.surql",
      exclude = "original")
  static class IncludeTestCases {
    @Test
    void loaded(SurqlMigrations migrations) {
      assertThat(migrations.migrations().versions()).containsExactly("20260101_090000");
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/nested", exclude = "/archive")
  static class BadPatternTestCases {
    @Test
    void never() {}
  }
}

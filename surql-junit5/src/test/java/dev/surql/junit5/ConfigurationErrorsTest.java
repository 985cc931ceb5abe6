package dev.surql.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.verify.SeedData;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ConfigurationErrorsTest {
  @TempDir Path reports;

  private Throwable classFailure(Class<?> fixture) {
    EngineExecutionResults results = SurqlTestKit.run(reports, fixture);
    results.testEvents().assertStatistics(s -> s.started(0));
    return results.containerEvents().failed().stream()
        // the class, or its run on a release line (where the setup fails)
        .filter(e -> e.getTestDescriptor().getUniqueId().toString().contains(fixture.getName()))
        .findFirst()
        .flatMap(e -> e.getPayload(TestExecutionResult.class))
        .flatMap(TestExecutionResult::getThrowable)
        .orElseThrow(() -> new AssertionError(fixture.getSimpleName() + " did not fail"));
  }

  @Test
  void a_location_that_does_not_exist_names_the_attribute_and_value() {
    Throwable failure = classFailure(MissingLocationTestCases.class);

    assertThat(failure).isInstanceOf(ExtensionConfigurationException.class);
    assertThat(failure.getMessage())
        .startsWith(
            "@SurqlMigrationTest(migrations = \"classpath:nope\"): no migrations found at classpath:nope: "
                + "Classpath location classpath:nope does not exist");
  }

  @Test
  void an_unsupported_release_line_names_the_attribute_and_the_supported_lines() {
    Throwable failure = classFailure(UnknownVersionTestCases.class);

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@SurqlMigrationTest(surrealdb)=2.5 is not a SurrealDB release line surql-test supports; use one of"
                + " 3.0 (default), 2.6, 2.4, 2.3.");
  }

  @Test
  void an_unknown_capability_names_the_attribute_and_the_accepted_forms() {
    Throwable failure = classFailure(UnknownCapabilityTestCases.class);

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessageStartingWith(
            "@SurqlMigrationTest(capabilities): 'record_references' is not an engine capability;"
                + " use a comma-separated list of experimental:NAME");
  }

  @Test
  void a_location_without_migration_files_says_where_it_looked() {
    Throwable failure = classFailure(EmptyLocationTestCases.class);

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@SurqlMigrationTest(migrations = \"classpath:fixtures/empty\"): no migrations found at"
                + " classpath:fixtures/empty. Put YYYYMMDD_HHMMSS_description.surql files there, or point migrations"
                + " at the directory that holds them.");
  }

  @Test
  void invalid_migration_files_are_reported_with_the_file() {
    Throwable failure = classFailure(InvalidFilesTestCases.class);

    assertThat(failure).isInstanceOf(ExtensionConfigurationException.class);
    assertThat(failure.getMessage())
        .startsWith(
            "@SurqlMigrationTest(migrations = \"classpath:fixtures/invalid\"): invalid migrations at"
                + " classpath:fixtures/invalid: ")
        .contains("20260401_0900_create_other.surql");
  }

  @Test
  void an_unknown_target_lists_the_known_versions() {
    Throwable failure = classFailure(UnknownTargetTestCases.class);

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@SurqlMigrationTest(target = \"20990101_000000\"): unknown version 20990101_000000 in"
                + " classpath:fixtures/good. Known versions: 20260101_090000, 20260102_090000, 20260103_090000.");
  }

  @Test
  void a_seed_before_an_unknown_version_names_the_seed() {
    Throwable failure = classFailure(UnknownSeedVersionTestCases.class);

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@SurqlSeed(before = \"20990101_000000\") on "
                + UnknownSeedVersionTestCases.class.getName()
                + ": unknown version 20990101_000000 in classpath:fixtures/good. Known versions: 20260101_090000,"
                + " 20260102_090000, 20260103_090000.");
  }

  @Test
  void a_seed_data_method_that_is_not_static_is_rejected() {
    Throwable failure = classFailure(InstanceSeedMethodTestCases.class);

    assertThat(failure)
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@SurqlSeedData InstanceSeedMethodTestCases.seeds() must be static, take no parameters and return"
                + " dev.surql.core.verify.SeedData");
  }

  @Test
  void a_failing_seed_statement_names_the_seed_and_the_version() {
    Throwable failure = classFailure(FailingSeedTestCases.class);

    assertThat(failure.getMessage())
        .startsWith(
            "@SurqlSeed(before = \"20260102_090000\") on "
                + FailingSeedTestCases.class.getName()
                + " failed: ")
        .contains(
            "Fix the seed statements; they run right before 20260102_090000 create product is applied.");
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:nope")
  static class MissingLocationTestCases {
    @Test
    void never() {}
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/empty")
  static class EmptyLocationTestCases {
    @Test
    void never() {}
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/invalid")
  static class InvalidFilesTestCases {
    @Test
    void never() {}
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good", target = "20990101_000000")
  static class UnknownTargetTestCases {
    @Test
    void never() {}
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good")
  @SurqlSeed(
      before = "20990101_000000",
      statements = "CREATE customer:1 SET name = 'x', email = 'x'")
  static class UnknownSeedVersionTestCases {
    @Test
    void never() {}
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good")
  static class InstanceSeedMethodTestCases {
    @SurqlSeedData
    SeedData seeds() {
      return SeedData.none();
    }

    @Test
    void never() {}
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good")
  @SurqlSeed(before = "20260102_090000", statements = "CREATE customer:1 SET name = 42")
  static class FailingSeedTestCases {
    @Test
    void never() {}
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good", surrealdb = "2.5")
  static class UnknownVersionTestCases {
    @Test
    void neverRuns() {}
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good", capabilities = "record_references")
  static class UnknownCapabilityTestCases {
    @Test
    void neverRuns() {}
  }
}

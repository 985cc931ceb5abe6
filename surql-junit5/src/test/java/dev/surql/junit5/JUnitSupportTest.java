package dev.surql.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The startup check: JUnit Jupiter 5.13 or newer, closing AutoCloseable store values. */
class JUnitSupportTest {
  @TempDir Path reports;

  @Test
  void an_engine_older_than_5_13_is_refused_naming_the_found_and_the_needed_version() {
    ExtensionConfigurationException e =
        catchThrowableOfType(
            ExtensionConfigurationException.class,
            () -> JUnitSupport.check(Optional.of("5.10.2"), Optional.of("5.14.4")));

    assertThat(e.getMessage())
        .startsWith(
            "@SurqlMigrationTest needs JUnit Jupiter 5.13 or newer, but found junit-jupiter-engine 5.10.2"
                + " (junit-jupiter-engine 5.10.2, junit-jupiter-api 5.14.4)")
        .contains("closes the AutoCloseable store values")
        .contains("import org.junit:junit-bom");
  }

  @Test
  void an_old_api_is_refused_too() {
    ExtensionConfigurationException e =
        catchThrowableOfType(
            ExtensionConfigurationException.class,
            () -> JUnitSupport.check(Optional.empty(), Optional.of("5.12.2")));

    assertThat(e.getMessage())
        .contains("but found junit-jupiter-api 5.12.2 (junit-jupiter-engine ?,");
  }

  @Test
  void versions_from_5_13_on_pass_and_unknown_ones_do_not_stand_in_the_way() {
    for (String version : new String[] {"5.13.0", "5.13.0-M2", "5.14.4", "6.0.0", "6.1.3"}) {
      assertThatCode(() -> JUnitSupport.check(Optional.of(version), Optional.of(version)))
          .doesNotThrowAnyException();
    }
    assertThatCode(() -> JUnitSupport.check(Optional.empty(), Optional.empty()))
        .doesNotThrowAnyException();
    assertThat(JUnitSupport.atLeastMinimum("5.12.9")).isFalse();
    assertThat(JUnitSupport.atLeastMinimum("4.13.2")).isFalse();
    assertThat(JUnitSupport.atLeastMinimum("nightly")).isTrue();
  }

  @Test
  void
      turning_off_the_closing_of_autocloseable_store_values_fails_the_class_with_the_parameter_to_remove() {
    EngineExecutionResults results =
        SurqlTestKit.run(
            reports, Map.of(JUnitSupport.CLOSE_AUTOCLOSEABLE, "false"), PlainTestCases.class);

    assertThat(results.containerEvents().failed().map(SurqlTestKit::message))
        .singleElement()
        .asString()
        .startsWith("@SurqlMigrationTest needs JUnit to close AutoCloseable store values")
        .contains(JUnitSupport.CLOSE_AUTOCLOSEABLE + "=false");
    results.testEvents().assertStatistics(s -> s.started(0));
  }

  @Test
  void the_junit_running_this_build_passes_the_check() {
    EngineExecutionResults results = SurqlTestKit.run(reports, PlainTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good")
  static class PlainTestCases {
    @Test
    void runs() {}
  }
}

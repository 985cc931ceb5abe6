package dev.surql.junit5;

import static dev.surql.junit5.SurqlTestKit.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.junit5.fixtures.ShopChecksTestCases;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class SurqlMigrationChecksTest {
  @TempDir
  Path reports;

  @Test
  void a_correct_set_passes_every_built_in_check_with_zero_code() {
    EngineExecutionResults results = SurqlTestKit.run(reports, ShopChecksTestCases.class);

    assertThat(results.testEvents().failed().map(SurqlTestKit::message)).isEmpty();
    results.testEvents().assertStatistics(s -> s.started(8).succeeded(8).failed(0).aborted(0));
    assertThat(results.testEvents().succeeded().map(SurqlTestKit::name)).contains(
        "all migrations apply from empty",
        "re-applying after down gives the same checksum",
        "declared rollback safety matches the analysis",
        "no checksum drift against the database history",
        "the version graph has a single head",
        "20260101_090000 create customer");
  }

  @Test
  void a_broken_set_fails_the_reversibility_and_declared_safety_checks_with_their_failure_lines() {
    EngineExecutionResults results = SurqlTestKit.run(reports, BrokenChecksTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(8).succeeded(6).failed(2).aborted(0));
    Map<String, Event> failed = results.testEvents().failed().stream()
        .collect(Collectors.toMap(SurqlTestKit::name, Function.identity()));
    assertThat(failed).containsOnlyKeys("declared rollback safety matches the analysis",
        "20260202_100000 account nickname and logins (the down forgets the index)");
    assertThat(message(failed.get("declared rollback safety matches the analysis"))).isEqualTo(
        "20260203_100000: down is unsafe but declared @rollback: safe (REMOVE TABLE login_session at line 9: "
            + "Removes table login_session and every record in it). Declare @rollback: unsafe or make the down safer.");
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/broken")
  static class BrokenChecksTestCases extends SurqlMigrationChecks {}
}

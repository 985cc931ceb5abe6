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
  @TempDir Path reports;

  @Test
  void a_correct_set_passes_every_built_in_check_with_zero_code() {
    EngineExecutionResults results = SurqlTestKit.run(reports, ShopChecksTestCases.class);

    assertThat(results.testEvents().failed().map(SurqlTestKit::message)).isEmpty();
    results.testEvents().assertStatistics(s -> s.started(10).succeeded(10).failed(0).aborted(0));
    assertThat(results.testEvents().succeeded().map(SurqlTestKit::name))
        .contains(
            "all migrations apply from empty",
            "re-applying after down gives the same checksum",
            "declared rollback safety matches the analysis",
            "no forward finding above the declared @forward level",
            "forward findings are confirmed by the engine on seed data",
            "no checksum drift against the database history",
            "the version graph has a single head",
            "20260101_090000 create customer");
  }

  @Test
  void a_broken_set_fails_the_reversibility_and_declared_safety_checks_with_their_failure_lines() {
    EngineExecutionResults results = SurqlTestKit.run(reports, BrokenChecksTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(10).succeeded(8).failed(2).aborted(0));
    Map<String, Event> failed =
        results.testEvents().failed().stream()
            .collect(Collectors.toMap(SurqlTestKit::name, Function.identity()));
    assertThat(failed)
        .containsOnlyKeys(
            "declared rollback safety matches the analysis",
            "20260202_100000 account nickname and logins (the down forgets the index)");
    assertThat(message(failed.get("declared rollback safety matches the analysis")))
        .isEqualTo(
            "20260203_100000: SQ301 riskier-than-declared [classpath:fixtures/broken/20260203_100000_login_sessions.surql:9:1]"
                + " down is unsafe but declared @rollback: safe (REMOVE TABLE login_session at line 9: "
                + "Removes table login_session and every record in it [SQ101]). Declare @rollback: unsafe or make the down"
                + " safer.");
  }

  @Test
  void
      an_up_that_does_more_than_its_forward_declaration_fails_with_the_counted_records_and_the_fix() {
    EngineExecutionResults results = SurqlTestKit.run(reports, ForwardChecksTestCases.class);

    Map<String, Event> failed =
        results.testEvents().failed().stream()
            .collect(Collectors.toMap(SurqlTestKit::name, Function.identity()));
    assertThat(failed).containsOnlyKeys("no forward finding above the declared @forward level");
    assertThat(message(failed.get("no forward finding above the declared @forward level")))
        .startsWith(
            "20260502_100000: up is unsafe but declared @forward: safe (SQ401 new-required-field ")
        .contains(
            "20260502_100000_member_email.surql:5: Adds field email on table member with TYPE string")
        .contains(
            "[2 records in member have no value in email that fits; they fail their next write]")
        .contains("Fix: Backfill in the same up (UPDATE member SET email = … WHERE email = NONE)")
        .endsWith("Declare @forward: unsafe or make the up safer.");
    assertThat(results.testEvents().succeeded().map(SurqlTestKit::name))
        .contains("forward findings are confirmed by the engine on seed data");
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/broken")
  static class BrokenChecksTestCases extends SurqlMigrationChecks {}

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/forward")
  @SurqlSeed(
      before = "20260502_100000",
      statements = {"CREATE member:1 SET name = 'ada'", "CREATE member:2 SET name = 'bob'"})
  static class ForwardChecksTestCases extends SurqlMigrationChecks {}
}

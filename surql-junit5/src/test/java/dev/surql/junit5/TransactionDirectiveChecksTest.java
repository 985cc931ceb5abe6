package dev.surql.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The extension applies and reverts a {@code -- @transaction: none} migration statement by
 * statement, and runs a placeholder migration, so a table rebuild that SurrealDB 3.0 cannot commit
 * as one transaction passes every built-in check; without the directive it fails with the
 * diagnosis.
 */
class TransactionDirectiveChecksTest {
  @TempDir Path reports;

  @Test
  void a_rebuild_with_transaction_none_and_a_placeholder_pass_every_built_in_check() {
    EngineExecutionResults results = SurqlTestKit.run(reports, RebuildChecksTestCases.class);

    assertThat(results.testEvents().failed().map(SurqlTestKit::message)).isEmpty();
    results.testEvents().assertStatistics(s -> s.started(10).succeeded(10).failed(0).aborted(0));
    assertThat(results.testEvents().succeeded().map(SurqlTestKit::name))
        .contains(
            "all migrations apply from empty",
            "20260502_090000 rebuild w with a new field",
            "20260503_090000 placeholder");
  }

  @Test
  void the_rebuild_in_one_transaction_fails_with_the_diagnosis_and_what_to_do() {
    EngineExecutionResults results = SurqlTestKit.run(reports, OneTransactionChecksTestCases.class);

    assertThat(results.allEvents().failed().map(SurqlTestKit::message))
        .isNotEmpty()
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "SurrealDB could not commit migration 20260502_090000 rebuild w with a new field")
                    .contains(
                        "SQ913 transaction-conflict", "add '-- @transaction: none' to its header")
                    .doesNotContain("probably another process"));
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/rebuild")
  static class RebuildChecksTestCases extends SurqlMigrationChecks {}

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/rebuild-one-transaction")
  static class OneTransactionChecksTestCases extends SurqlMigrationChecks {}
}

package dev.surql.examples;

import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.core.rollback.RollbackSafety.DATA_LOSS;
import static dev.surql.core.rollback.RollbackSafety.SAFE;
import static dev.surql.core.rollback.RollbackSafety.UNSAFE;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackResult;
import dev.surql.junit5.Isolation;
import dev.surql.junit5.SurqlMigrationTest;
import dev.surql.junit5.SurqlMigrations;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.Test;

/**
 * Rollback planning on a database with real data: the static level says what a down would do to a
 * database full of data; the data-aware level counts what is really at stake. Each test gets its
 * own database (per-method isolation), so rolling back in one never affects another.
 */
@ClassTemplate
@SurqlMigrationTest(
    migrations = "classpath:db/migrations",
    surrealdb = {"2.6", "3.0"},
    isolation = Isolation.PER_METHOD)
class ShopRollbackTest {

  @Test
  void rolling_back_the_loyalty_points_loses_the_points_that_exist(
      SurqlClient client, SurqlMigrations migrations) {
    client.query(
        "CREATE customer:ada SET name = 'Ada', email = 'ada@example.com', loyalty_points = 120;"
            + "CREATE customer:bob SET name = 'Bob', email = 'bob@example.com', loyalty_points = 7;");

    RollbackPlan plan = migrations.planRollback("20260107_090000");

    assertThat(plan)
        .rollsBackVersions("20260110_090000", "20260109_090000", "20260108_090000")
        .hasStaticSafety(UNSAFE)
        .requiresApproval()
        .hasOverallSafety(DATA_LOSS)
        .hasIssueContaining("20260108_090000", DATA_LOSS, "Unsets loyalty_points")
        .hasIssueContaining("20260110_090000", SAFE, "table `reviewed` is empty");
    org.assertj.core.api.Assertions.assertThat(plan.issues())
        .filteredOn(issue -> issue.version().equals("20260108_090000"))
        .allSatisfy(
            issue ->
                org.assertj.core.api.Assertions.assertThat(issue.affectedData())
                    .hasValue("2 records in `customer` have a value in `loyalty_points`"));
  }

  @Test
  void an_empty_table_downgrades_the_data_aware_level_but_not_the_static_one(
      SurqlClient client, SurqlMigrations migrations) {
    RollbackPlan plan = migrations.planRollback("20260109_090000");

    assertThat(plan)
        .rollsBackVersions("20260110_090000")
        .hasStaticSafety(UNSAFE)
        .hasOverallSafety(SAFE)
        .doesNotRequireApproval();
  }

  @Test
  void a_safe_rollback_runs_and_the_schema_matches_the_earlier_snapshot(
      SurqlMigrations migrations) {
    RollbackResult result = migrations.rollbackTo("20260106_090000");

    org.assertj.core.api.Assertions.assertThat(result.rolledBackVersions())
        .containsExactly(
            "20260110_090000", "20260109_090000", "20260108_090000", "20260107_090000");
    assertThat(migrations.snapshot())
        .isSchemaEqualTo(migrations.timeline().after("20260106_090000").orElseThrow());
  }
}

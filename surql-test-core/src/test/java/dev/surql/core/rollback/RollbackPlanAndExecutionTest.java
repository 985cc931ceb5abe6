package dev.surql.core.rollback;

import static dev.surql.core.rollback.RollbackSafety.SAFE;
import static dev.surql.core.rollback.RollbackSafety.UNSAFE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.migration.MigrationHistory;
import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import dev.surql.core.snapshot.SnapshotStore;
import dev.surql.core.snapshot.Snapshots;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RollbackPlanAndExecutionTest {

  private SurqlDatabase database;
  private SurqlClient client;

  @BeforeEach
  void createDatabase() {
    database = SurqlDatabase.create(SurqlEngines.shared(), "rb_plan");
    client = database.client();
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  private static Migration migration(String version, String up, String down) {
    String file = "V" + version + ".surql";
    return Migration.builder()
        .version(version)
        .description("m" + version)
        .source(file)
        .up(StatementSplitter.split(up, file))
        .down(StatementSplitter.split(down, file))
        .checksum("checksum-" + version)
        .build();
  }

  /** Five migrations: t1..t3 tables, an index on t3, a table t5. */
  private static MigrationSet five() {
    return MigrationSet.of(
        "test",
        List.of(
            migration("1", "DEFINE TABLE t1", "REMOVE TABLE t1"),
            migration("2", "DEFINE TABLE t2", "REMOVE TABLE t2"),
            migration(
                "3",
                "DEFINE TABLE t3; DEFINE FIELD a ON t3 TYPE int",
                "REMOVE INDEX a_idx ON t3; REMOVE TABLE t3"),
            migration("4", "DEFINE INDEX a_idx ON t3 FIELDS a", "REMOVE INDEX a_idx ON t3"),
            migration("5", "DEFINE TABLE t5", "REMOVE TABLE t5")));
  }

  private List<String> appliedVersions() {
    return new MigrationHistory(client).applied().stream().map(AppliedMigration::version).toList();
  }

  private List<String> tables() {
    return List.copyOf(Snapshots.captureSchema(client).tables().keySet());
  }

  @Test
  void planContainsOnlyAppliedMigrationsNewestFirst() {
    MigrationSet set = five();
    new Migrator(client, set).migrate("3");
    client.query("CREATE t3:1 SET a = 1");

    RollbackPlan plan = RollbackPlanner.createRollbackPlan(client, set, "1");

    assertThat(plan.fromVersion()).isEqualTo("3");
    assertThat(plan.toVersion()).contains("1");
    assertThat(plan.versions()).containsExactly("3", "2");
    assertThat(plan.dataAware()).isTrue();
    assertThat(plan.staticSafety()).isEqualTo(UNSAFE);
    assertThat(plan.overallSafety()).as("t3 has a record, t2 is empty").isEqualTo(UNSAFE);
    assertThat(plan.issues())
        .extracting(RollbackIssue::version, RollbackIssue::safety)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("3", UNSAFE),
            org.assertj.core.api.Assertions.tuple("2", SAFE));
    assertThat(plan.historyFingerprint()).isEqualTo(new MigrationHistory(client).fingerprint());

    RollbackPlan staticPlan =
        RollbackPlanner.createStaticRollbackPlan(client, set, RollbackPlanner.NOTHING);
    assertThat(staticPlan.versions()).containsExactly("3", "2", "1");
    assertThat(staticPlan.toVersion()).isEmpty();
    assertThat(staticPlan.dataAware()).isFalse();
    assertThat(staticPlan.issues())
        .allSatisfy(i -> assertThat(i.safety()).isEqualTo(i.staticSafety()));
    assertThat(RollbackPlanner.analyzeRollbackSafety(client, set, "3")).isEmpty();
    assertThat(RollbackPlanner.createRollbackPlan(client, set, "3").isSafe()).isTrue();
  }

  @Test
  void rejectsTargetsThatAreNotApplied() {
    MigrationSet set = five();
    assertThatThrownBy(() -> RollbackPlanner.createRollbackPlan(client, set, "1"))
        .isInstanceOf(SurqlException.class)
        .hasMessageContaining(
            "Cannot plan a rollback of "
                + database.namespace()
                + "/"
                + database.database()
                + " to 1: no migration is applied");
    new Migrator(client, set).migrate("3");
    assertThatThrownBy(() -> RollbackPlanner.createRollbackPlan(client, set, "5"))
        .isInstanceOf(SurqlException.class)
        .satisfies(
            e -> assertThat(((SurqlException) e).code()).isEqualTo(ErrorCode.ROLLBACK_FAILED))
        .hasMessageContaining(
            "to 5: it is newer than the current version 3. Applied versions: 1, 2, 3.");
    assertThatThrownBy(() -> RollbackPlanner.createRollbackPlan(client, set, "0_9"))
        .hasMessageContaining(
            "to 0_9: it is neither applied nor a known migration of test (the current version is 3)");
  }

  @Test
  void refusesAnUnsafePlanWithoutForceAndExecutesItWithForce() {
    MigrationSet set = five();
    new Migrator(client, set).migrate("2");
    client.query("CREATE t2:1");
    RollbackPlan plan = RollbackPlanner.createRollbackPlan(client, set, "1");

    assertThatThrownBy(() -> RollbackExecutor.executeRollback(client, plan))
        .isInstanceOf(SurqlException.class)
        .hasMessageContaining("the plan is UNSAFE")
        .hasMessageContaining(
            "[UNSAFE] 2 V2.surql:1: Removes table t2 and every record in it (1 record in `t2`)")
        .hasMessageContaining("with force");
    assertThat(appliedVersions()).containsExactly("1", "2");

    RollbackResult dry =
        RollbackExecutor.executeRollback(client, plan, RollbackOptions.defaults().withDryRun(true));
    assertThat(dry.dryRun()).isTrue();
    assertThat(dry.rolledBackVersions()).containsExactly("2");
    assertThat(dry.before()).isEmpty();
    assertThat(appliedVersions()).containsExactly("1", "2");
    assertThat(tables()).contains("t2");

    RollbackResult result =
        RollbackExecutor.executeRollback(client, plan, RollbackOptions.defaults().withForce(true));
    assertThat(result.success()).isTrue();
    assertThat(result.errors()).isEmpty();
    assertThat(result.rolledBackVersions()).containsExactly("2");
    assertThat(appliedVersions()).containsExactly("1");
    assertThat(tables()).containsExactly("t1");
    assertThat(result.before().orElseThrow().schema().tables()).containsKey("t2");
    assertThat(result.after().orElseThrow().schema().tables()).doesNotContainKey("t2");
    assertThat(new SnapshotStore(client).versions())
        .anyMatch(v -> v.startsWith("rollback_before_2_"))
        .anyMatch(v -> v.startsWith("rollback_after_1_"));
  }

  @Test
  void refusesAStalePlan() {
    MigrationSet set = five();
    Migrator migrator = new Migrator(client, set);
    migrator.migrate("4");
    RollbackPlan plan = RollbackPlanner.createRollbackPlan(client, set, "3");
    assertThat(plan.isSafe()).isTrue();
    migrator.migrate("5");

    assertThatThrownBy(
            () ->
                RollbackExecutor.executeRollback(
                    client, plan, RollbackOptions.defaults().withForce(true)))
        .isInstanceOf(SurqlException.class)
        .hasMessageContaining("_migration_history changed since the plan was made")
        .hasMessageContaining("latest applied now: 5")
        .hasMessageContaining("Create a new plan.");
    assertThat(appliedVersions()).containsExactly("1", "2", "3", "4", "5");
  }

  @Test
  void aSafePlanRunsWithoutForce() {
    MigrationSet set = five();
    new Migrator(client, set).migrate("4");
    RollbackResult result =
        RollbackExecutor.executeRollback(
            client, RollbackPlanner.createRollbackPlan(client, set, "3"));
    assertThat(result.success()).isTrue();
    assertThat(appliedVersions()).containsExactly("1", "2", "3");
    assertThat(Snapshots.captureSchema(client).table("t3").orElseThrow().indexes()).isEmpty();
  }

  @Test
  void aFailingDownStopsTheRunWithHistoryAndSchemaInAgreement() {
    MigrationSet set =
        MigrationSet.of(
            "test",
            List.of(
                migration("1", "DEFINE TABLE a", "REMOVE TABLE a"),
                migration("2", "DEFINE TABLE b", "REMOVE TABLE b; THROW 'down of 2 is broken'"),
                migration("3", "DEFINE TABLE c", "REMOVE TABLE c")));
    new Migrator(client, set).migrate();
    RollbackPlan plan = RollbackPlanner.createRollbackPlan(client, set, RollbackPlanner.NOTHING);
    assertThat(plan.versions()).containsExactly("3", "2", "1");

    RollbackResult result =
        RollbackExecutor.executeRollback(client, plan, RollbackOptions.defaults().withForce(true));

    assertThat(result.success()).isFalse();
    assertThat(result.rolledBackVersions()).containsExactly("3");
    assertThat(result.errors())
        .singleElement()
        .asString()
        .contains("Rolling back migration 2 m2 failed")
        .contains("down of 2 is broken")
        .contains("Rolled back before the failure: 3; the database is now at 2.");
    assertThat(appliedVersions()).containsExactly("1", "2");
    assertThat(tables()).containsExactly("a", "b");
    assertThat(result.after().orElseThrow().schema().tables()).containsOnlyKeys("a", "b");
  }
}

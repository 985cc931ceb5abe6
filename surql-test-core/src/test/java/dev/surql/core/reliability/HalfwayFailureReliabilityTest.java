package dev.surql.core.reliability;

import static dev.surql.core.reliability.Fixtures.allTables;
import static dev.surql.core.reliability.Fixtures.assertHistoryAgreesWithSchema;
import static dev.surql.core.reliability.Fixtures.count;
import static dev.surql.core.reliability.Fixtures.history;
import static dev.surql.core.reliability.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.migration.MigrationHistory;
import dev.surql.core.migration.MigrationFailedException;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import dev.surql.core.rollback.RollbackExecutor;
import dev.surql.core.rollback.RollbackOptions;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackPlanner;
import dev.surql.core.rollback.RollbackResult;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.Snapshots;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migrations and rollbacks that fail part of the way through at run time, and plans that went
 * stale: nothing of a failed migration or down remains, the history keeps agreeing with the schema,
 * and the error names the version, file, line, statement and the server's message.
 */
class HalfwayFailureReliabilityTest {

  @TempDir Path dir;

  private SurqlDatabase database;
  private SurqlClient client;

  @BeforeEach
  void createDatabase() {
    database = SurqlDatabase.create(SurqlEngines.shared(), "rel_half");
    client = database.client();
    write(
        dir,
        "1_people.surql",
        """
        -- @up
        DEFINE TABLE t1 SCHEMAFULL;
        DEFINE FIELD name ON t1 TYPE string;
        CREATE t1:ada SET name = 'Ada';
        -- @down
        REMOVE TABLE t1;
        """);
  }

  @AfterEach
  void removeDatabase() {
    database.close();
  }

  @Test
  void statement_3_of_5_failing_at_run_time_leaves_nothing_of_the_migration_and_no_history_row() {
    write(
        dir,
        "2_orders.surql",
        """
        -- @description: orders with amounts
        -- @up
        DEFINE TABLE t2 SCHEMAFULL;
        DEFINE FIELD amount ON t2 TYPE int;
        CREATE t2:first SET amount = 'twelve';
        DEFINE INDEX t2_amount ON t2 FIELDS amount;
        DEFINE TABLE t2_archive SCHEMALESS;
        -- @down
        REMOVE TABLE t2_archive;
        REMOVE TABLE t2;
        """);
    write(dir, "3_more.surql", "-- @up\nDEFINE TABLE t3;\n-- @down\nREMOVE TABLE t3;\n");
    MigrationSet set = MigrationLoader.load(dir);
    new Migrator(client, set).migrate("1");
    SchemaSnapshot before = Snapshots.createSnapshot(client, "1", 1);

    MigrationFailedException e =
        catchThrowableOfType(
            MigrationFailedException.class, () -> new Migrator(client, set).migrate());

    assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
    assertThat(e.version()).isEqualTo("2");
    assertThat(e.file()).endsWith("2_orders.surql");
    assertThat(e.statement())
        .hasValueSatisfying(
            s -> {
              assertThat(s.line()).isEqualTo(5);
              assertThat(s.text()).isEqualTo("CREATE t2:first SET amount = 'twelve'");
            });
    assertThat(e.serverMessage()).isNotBlank();
    assertThat(e.getMessage())
        .contains(
            "Migration 2 orders with amounts failed; its transaction was rolled back, so nothing from it was"
                + " applied and it was not recorded in _migration_history.")
        .contains("File:      " + e.file() + ":5")
        .contains("Statement: CREATE t2:first SET amount = 'twelve'")
        .contains("Server:    " + e.serverMessage())
        .contains("amount", "Fix the migration and run migrate again.", "Not attempted: 3.");
    assertThat(history(client)).containsExactly("1");
    assertThat(allTables(client)).containsExactly(MigrationHistory.TABLE, "t1");
    assertThat(
            Snapshots.compareSnapshots(before, Snapshots.createSnapshot(client, "after", 1))
                .isEmpty())
        .isTrue();
    assertThat(count(client, "t1")).isEqualTo(1);
    assertHistoryAgreesWithSchema(client, set);
  }

  @Test
  void a_down_failing_half_way_rolls_back_nothing_and_keeps_the_history_row() {
    write(
        dir,
        "2_orders.surql",
        """
        -- @up
        DEFINE TABLE t2 SCHEMALESS;
        CREATE t2:first SET amount = 12;
        -- @down
        DELETE t2;
        REMOVE TABLE t2;
        REMOVE TABLE t2_never_defined;
        REMOVE FIELD name ON t1;
        """);
    MigrationSet set = MigrationLoader.load(dir);
    Migrator migrator = new Migrator(client, set);
    migrator.migrate();
    SchemaSnapshot before = Snapshots.createSnapshot(client, "2", 2);

    MigrationFailedException e =
        catchThrowableOfType(MigrationFailedException.class, () -> migrator.down("2"));

    assertThat(e.version()).isEqualTo("2");
    assertThat(e.statement()).hasValueSatisfying(s -> assertThat(s.line()).isEqualTo(7));
    assertThat(e.getMessage())
        .contains(
            "Rolling back migration 2 orders failed; its transaction was rolled back, so the database and"
                + " _migration_history are unchanged.")
        .contains(
            "2_orders.surql:7",
            "Statement: REMOVE TABLE t2_never_defined",
            "Server:",
            "t2_never_defined")
        .contains("Fix the down statements and try again.");
    assertThat(history(client)).containsExactly("1", "2");
    assertThat(
            Snapshots.compareSnapshots(before, Snapshots.createSnapshot(client, "after", 2))
                .isEmpty())
        .as("schema unchanged")
        .isTrue();
    assertThat(count(client, "t2"))
        .as("the DELETE before the failure was rolled back")
        .isEqualTo(1);
    assertHistoryAgreesWithSchema(client, set);
  }

  @Test
  void
      a_rollback_plan_made_before_another_migration_was_applied_is_refused_naming_the_fingerprint_change() {
    write(dir, "2_two.surql", "-- @up\nDEFINE TABLE t2;\n-- @down\nREMOVE TABLE t2;\n");
    write(dir, "3_three.surql", "-- @up\nDEFINE TABLE t3;\n-- @down\nREMOVE TABLE t3;\n");
    MigrationSet set = MigrationLoader.load(dir);
    Migrator migrator = new Migrator(client, set);
    migrator.migrate("2");
    RollbackPlan plan = RollbackPlanner.createRollbackPlan(client, set, "1");
    migrator.migrate("3");

    SurqlException e =
        catchThrowableOfType(
            SurqlException.class,
            () ->
                RollbackExecutor.executeRollback(
                    client, plan, RollbackOptions.defaults().withForce(true)));

    assertThat(e.code()).isEqualTo(ErrorCode.ROLLBACK_FAILED);
    assertThat(e.getMessage())
        .contains(
            "Refusing to roll back "
                + database.namespace()
                + "/"
                + database.database()
                + " from 2 to 1")
        .contains("_migration_history changed since the plan was made")
        .contains("planned against " + plan.historyFingerprint().substring(0, 12))
        .contains(
            "now "
                + MigrationHistory.fingerprint(new MigrationHistory(client).applied())
                    .substring(0, 12))
        .contains("latest applied now: 3", "Create a new plan.");
    assertThat(history(client)).containsExactly("1", "2", "3");
    assertHistoryAgreesWithSchema(client, set);
  }

  @Test
  void a_rollback_plan_made_before_another_rollback_is_refused_and_a_new_plan_works() {
    write(dir, "2_two.surql", "-- @up\nDEFINE TABLE t2;\n-- @down\nREMOVE TABLE t2;\n");
    write(dir, "3_three.surql", "-- @up\nDEFINE TABLE t3;\n-- @down\nREMOVE TABLE t3;\n");
    MigrationSet set = MigrationLoader.load(dir);
    Migrator migrator = new Migrator(client, set);
    migrator.migrate();
    RollbackPlan plan = RollbackPlanner.createRollbackPlan(client, set, "1");
    migrator.down("3");

    SurqlException e =
        catchThrowableOfType(
            SurqlException.class,
            () ->
                RollbackExecutor.executeRollback(
                    client, plan, RollbackOptions.defaults().withForce(true)));

    assertThat(e.code()).isEqualTo(ErrorCode.ROLLBACK_FAILED);
    assertThat(e.getMessage())
        .contains(
            "from 3 to 1",
            "changed since the plan was made",
            "latest applied now: 2",
            "Create a new plan.");
    assertThat(history(client)).containsExactly("1", "2");
    assertHistoryAgreesWithSchema(client, set);

    RollbackResult fresh =
        RollbackExecutor.executeRollback(
            client, RollbackPlanner.createRollbackPlan(client, set, "1"));

    assertThat(fresh.success()).as("%s", fresh.errors()).isTrue();
    assertThat(fresh.rolledBackVersions()).containsExactly("2");
    assertThat(history(client)).containsExactly("1");
    assertHistoryAgreesWithSchema(client, set);
  }

  @Test
  void a_rollback_whose_second_down_fails_stops_there_and_history_still_agrees_with_the_schema() {
    write(
        dir,
        "2_two.surql",
        "-- @up\nDEFINE TABLE t2;\n-- @down\nREMOVE TABLE t2;\nTHROW 'cannot undo 2';\n");
    write(dir, "3_three.surql", "-- @up\nDEFINE TABLE t3;\n-- @down\nREMOVE TABLE t3;\n");
    MigrationSet set = MigrationLoader.load(dir);
    new Migrator(client, set).migrate();

    RollbackResult result =
        RollbackExecutor.executeRollback(
            client,
            RollbackPlanner.createRollbackPlan(client, set, "1"),
            RollbackOptions.defaults().withForce(true));

    assertThat(result.success()).isFalse();
    assertThat(result.rolledBackVersions()).containsExactly("3");
    assertThat(String.join("\n", result.errors()))
        .contains(
            "Rolling back migration 2 two failed",
            "2_two.surql:5",
            "THROW 'cannot undo 2'",
            "cannot undo 2",
            "Rolled back before the failure: 3; the database is now at 2.");
    assertThat(history(client)).containsExactly("1", "2");
    assertHistoryAgreesWithSchema(client, set);
  }
}

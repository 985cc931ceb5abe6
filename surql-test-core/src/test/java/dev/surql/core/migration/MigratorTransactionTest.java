package dev.surql.core.migration;

import static dev.surql.core.migration.MigrationLoaderTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.migration.MigrationHistory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the real engine: the write conflict of a table rebuild in one transaction and its diagnosis,
 * {@code -- @transaction: none} (statement by statement, failed rows, status, refusal, repair), and
 * no-op migrations.
 */
class MigratorTransactionTest {

  static final String SETUP =
      """
      -- @up
      DEFINE TABLE w SCHEMAFULL;
      DEFINE FIELD n ON w TYPE int;
      DEFINE INDEX i ON w FIELDS n;
      CREATE w:1 SET n = 1;
      -- @down
      REMOVE TABLE w;
      """;

  /** The minimal table rebuild, which SurrealDB 3.0 cannot commit as one transaction. */
  static final String REBUILD =
      """
      -- @description: rebuild w
      -- @up
      REMOVE TABLE w;
      DEFINE TABLE w SCHEMAFULL;
      DEFINE FIELD n ON w TYPE int;
      DEFINE FIELD m ON w TYPE option<int>;
      DEFINE INDEX i ON w FIELDS n;
      -- @down
      REMOVE FIELD m ON w;
      """;

  /** The usual "rebuild a table" migration: copy to a temporary table, redefine, copy back. */
  static final String COPY_REBUILD =
      """
      -- @description: rebuild w
      %s-- @up
      DEFINE TABLE w_copy SCHEMALESS;
      INSERT INTO w_copy (SELECT * FROM w);
      REMOVE TABLE w;
      DEFINE TABLE w SCHEMAFULL;
      DEFINE FIELD n ON w TYPE int;
      DEFINE FIELD m ON w TYPE option<int>;
      DEFINE INDEX i ON w FIELDS n;
      INSERT INTO w (SELECT * FROM w_copy);
      REMOVE TABLE w_copy;
      -- @down
      REMOVE FIELD m ON w;
      """;

  @TempDir Path dir;

  private SurqlDatabase database;
  private SurqlClient client;

  @BeforeEach
  void createDatabase() {
    database = SurqlDatabase.create(SurqlEngines.shared(), "mig_tx");
    client = database.client();
  }

  @AfterEach
  void removeDatabase() {
    database.close();
  }

  private Migrator migrator() {
    return new Migrator(client, MigrationLoader.load(dir));
  }

  private List<String> tables() {
    JsonNode tables = JsonResults.tree(client.query("INFO FOR DB;").last()).path("tables");
    List<String> names = new ArrayList<>();
    tables.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private JsonNode table(String name) {
    return JsonResults.tree(client.query("INFO FOR TABLE " + name + ";").last());
  }

  private long count(String table) {
    return client
        .query("SELECT count() FROM " + table + " GROUP ALL;")
        .last()
        .as(JsonNode.class)
        .path(0)
        .path("count")
        .asLong(0);
  }

  // ------------------------------------------------------------------------------ write conflict

  @Test
  void
      a_rebuild_in_one_transaction_is_diagnosed_as_the_engine_not_committing_it_not_as_another_process()
          throws IOException {
    write(dir, "20260101_120000_setup.surql", SETUP);
    write(dir, "20260102_120000_rebuild.surql", REBUILD);
    Path file = dir.resolve("20260102_120000_rebuild.surql");

    MigrationFailedException e =
        catchThrowableOfType(MigrationFailedException.class, () -> migrator().migrate());

    assertThat(e.version()).isEqualTo("20260102_120000");
    assertThat(e.getMessage())
        .doesNotContain("probably another process")
        .startsWith(
            "SurrealDB could not commit migration 20260102_120000 rebuild w ("
                + file
                + ") as one transaction"
                + " on "
                + database.namespace()
                + "/"
                + database.database()
                + " (SQ913 transaction-conflict): it"
                + " reported a write conflict on each of 3 attempts and no other process recorded the migration, so the"
                + " conflict is between the migration's own statements. The transaction was rolled back: nothing from"
                + " it was applied and it was not recorded in _migration_history.")
        .contains(
            "  Pattern:   'REMOVE TABLE w' ("
                + file
                + ":3) then 'DEFINE INDEX i ON w FIELDS n' ("
                + file
                + ":7): SurrealDB 3.x cannot commit the removal of a table that has an index and a new index on that"
                + " table in one transaction.")
        .contains(
            "Either split the migration in two (up to the REMOVE TABLE in one migration, the rest in the"
                + " next), or add '-- @transaction: none' to its header to run it statement by statement");
    assertThat(migrator().history().applied())
        .extracting(AppliedMigration::version)
        .containsExactly("20260101_120000");
    assertThat(table("w").path("fields").has("m")).isFalse();
    assertThat(count("w")).isEqualTo(1);
  }

  @Test
  void the_rebuild_applies_and_rolls_back_statement_by_statement_with_transaction_none()
      throws IOException {
    write(dir, "20260101_120000_setup.surql", SETUP);
    write(dir, "20260102_120000_rebuild.surql", COPY_REBUILD.formatted("-- @transaction: none\n"));
    Migrator migrator = migrator();

    assertThat(migrator.migrate().versions()).containsExactly("20260101_120000", "20260102_120000");

    assertThat(tables()).contains("w").doesNotContain("w_copy");
    assertThat(table("w").path("fields").has("m")).isTrue();
    assertThat(table("w").path("indexes").has("i")).isTrue();
    assertThat(count("w")).isEqualTo(1);
    AppliedMigration row = migrator.history().find("20260102_120000").orElseThrow();
    assertThat(row.statementCount()).isEqualTo(9);
    assertThat(row.checksum()).isEqualTo(migrator.migrations().get("20260102_120000").checksum());
    assertThat(migrator.status().failed()).isEmpty();

    migrator.down("20260102_120000");

    assertThat(table("w").path("fields").has("m")).isFalse();
    assertThat(migrator.history().applied())
        .extracting(AppliedMigration::version)
        .containsExactly("20260101_120000");
  }

  @Test
  void a_down_that_rebuilds_a_table_in_one_transaction_gets_the_same_diagnosis_and_changes_nothing()
      throws IOException {
    write(dir, "20260101_120000_setup.surql", SETUP);
    write(
        dir,
        "20260102_120000_m.surql",
        """
        -- @up
        DEFINE FIELD m ON w TYPE option<int>;
        -- @down
        REMOVE TABLE w;
        DEFINE TABLE w SCHEMAFULL;
        DEFINE FIELD n ON w TYPE int;
        DEFINE INDEX i ON w FIELDS n;
        """);
    Migrator migrator = migrator();
    migrator.migrate();

    assertThatThrownBy(() -> migrator.down("20260102_120000"))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageStartingWith(
            "SurrealDB could not commit the down of migration 20260102_120000 m (")
        .hasMessageContaining(
            "The transaction was rolled back: nothing was changed and it is still applied in"
                + " _migration_history.")
        .hasMessageContaining("  Pattern:   'REMOVE TABLE w' (")
        .hasMessageContaining("run the rollback again");
    assertThat(table("w").path("fields").has("m")).isTrue();
    assertThat(count("w")).isEqualTo(1);
    assertThat(migrator.history().applied()).hasSize(2);
  }

  // ------------------------------------------------------------------------------ failure part way

  private static final String PARTIAL =
      """
      -- @transaction: none
      -- @up
      DEFINE TABLE a;
      DEFINE TABLE b;
      CREATE a:1 SET n = 1;
      THROW 'the third statement fails';
      DEFINE TABLE c;
      -- @down
      REMOVE TABLE IF EXISTS c;
      REMOVE TABLE b;
      REMOVE TABLE a;
      """;

  private Path writePartial() throws IOException {
    write(
        dir,
        "20260101_120000_one.surql",
        "-- @up\nDEFINE TABLE one;\n-- @down\nREMOVE TABLE one;\n");
    write(dir, "20260102_120000_partial.surql", PARTIAL);
    write(
        dir,
        "20260103_120000_three.surql",
        "-- @up\nDEFINE TABLE three;\n-- @down\nREMOVE TABLE three;\n");
    return dir.resolve("20260102_120000_partial.surql");
  }

  @Test
  void a_failure_part_way_records_the_migration_as_failed_with_the_statement_it_stopped_at()
      throws IOException {
    Path file = writePartial();

    MigrationFailedException e =
        catchThrowableOfType(MigrationFailedException.class, () -> migrator().migrate());

    assertThat(e.getMessage())
        .startsWith(
            "Migration 20260102_120000 partial (-- @transaction: none) failed at statement 4 of 5. It runs"
                + " statement by statement, so statements 1 to 3 are applied and the rest are not; it is recorded as"
                + " FAILED in _migration_history.")
        .contains("  File:      " + file + ":6")
        .contains("  Statement: THROW 'the third statement fails'")
        .contains("the third statement fails")
        .contains("surql migrate repair 20260102_120000 --rollback")
        .contains("surql migrate repair 20260102_120000 --mark-applied")
        .contains("surql migrate repair 20260102_120000 --forget")
        .endsWith("Not attempted: 20260103_120000.");
    assertThat(e.statement()).hasValueSatisfying(s -> assertThat(s.line()).isEqualTo(6));
    assertThat(tables()).contains("one", "a", "b").doesNotContain("c", "three");

    MigrationStatus status = migrator().status();
    assertThat(status.applied())
        .extracting(AppliedMigration::version)
        .containsExactly("20260101_120000");
    assertThat(status.pending()).extracting(Migration::version).containsExactly("20260103_120000");
    assertThat(status.failed())
        .singleElement()
        .satisfies(
            failed -> {
              assertThat(failed.version()).isEqualTo("20260102_120000");
              assertThat(failed.direction()).isEqualTo(MigrationDirection.UP);
              assertThat(failed.statementNumber()).isEqualTo(4);
              assertThat(failed.statementCount()).isEqualTo(5);
              assertThat(failed.statementsApplied()).isEqualTo(3);
              assertThat(failed.line()).isEqualTo(6);
              assertThat(failed.statement()).isEqualTo("THROW 'the third statement fails'");
              assertThat(failed.serverMessage()).contains("the third statement fails");
              assertThat(failed.source()).isEqualTo(file.toString());
            });
    assertThat(status.problems())
        .extracting(MigrationStatusProblem::kind)
        .containsExactly(MigrationStatusProblem.Kind.FAILED);
    assertThat(status.problems().get(0).message())
        .startsWith(
            "Detected failed migration 20260102_120000 (partial)"
                + " (SQ914 failed-migration): it ran statement by statement (-- @transaction: none) and stopped at up"
                + " statement 4 of 5 ("
                + file
                + ":6): THROW 'the third statement fails'");
  }

  @Test
  void migrate_and_down_refuse_to_run_until_the_failed_migration_is_repaired() throws IOException {
    writePartial();
    assertThatThrownBy(() -> migrator().migrate()).isInstanceOf(MigrationFailedException.class);

    assertThatThrownBy(() -> migrator().migrate())
        .isInstanceOf(SurqlException.class)
        .hasMessageContaining(
            "Cannot migrate " + database.namespace() + "/" + database.database() + ": 1 problem")
        .hasMessageContaining(
            "Detected failed migration 20260102_120000 (partial) (SQ914 failed-migration)")
        .hasMessageContaining("Migrate refuses to run until it is repaired")
        .extracting(t -> ((SurqlException) t).code())
        .isEqualTo(ErrorCode.MIGRATION_STATE_INVALID);
    assertThatThrownBy(() -> migrator().down("20260101_120000"))
        .isInstanceOf(SurqlException.class)
        .hasMessageContaining(
            "Cannot roll back migration 20260101_120000: migration 20260102_120000 is recorded as"
                + " failed in "
                + database.namespace()
                + "/"
                + database.database()
                + " (SQ914 failed-migration, up"
                + " statement 4 of 5");
    assertThat(tables()).contains("one").doesNotContain("three");
  }

  @Test
  void a_failure_at_the_first_statement_changes_nothing_and_records_nothing() throws IOException {
    write(
        dir,
        "20260101_120000_first.surql",
        "-- @transaction: none\n-- @up\nTHROW 'no';\nDEFINE TABLE a;\n");

    assertThatThrownBy(() -> migrator().migrate())
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageStartingWith(
            "Migration 20260101_120000 first (-- @transaction: none) failed at statement 1 of 2;"
                + " each statement commits on its own and this was the first, so nothing was changed and it was not"
                + " recorded in _migration_history.")
        .hasMessageContaining("Fix the migration and run migrate again.");
    MigrationStatus status = migrator().status();
    assertThat(status.failed()).isEmpty();
    assertThat(status.pending()).extracting(Migration::version).containsExactly("20260101_120000");
  }

  // ------------------------------------------------------------------------------ repair

  @Test
  void repair_by_rolling_back_runs_the_down_and_makes_the_migration_pending_again()
      throws IOException {
    writePartial();
    assertThatThrownBy(() -> migrator().migrate()).isInstanceOf(MigrationFailedException.class);

    RepairResult result = migrator().repair("20260102_120000", RepairAction.ROLL_BACK);

    assertThat(result.version()).isEqualTo("20260102_120000");
    assertThat(result.action()).isEqualTo(RepairAction.ROLL_BACK);
    assertThat(result.repaired().statementNumber()).isEqualTo(4);
    assertThat(tables()).contains("one").doesNotContain("a", "b", "c");
    MigrationStatus status = migrator().status();
    assertThat(status.isConsistent()).isTrue();
    assertThat(status.failed()).isEmpty();
    assertThat(status.pending())
        .extracting(Migration::version)
        .containsExactly("20260102_120000", "20260103_120000");

    write(
        dir,
        "20260102_120000_partial.surql",
        PARTIAL.replace("THROW 'the third statement fails';\n", ""));
    assertThat(migrator().migrate().versions())
        .containsExactly("20260102_120000", "20260103_120000");
    assertThat(tables()).contains("a", "b", "c", "three");
  }

  @Test
  void repair_by_marking_applied_records_the_local_checksum_and_migrate_continues()
      throws IOException {
    writePartial();
    assertThatThrownBy(() -> migrator().migrate()).isInstanceOf(MigrationFailedException.class);
    client.query("DEFINE TABLE c;"); // the user runs the rest by hand

    migrator().repair("20260102_120000", RepairAction.MARK_APPLIED);

    MigrationStatus status = migrator().status();
    assertThat(status.failed()).isEmpty();
    assertThat(status.applied())
        .extracting(AppliedMigration::version)
        .containsExactly("20260101_120000", "20260102_120000");
    assertThat(status.applied().get(1).checksum())
        .isEqualTo(migrator().migrations().get("20260102_120000").checksum());
    assertThat(migrator().migrate().versions()).containsExactly("20260103_120000");
    assertThat(tables()).contains("a", "b", "c", "three");
  }

  @Test
  void repair_by_forgetting_removes_only_the_failed_row() throws IOException {
    writePartial();
    assertThatThrownBy(() -> migrator().migrate()).isInstanceOf(MigrationFailedException.class);

    migrator().repair("20260102_120000", RepairAction.FORGET);

    assertThat(tables()).contains("a", "b");
    MigrationStatus status = migrator().status();
    assertThat(status.failed()).isEmpty();
    assertThat(status.isConsistent()).isTrue();
    assertThat(status.pending())
        .extracting(Migration::version)
        .containsExactly("20260102_120000", "20260103_120000");
  }

  @Test
  void a_rollback_repair_that_fails_stops_and_keeps_the_migration_failed_at_that_down_statement()
      throws IOException {
    write(
        dir,
        "20260101_120000_partial.surql",
        """
        -- @transaction: none
        -- @up
        DEFINE TABLE a;
        THROW 'stop';
        DEFINE TABLE b;
        -- @down
        REMOVE TABLE b;
        REMOVE TABLE a;
        """);
    assertThatThrownBy(() -> migrator().migrate()).isInstanceOf(MigrationFailedException.class);

    assertThatThrownBy(() -> migrator().repair("20260101_120000", RepairAction.ROLL_BACK))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageStartingWith(
            "Repairing migration 20260101_120000 partial by rolling it back stopped at down"
                + " statement 1 of 2: down statements 1 to 0 ran; it is still recorded as failed, now at that statement.")
        .hasMessageContaining("Statement: REMOVE TABLE b")
        .hasMessageContaining(
            "repair with FORGET (it is back where it was before the migration) or MARK_APPLIED");
    FailedMigration failed = migrator().history().findFailed("20260101_120000").orElseThrow();
    assertThat(failed.direction()).isEqualTo(MigrationDirection.DOWN);
    assertThat(failed.statement()).isEqualTo("REMOVE TABLE b");
    assertThat(tables()).contains("a");
  }

  @Test
  void repair_refuses_a_migration_that_is_not_recorded_as_failed() throws IOException {
    write(dir, "20260101_120000_one.surql", "-- @up\nDEFINE TABLE one;\n");
    write(dir, "20260102_120000_two.surql", "-- @up\nDEFINE TABLE two;\n");
    migrator().migrate("20260101_120000");

    assertThatThrownBy(() -> migrator().repair("20260101_120000", RepairAction.FORGET))
        .isInstanceOf(SurqlException.class)
        .hasMessage(
            "Cannot repair migration 20260101_120000 in "
                + database.namespace()
                + "/"
                + database.database()
                + ": it is not recorded as failed (it is applied). Failed: (none). Repair acts only on migrations"
                + " recorded as failed.");
    assertThatThrownBy(() -> migrator().repair("20260102_120000", RepairAction.MARK_APPLIED))
        .hasMessageContaining("(it is pending)");
  }

  @Test
  void a_down_that_fails_part_way_records_the_migration_as_failed_while_rolling_back()
      throws IOException {
    write(
        dir,
        "20260101_120000_ab.surql",
        """
        -- @transaction: none
        -- @up
        DEFINE TABLE a;
        DEFINE TABLE b;
        -- @down
        REMOVE TABLE b;
        THROW 'down stops here';
        REMOVE TABLE a;
        """);
    migrator().migrate();

    assertThatThrownBy(() -> migrator().down("20260101_120000"))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageStartingWith(
            "Rolling back migration 20260101_120000 ab (-- @transaction: none) failed at down"
                + " statement 2 of 3. It runs statement by statement, so down statements 1 to 1 are applied and the rest"
                + " are not; it is recorded as FAILED in _migration_history.");

    MigrationStatus status = migrator().status();
    assertThat(status.applied()).isEmpty();
    assertThat(status.pending()).isEmpty();
    assertThat(status.failed())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.direction()).isEqualTo(MigrationDirection.DOWN);
              assertThat(f.statementNumber()).isEqualTo(2);
            });
    assertThat(tables()).contains("a").doesNotContain("b");
  }

  // ------------------------------------------------------------------------------ no-op migrations

  @Test
  void a_placeholder_migration_is_applied_recorded_and_rolled_back_with_its_no_op_down()
      throws IOException {
    write(
        dir,
        "20260101_120000_todo.surql",
        "-- @up\n-- TODO: change the ids to record ids\n-- @down\n-- none\n");
    write(
        dir,
        "20260102_120000_todo_none.surql",
        "-- @transaction: none\n-- @up\n-- later\n-- @down\n");
    Migrator migrator = migrator();

    assertThat(migrator.migrate().versions()).containsExactly("20260101_120000", "20260102_120000");

    assertThat(migrator.status().applied())
        .extracting(AppliedMigration::version, AppliedMigration::statementCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("20260101_120000", 0),
            org.assertj.core.groups.Tuple.tuple("20260102_120000", 0));
    assertThat(tables()).containsOnly(MigrationHistory.TABLE);

    migrator.down("20260102_120000");
    migrator.down("20260101_120000");
    assertThat(migrator.status().pending()).hasSize(2);
  }
}

package dev.surql.core.migration;

import static dev.surql.core.migration.MigrationLoaderTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.client.JsonResults;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Migrator#apply(Migration)} and {@link Migrator#revert(Migration)}: one migration, no
 * history scan.
 */
class MigratorApplyRevertTest {

  @TempDir Path dir;

  private SurqlDatabase database;
  private SurqlClient client;
  private MigrationSet migrations;

  @BeforeEach
  void createDatabase() throws IOException {
    database = SurqlDatabase.create(SurqlEngines.shared(), "mig_apply");
    client = database.client();
    write(
        dir,
        "20260101_120000_one.surql",
        "-- @up\nDEFINE TABLE one;\n-- @down\nREMOVE TABLE one;\n");
    write(dir, "20260102_120000_two.surql", "-- @up\nDEFINE TABLE two;\n");
    write(
        dir,
        "20260103_120000_three.surql",
        "-- @up\nDEFINE TABLE three;\nTHROW 'three fails';\n" + "-- @down\nREMOVE TABLE three;\n");
    migrations = MigrationLoader.load(dir);
  }

  @AfterEach
  void removeDatabase() {
    database.close();
  }

  private List<String> tables() {
    JsonNode tables = JsonResults.tree(client.query("INFO FOR DB;").last()).path("tables");
    List<String> names = new ArrayList<>();
    tables.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void should_apply_and_revert_one_migration_with_its_history_row_and_listeners() {
    List<String> calls = new ArrayList<>();
    Migrator migrator =
        new Migrator(client, migrations)
            .withListener(
                new MigrationListener() {
                  @Override
                  public void afterMigrate(MigrationEvent event) {
                    calls.add("up " + event.version());
                  }

                  @Override
                  public void afterRollback(MigrationEvent event) {
                    calls.add("down " + event.version());
                  }
                });
    Migration one = migrations.get("20260101_120000");

    ExecutedMigration applied = migrator.apply(one);

    assertThat(applied.direction()).isEqualTo(MigrationDirection.UP);
    assertThat(tables()).contains("one");
    assertThat(migrator.history().applied())
        .extracting(AppliedMigration::version, AppliedMigration::checksum)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("20260101_120000", one.checksum()));

    ExecutedMigration reverted = migrator.revert(one);

    assertThat(reverted.direction()).isEqualTo(MigrationDirection.DOWN);
    assertThat(tables()).doesNotContain("one");
    assertThat(migrator.history().applied()).isEmpty();
    assertThat(calls).containsExactly("up 20260101_120000", "down 20260101_120000");
    // the normal path agrees with the state apply/revert left behind
    assertThat(migrator.migrate("20260102_120000").versions())
        .containsExactly("20260101_120000", "20260102_120000");
  }

  @Test
  void should_refuse_to_apply_a_migration_that_is_already_recorded() {
    Migrator migrator = new Migrator(client, migrations);
    Migration one = migrations.get("20260101_120000");
    migrator.apply(one);

    assertThatThrownBy(() -> migrator.apply(one))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Migration 20260101_120000")
        .hasMessageContaining("_migration_history:⟨20260101_120000⟩ already exists")
        .hasMessageContaining("nothing from it was applied twice");
    assertThat(migrator.history().applied()).hasSize(1);
  }

  @Test
  void should_leave_nothing_of_a_failing_migration() {
    Migrator migrator = new Migrator(client, migrations);

    assertThatThrownBy(() -> migrator.apply(migrations.get("20260103_120000")))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("20260103_120000_three.surql:3")
        .hasMessageContaining("three fails")
        .hasMessageContaining("nothing from it was applied");
    assertThat(tables()).doesNotContain("three");
    assertThat(migrator.history().applied()).isEmpty();
  }

  @Test
  void should_refuse_to_revert_a_migration_that_is_not_recorded_and_change_nothing() {
    Migrator migrator = new Migrator(client, migrations);
    migrator.apply(migrations.get("20260101_120000"));
    client.query("DELETE _migration_history;");

    assertThatThrownBy(() -> migrator.revert(migrations.get("20260101_120000")))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Rolling back migration 20260101_120000")
        .hasMessageContaining("no longer recorded in _migration_history")
        .hasMessageContaining("the database and _migration_history are unchanged");
    assertThat(tables()).contains("one");
  }

  @Test
  void should_refuse_to_revert_an_irreversible_migration() {
    Migrator migrator = new Migrator(client, migrations);
    Migration two = migrations.get("20260102_120000");
    migrator.apply(two);

    assertThatThrownBy(() -> migrator.revert(two))
        .isInstanceOf(SurqlException.class)
        .satisfies(
            e -> assertThat(((SurqlException) e).code()).isEqualTo(ErrorCode.ROLLBACK_FAILED))
        .hasMessageContaining("Cannot roll back migration 20260102_120000")
        .hasMessageContaining("it is irreversible")
        .hasMessageContaining("Add a -- @down section");
    assertThat(tables()).contains("two");
  }

  @Test
  void should_refuse_migrations_of_another_set() throws IOException {
    Path other = dir.resolve("other");
    write(
        other,
        "20260101_120000_one.surql",
        "-- @up\nDEFINE TABLE changed;\n-- @down\nREMOVE TABLE changed;\n");
    write(other, "20260109_120000_nine.surql", "-- @up\nDEFINE TABLE nine;\n");
    MigrationSet otherSet = MigrationLoader.load(other);
    Migrator migrator = new Migrator(client, migrations);

    assertThatThrownBy(() -> migrator.apply(otherSet.get("20260109_120000")))
        .isInstanceOf(SurqlException.class)
        .satisfies(
            e -> assertThat(((SurqlException) e).code()).isEqualTo(ErrorCode.MIGRATION_INVALID))
        .hasMessageContaining("Migration 20260109_120000")
        .hasMessageContaining("is not part of " + migrations.location())
        .hasMessageContaining(
            "Apply and revert only migrations of the set this Migrator was created with");
    assertThatThrownBy(() -> migrator.revert(otherSet.get("20260101_120000")))
        .isInstanceOf(SurqlException.class)
        .hasMessageContaining("that set has a different migration 20260101_120000");
    assertThat(tables()).isEmpty();
  }
}

package dev.surql.cli;

import static dev.surql.cli.Cli.MIGRATIONS;
import static dev.surql.cli.Cli.migrate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.migration.MigrationHistory;
import dev.surql.core.snapshot.SnapshotFiles;
import dev.surql.core.snapshot.SnapshotStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrateCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SurqlDatabase db;

  @BeforeEach
  void createDatabase() {
    db = SurqlDatabase.create(SurqlEngines.shared(), "cli_migrate");
  }

  @AfterEach
  void removeDatabase() {
    db.close();
  }

  @Test
  void up_applies_every_pending_migration_and_status_shows_them_applied() throws Exception {
    Cli.Result up = Cli.run(migrate(db, MIGRATIONS, "up"));

    assertThat(up.exitCode()).as(up.toString()).isZero();
    assertThat(up.out())
        .contains(
            "applied 20260101_090000 People",
            "applied 20260102_090000 A biography per person",
            "applied 20260103_090000 Look people up by name")
        .contains("Applied 3 migrations in ")
        .contains(db.namespace() + "/" + db.database() + " is now at 20260103_090000.");
    assertThat(new MigrationHistory(db.client()).applied()).hasSize(3);

    Cli.Result status = Cli.run(migrate(db, MIGRATIONS, "status"));
    assertThat(status.exitCode()).as(status.toString()).isZero();
    assertThat(status.out())
        .containsPattern("Version\\s+Description\\s+State\\s+Applied At")
        .containsPattern(
            "20260102_090000\\s+A biography per person\\s+applied\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:")
        .contains("Current version: 20260103_090000  applied: 3  pending: 0");

    Cli.Result again = Cli.run(migrate(db, MIGRATIONS, "up"));
    assertThat(again.out())
        .contains(
            "Nothing to apply: "
                + db.namespace()
                + "/"
                + db.database()
                + " is up to date (at 20260103_090000).");
  }

  @Test
  void up_with_target_stops_there_and_status_json_lists_the_rest_as_pending() throws Exception {
    Cli.Result up = Cli.run(migrate(db, MIGRATIONS, "up", "--target", "20260101_090000"));
    assertThat(up.exitCode()).as(up.toString()).isZero();
    assertThat(up.out()).contains("Applied 1 migration in ").doesNotContain("20260102_090000");

    Cli.Result status = Cli.run(migrate(db, MIGRATIONS, "status", "--format", "json"));
    assertThat(status.exitCode()).as(status.toString()).isZero();
    JsonNode json = JSON.readTree(status.out());
    assertThat(json.get("currentVersion").asText()).isEqualTo("20260101_090000");
    assertThat(json.get("migrations")).hasSize(3);
    assertThat(json.get("migrations").get(0).get("state").asText()).isEqualTo("applied");
    assertThat(json.get("migrations").get(1).get("state").asText()).isEqualTo("pending");
    assertThat(json.get("consistent").asBoolean()).isTrue();
    assertThat(json.get("upToDate").asBoolean()).isFalse();
  }

  @Test
  void up_dry_run_prints_the_statements_and_changes_nothing() {
    Cli.Result dryRun = Cli.run(migrate(db, MIGRATIONS, "up", "--dry-run"));

    assertThat(dryRun.exitCode()).as(dryRun.toString()).isZero();
    assertThat(dryRun.out())
        .contains(
            "-- 20260101_090000 (",
            "DEFINE TABLE person SCHEMAFULL;",
            "DEFINE INDEX person_name ON person FIELDS name;")
        .contains(
            "Dry run: 3 migrations, 4 statements would run on "
                + db.namespace()
                + "/"
                + db.database()
                + "; nothing was changed.");
    assertThat(new MigrationHistory(db.client()).applied()).isEmpty();
  }

  @Test
  void a_failing_migration_exits_1_naming_the_version_and_statement(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("20260101_090000_broken.surql"),
        "-- @up\nDEFINE TABLE thing SCHEMAFULL;\nTHROW 'boom from the migration';\n-- @down\nREMOVE TABLE thing;\n");

    Cli.Result up = Cli.run(migrate(db, dir, "up"));

    assertThat(up.exitCode()).as(up.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(up.err())
        .startsWith("surql: ")
        .contains("20260101_090000", "boom from the migration")
        .doesNotContain("\tat ");
  }

  @Test
  void status_exits_1_when_an_applied_migration_was_edited(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("20260101_090000_thing.surql");
    Files.writeString(
        file, "-- @up\nDEFINE TABLE thing SCHEMALESS;\n-- @down\nREMOVE TABLE thing;\n");
    assertThat(Cli.run(migrate(db, dir, "up")).exitCode()).isZero();
    Files.writeString(
        file, "-- @up\nDEFINE TABLE thing SCHEMAFULL;\n-- @down\nREMOVE TABLE thing;\n");

    Cli.Result status = Cli.run(migrate(db, dir, "status"));

    assertThat(status.exitCode()).as(status.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(status.out())
        .containsPattern("20260101_090000\\s+thing\\s+changed")
        .contains("Problems (1):", "[CHECKSUM_MISMATCH]");
  }

  @Test
  void snapshot_stores_the_current_version_and_list_snapshots_shows_a_box_table() throws Exception {
    assertThat(Cli.run(migrate(db, MIGRATIONS, "up", "--target", "20260102_090000")).exitCode())
        .isZero();

    Cli.Result snapshot = Cli.run(migrate(db, MIGRATIONS, "snapshot"));
    assertThat(snapshot.exitCode()).as(snapshot.toString()).isZero();
    assertThat(snapshot.out())
        .contains(
            "Snapshot 20260102_090000 of "
                + db.namespace()
                + "/"
                + db.database()
                + " stored in _schema_snapshot (1 tables, 2 migrations applied, checksum ");
    Cli.Result labelled = Cli.run(migrate(db, MIGRATIONS, "snapshot", "--version", "before_index"));
    assertThat(labelled.exitCode()).as(labelled.toString()).isZero();
    assertThat(new SnapshotStore(db.client()).versions())
        .containsExactlyInAnyOrder("20260102_090000", "before_index");

    Cli.Result table = Cli.run(migrate(db, MIGRATIONS, "list-snapshots"));
    assertThat(table.exitCode()).as(table.toString()).isZero();
    assertThat(table.out())
        .startsWith("Schema Snapshots\n┌─")
        .containsPattern("│ Version\\s+│ Created At\\s+│ Tables │ Migrations │")
        .containsPattern(
            "│ 20260102_090000 │ \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d │ 1\\s+│ 2\\s+│")
        .contains("└─");
    String[] lines = table.out().split("\n");
    assertThat(lines[1].length())
        .as("every line of the box has the same width")
        .isEqualTo(lines[2].length())
        .isEqualTo(lines[lines.length - 1].length());

    Cli.Result json = Cli.run(migrate(db, MIGRATIONS, "list-snapshots", "--format", "json"));
    assertThat(json.exitCode()).as(json.toString()).isZero();
    JsonNode list = JSON.readTree(json.out());
    assertThat(list).hasSize(2);
    JsonNode first =
        list.get(0).get("version").asText().equals("20260102_090000") ? list.get(0) : list.get(1);
    assertThat(first.get("tables").asInt()).isEqualTo(1);
    assertThat(first.get("migrations").asInt()).isEqualTo(2);
    assertThat(first.get("checksum").asText()).hasSize(64);
  }

  @Test
  void list_snapshots_says_how_to_take_one_when_there_are_none() {
    Cli.Result table = Cli.run(migrate(db, MIGRATIONS, "list-snapshots"));

    assertThat(table.exitCode()).isZero();
    assertThat(table.out())
        .contains(
            "No snapshots stored in _schema_snapshot of "
                + db.namespace()
                + "/"
                + db.database()
                + ". Take one with: surql migrate snapshot");
  }

  @Test
  void snapshot_without_applied_migrations_needs_a_version() {
    Cli.Result snapshot = Cli.run(migrate(db, MIGRATIONS, "snapshot"));

    assertThat(snapshot.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(snapshot.err())
        .contains(
            "surql: No migration is applied to "
                + db.namespace()
                + "/"
                + db.database()
                + ", so there is no current version to label the snapshot with: pass --version LABEL.");
  }

  @Test
  void compare_renders_the_diff_between_stored_versions_and_files(@TempDir Path dir)
      throws Exception {
    assertThat(Cli.run(migrate(db, MIGRATIONS, "up", "--target", "20260102_090000")).exitCode())
        .isZero();
    assertThat(Cli.run(migrate(db, MIGRATIONS, "snapshot")).exitCode()).isZero();
    Path before = dir.resolve("before.json");
    assertThat(
            Cli.run(migrate(db, MIGRATIONS, "snapshot", "--output", before.toString())).exitCode())
        .isZero();
    assertThat(SnapshotFiles.read(before).version()).isEqualTo("20260102_090000");
    assertThat(Cli.run(migrate(db, MIGRATIONS, "up")).exitCode()).isZero();
    assertThat(Cli.run(migrate(db, MIGRATIONS, "snapshot")).exitCode()).isZero();
    Path after = dir.resolve("after.json");
    assertThat(
            Cli.run(migrate(db, MIGRATIONS, "snapshot", "--output", after.toString())).exitCode())
        .isZero();

    Cli.Result stored =
        Cli.run(migrate(db, MIGRATIONS, "compare", "20260102_090000", "20260103_090000"));
    assertThat(stored.exitCode()).as(stored.toString()).isZero();
    assertThat(stored.out())
        .contains("Comparing 20260102_090000 → 20260103_090000", "+ person.person_name");

    // two files need no server at all
    Cli.Result files = Cli.run("migrate", "compare", before.toString(), after.toString());
    assertThat(files.exitCode()).as(files.toString()).isZero();
    assertThat(files.out()).isEqualTo(stored.out());

    Cli.Result mixed =
        Cli.run(migrate(db, MIGRATIONS, "compare", after.toString(), "20260103_090000"));
    assertThat(mixed.out()).contains("Schemas are identical");
  }

  @Test
  void compare_names_the_stored_versions_when_one_is_missing() {
    assertThat(Cli.run(migrate(db, MIGRATIONS, "up")).exitCode()).isZero();
    assertThat(Cli.run(migrate(db, MIGRATIONS, "snapshot")).exitCode()).isZero();

    Cli.Result compare =
        Cli.run(migrate(db, MIGRATIONS, "compare", "20260101_090000", "20260103_090000"));

    assertThat(compare.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(compare.err())
        .contains(
            "surql: No snapshot 20260101_090000 in _schema_snapshot of "
                + db.namespace()
                + "/"
                + db.database()
                + " (stored: 20260103_090000)",
            "surql migrate snapshot --version 20260101_090000");
  }

  @Test
  void compare_reports_a_missing_snapshot_file() {
    Cli.Result compare = Cli.run("migrate", "compare", "nowhere/a.json", "nowhere/b.json");

    assertThat(compare.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(compare.err()).startsWith("surql: ").contains("a.json");
  }
}

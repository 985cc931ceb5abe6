package dev.surql.core.reliability;

import static dev.surql.core.reliability.Fixtures.allTables;
import static dev.surql.core.reliability.Fixtures.assertHistoryAgreesWithSchema;
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
import dev.surql.core.migration.MigrateResult;
import dev.surql.core.migration.MigrationFailedException;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.MigrationValidationException;
import dev.surql.core.migration.Migrator;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotFiles;
import dev.surql.core.snapshot.Snapshots;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad migration files and bad snapshot files, end to end: load, then migrate. A location with a bad
 * file is refused as a whole, so a database migrated from it before stays exactly as it was;
 * SurrealQL the server cannot parse is refused with the migration, file and line, and nothing of it
 * is applied (or, for a down, rolled back).
 */
class BadInputReliabilityTest {

  private static final String FIRST =
      """
      -- @up
      DEFINE TABLE t1 SCHEMAFULL;
      DEFINE FIELD name ON t1 TYPE string;
      -- @down
      REMOVE TABLE t1;
      """;

  private static final String THIRD =
      """
      -- @up
      DEFINE TABLE t3 SCHEMALESS;
      -- @down
      REMOVE TABLE t3;
      """;

  @TempDir Path dir;

  private SurqlDatabase database;
  private SurqlClient client;

  @BeforeEach
  void migrateTheFirstMigration() {
    database = SurqlDatabase.create(SurqlEngines.shared(), "rel_bad");
    client = database.client();
    write(dir, "1_first.surql", FIRST);
    new Migrator(client, MigrationLoader.load(dir)).migrate();
    write(dir, "3_third.surql", THIRD);
  }

  @AfterEach
  void removeDatabase() {
    database.close();
  }

  /**
   * Loads the directory and migrates; the loader must refuse it, and the database must be
   * unchanged.
   */
  private MigrationValidationException refusedAndUnchanged() {
    List<String> tablesBefore = allTables(client);
    MigrationValidationException e =
        catchThrowableOfType(
            MigrationValidationException.class,
            () -> new Migrator(client, MigrationLoader.load(dir)).migrate());
    assertThat(e).as("the loader refuses the location").isNotNull();
    assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_INVALID);
    assertThat(e.getMessage()).contains("in the migrations at " + dir, "(fix them and load again)");
    assertThat(allTables(client)).as("INFO FOR DB is unchanged").isEqualTo(tablesBefore);
    assertThat(history(client))
        .as("the valid pending migration 3 is not applied either")
        .containsExactly("1");
    return e;
  }

  @Test
  void malformed_file_names_are_all_reported_with_the_expected_pattern_and_nothing_is_applied() {
    write(dir, "20260109_1200_short_time.surql", THIRD.replace("t3", "t4"));
    write(dir, "20261340_120000_no_such_month.surql", THIRD.replace("t3", "t5"));
    write(dir, "create_users.surql", THIRD.replace("t3", "t6"));

    MigrationValidationException e = refusedAndUnchanged();

    assertThat(e.problems()).hasSize(3);
    assertThat(e.getMessage())
        .contains(
            "20260109_1200_short_time.surql: invalid version in file name",
            "expected YYYYMMDD_HHMMSS_description.surql (6 digits for the time)")
        .contains(
            "20261340_120000_no_such_month.surql: invalid version 20261340_120000",
            "not a real date and time")
        .contains(
            "create_users.surql: bad migration file name create_users.surql",
            "or V_description.surql with a V_description.down.surql file");
  }

  @Test
  void an_unterminated_string_is_reported_with_file_line_and_column_and_nothing_is_applied() {
    write(
        dir,
        "2_broken.surql",
        """
        -- @up
        DEFINE TABLE t2 SCHEMALESS;
        CREATE t2 SET name = 'no closing quote;
        DEFINE TABLE t2b SCHEMALESS;
        -- @down
        REMOVE TABLE t2;
        """);

    MigrationValidationException e = refusedAndUnchanged();

    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).endsWith("2_broken.surql");
              assertThat(p.line()).isEqualTo(3);
            });
    assertThat(e.getMessage())
        .contains("2_broken.surql:3: unterminated", "starting here (column 22)");
  }

  @Test
  void an_unterminated_block_is_reported_where_it_opens_and_nothing_is_applied() {
    write(
        dir,
        "2_block.surql",
        """
        -- @up
        DEFINE TABLE t2 SCHEMALESS;
        DEFINE FUNCTION fn::greet($name: string) {
          RETURN 'Hello ' + $name;

        -- @down
        REMOVE FUNCTION fn::greet;
        """);

    MigrationValidationException e = refusedAndUnchanged();

    assertThat(e.getMessage()).contains("2_block.surql:3: unterminated block starting here");
  }

  @Test
  void duplicate_versions_name_both_files_and_nothing_is_applied() {
    write(dir, "2_add_orders.surql", THIRD.replace("t3", "t2"));
    write(dir, "V2_add_invoices.surql", "DEFINE TABLE t2b SCHEMALESS;\n");
    write(dir, "V2_add_invoices.down.surql", "REMOVE TABLE t2b;\n");

    MigrationValidationException e = refusedAndUnchanged();

    assertThat(e.getMessage())
        .contains(
            "duplicate version 2: also used by",
            "2_add_orders.surql",
            "V2_add_invoices.surql",
            "Give one of them a new version.");
  }

  @Test
  void a_file_that_is_not_utf8_is_reported_with_line_and_byte_and_nothing_is_applied()
      throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.write(
        "-- @up\nDEFINE TABLE t2 SCHEMALESS;\nCREATE t2 SET name = 'caf"
            .getBytes(StandardCharsets.UTF_8));
    bytes.write(0xE9); // 'é' in ISO-8859-1
    bytes.write("';\n-- @down\nREMOVE TABLE t2;\n".getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("2_latin1.surql"), bytes.toByteArray());

    MigrationValidationException e = refusedAndUnchanged();

    assertThat(e.getMessage())
        .contains(
            "2_latin1.surql:3: not valid UTF-8: byte 0xE9 at byte offset 60",
            "Save the file as UTF-8.");
  }

  @Test
  void a_server_parse_error_in_up_names_migration_file_and_line_and_applies_nothing_of_it() {
    write(
        dir,
        "2_typo.surql",
        """
        -- @description: add t2
        -- @up
        DEFINE TABLE t2 SCHEMAFULL;
        DEFINE FIELD name ON t2 TYPE string;
        DEFINE FIELD age ON t2 TYPO int;
        -- @down
        REMOVE TABLE t2;
        """);
    MigrationSet set = MigrationLoader.load(dir);

    MigrationFailedException e =
        catchThrowableOfType(
            MigrationFailedException.class, () -> new Migrator(client, set).migrate());

    assertThat(e.version()).isEqualTo("2");
    assertThat(e.file()).endsWith("2_typo.surql");
    assertThat(e.statement()).hasValueSatisfying(s -> assertThat(s.line()).isEqualTo(5));
    assertThat(e.getMessage())
        .contains("Migration 2 add t2 was rejected by the server's parser; nothing from it ran.")
        .contains("2_typo.surql:5", "Statement: DEFINE FIELD age ON t2 TYPO int", "Server:")
        .contains("Fix the migration and run migrate again.", "Not attempted: 3.");
    assertThat(history(client)).containsExactly("1");
    assertThat(allTables(client)).containsExactly(MigrationHistory.TABLE, "t1");
    assertHistoryAgreesWithSchema(client, set);
  }

  @Test
  void a_server_parse_error_in_down_names_migration_file_and_line_and_rolls_back_nothing() {
    write(
        dir,
        "2_bad_down.surql",
        """
        -- @up
        DEFINE TABLE t2 SCHEMALESS;
        DEFINE TABLE t2_log SCHEMALESS;
        -- @down
        REMOVE TABLE t2_log;
        REMOVE TABEL t2;
        """);
    MigrationSet set = MigrationLoader.load(dir);
    Migrator migrator = new Migrator(client, set);
    migrator.migrate("2");
    SchemaSnapshot before = Snapshots.createSnapshot(client, "before", 2);

    MigrationFailedException e =
        catchThrowableOfType(MigrationFailedException.class, () -> migrator.down("2"));

    assertThat(e.version()).isEqualTo("2");
    assertThat(e.getMessage())
        .contains(
            "Rolling back migration 2 bad down was rejected by the server's parser; nothing was changed.")
        .contains(
            "2_bad_down.surql:6",
            "Statement: REMOVE TABEL t2",
            "Fix the down statements and try again.");
    assertThat(history(client)).containsExactly("1", "2");
    assertThat(
            Snapshots.compareSnapshots(before, Snapshots.createSnapshot(client, "after", 2))
                .isEmpty())
        .as("schema unchanged")
        .isTrue();
    assertHistoryAgreesWithSchema(client, set);
  }

  @Test
  void an_empty_directory_is_an_empty_set_and_migrating_it_applies_nothing() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    try (SurqlDatabase fresh = SurqlDatabase.create(SurqlEngines.shared(), "rel_empty")) {
      MigrationSet set = MigrationLoader.load(empty);
      Migrator migrator = new Migrator(fresh.client(), set);

      MigrateResult result = migrator.migrate();

      assertThat(set.isEmpty()).isTrue();
      assertThat(result.applied()).isEmpty();
      assertThat(migrator.dryRun()).isEmpty();
      assertThat(migrator.status().isConsistent()).isTrue();
      assertThat(migrator.status().pending()).isEmpty();
      assertThat(history(fresh.client())).isEmpty();
      assertThat(Snapshots.captureSchema(fresh.client()).tables()).isEmpty();
    }
  }

  @Test
  void a_missing_directory_is_refused_naming_it() {
    Path missing = dir.resolve("no_such_dir");

    SurqlException e =
        catchThrowableOfType(SurqlException.class, () -> MigrationLoader.load(missing));

    assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_INVALID);
    assertThat(e.getMessage())
        .contains("Migration directory " + missing.toAbsolutePath() + " does not exist");
  }

  @Test
  void a_tampered_snapshot_file_is_rejected_naming_the_file_and_both_checksums() throws Exception {
    SchemaSnapshot snapshot = Snapshots.createSnapshot(client, "1", 1);
    Path file = SnapshotFiles.write(snapshot, dir.resolve("snapshots/1.json"));
    assertThat(SnapshotFiles.read(file)).isEqualTo(snapshot);
    String json = Files.readString(file);
    assertThat(json).contains("TYPE string");
    Files.writeString(file, json.replace("TYPE string", "TYPE int"));

    SurqlException e = catchThrowableOfType(SurqlException.class, () -> SnapshotFiles.read(file));

    assertThat(e.code()).isEqualTo(ErrorCode.SNAPSHOT_INVALID);
    assertThat(e.getMessage())
        .contains(file.toAbsolutePath().toString())
        .contains("its schema was changed after the snapshot was taken")
        .contains("the stored checksum is " + snapshot.checksum())
        .containsPattern("the schema's checksum is [0-9a-f]{64}");
  }
}

package dev.surql.core.migration;

import static dev.surql.core.migration.MigrationLoaderTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.migration.MigrationHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {

  /** A migration whose function and event bodies and strings contain semicolons. */
  static final String FUNCTIONS_AND_EVENTS =
      """
      -- @description: functions and events
      -- @rollback: unsafe
      -- @up
      DEFINE TABLE person SCHEMAFULL;
      DEFINE FIELD name ON person TYPE string;
      DEFINE TABLE audit SCHEMALESS;
      DEFINE FUNCTION fn::greet($name: string) {
        LET $prefix = "Hello; ";
        RETURN $prefix + $name + ';';
      };
      DEFINE EVENT person_created ON person WHEN $event = "CREATE" THEN {
        CREATE audit SET what = 'created; ' + $after.name;
        CREATE audit SET what = "again; " + $after.name;
      };
      -- @down
      REMOVE EVENT person_created ON person;
      REMOVE FUNCTION fn::greet;
      REMOVE TABLE audit;
      REMOVE TABLE person;
      """;

  @TempDir Path dir;

  private SurqlDatabase database;
  private SurqlClient client;

  @BeforeEach
  void createDatabase() {
    database = SurqlDatabase.create(SurqlEngines.shared(), "mig");
    client = database.client();
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

  private Migrator migrator() {
    return new Migrator(client, MigrationLoader.load(dir));
  }

  private void writeFive() throws IOException {
    write(
        dir,
        "20260101_120000_one.surql",
        "-- @up\nDEFINE TABLE one;\n-- @down\nREMOVE TABLE one;\n");
    write(
        dir,
        "20260102_120000_two.surql",
        "-- @up\nDEFINE TABLE two;\n-- @down\nREMOVE TABLE two;\n");
    write(
        dir,
        "20260103_120000_three.surql",
        """
        -- @up
        DEFINE TABLE three SCHEMAFULL;
        DEFINE FIELD n ON three TYPE int;
        CREATE three:1 SET n = 'not a number';
        """);
    write(dir, "20260104_120000_four.surql", "-- @up\nDEFINE TABLE four;\n");
    write(dir, "20260105_120000_five.surql", "-- @up\nDEFINE TABLE five;\n");
  }

  // ------------------------------------------------------------------------------ migrate

  @Test
  void should_apply_pending_migrations_and_record_history() throws IOException {
    write(dir, "20260101_120000_init.surql", FUNCTIONS_AND_EVENTS);
    write(dir, "20260102_120000_post.surql", "DEFINE TABLE post;\n");
    write(dir, "20260102_120000_post.down.surql", "REMOVE TABLE post;\n");
    MigrationSet set = MigrationLoader.load(dir);
    Migrator migrator = new Migrator(client, set);
    assertThat(migrator.history().applied()).isEmpty();
    assertThat(tables()).doesNotContain(MigrationHistory.TABLE);

    MigrateResult result = migrator.migrate();

    assertThat(result.versions()).containsExactly("20260101_120000", "20260102_120000");
    assertThat(result.target()).isEmpty();
    assertThat(tables()).contains("person", "audit", "post", MigrationHistory.TABLE);
    List<AppliedMigration> applied = migrator.history().applied();
    assertThat(applied)
        .extracting(
            AppliedMigration::version,
            AppliedMigration::description,
            AppliedMigration::checksum,
            AppliedMigration::source,
            AppliedMigration::statementCount,
            AppliedMigration::appliedBy)
        .containsExactly(
            tuple(
                "20260101_120000",
                "functions and events",
                set.get("20260101_120000").checksum(),
                set.get("20260101_120000").source(),
                5,
                "surql-test"),
            tuple(
                "20260102_120000",
                "post",
                set.get("20260102_120000").checksum(),
                set.get("20260102_120000").source(),
                1,
                "surql-test"));
    assertThat(applied.get(0).executionTimeMs()).isNotNegative();
    assertThat(
            JsonResults.rows(client.query("SELECT VALUE id FROM " + MigrationHistory.TABLE + ";")))
        .extracting(JsonNode::asText)
        .containsExactlyInAnyOrder(
            "_migration_history:⟨20260101_120000⟩", "_migration_history:⟨20260102_120000⟩");
    assertThat(migrator.status().isUpToDate()).isTrue();
    assertThat(migrator.status().currentVersion()).contains("20260102_120000");
    assertThat(migrator.migrate().isEmpty()).isTrue();
  }

  @Test
  void should_record_migrations_without_description() throws IOException {
    write(dir, "20260101_120000.surql", "-- @up\nDEFINE TABLE one;\n");
    write(dir, "V20260102.1.surql", "DEFINE TABLE two;\n");
    write(dir, "V20260102.1.down.surql", "REMOVE TABLE two;\n");
    Migrator migrator = migrator();

    migrator.migrate();

    assertThat(migrator.history().applied())
        .extracting(AppliedMigration::version, AppliedMigration::description)
        .containsExactly(tuple("20260101_120000", ""), tuple("20260102.1", ""));
    assertThat(migrator.history().latest()).map(AppliedMigration::version).contains("20260102.1");
  }

  @Test
  void should_split_functions_and_events_with_semicolons_and_apply_them() throws IOException {
    write(dir, "20260101_120000_init.surql", FUNCTIONS_AND_EVENTS);
    Migration migration = MigrationLoader.load(dir).get("20260101_120000");
    assertThat(migration.up())
        .extracting(s -> s.keyword() + "@" + s.line())
        .containsExactly("DEFINE@4", "DEFINE@5", "DEFINE@6", "DEFINE@7", "DEFINE@11");
    assertThat(migration.downStatements()).hasSize(4);

    migrator().migrate();

    assertThat(client.query("RETURN fn::greet('Ann');").last().asString()).isEqualTo("Hello; Ann;");
    client.query("CREATE person:ann SET name = 'Ann';");
    assertThat(client.query("SELECT VALUE what FROM audit ORDER BY what;").rows(String.class))
        .containsExactly("again; Ann", "created; Ann");
  }

  @Test
  void should_leave_nothing_of_a_failing_migration_and_not_attempt_later_ones() throws IOException {
    writeFive();
    List<String> calls = new ArrayList<>();
    Migrator migrator =
        migrator()
            .withListener(
                new MigrationListener() {
                  @Override
                  public void beforeMigrate(MigrationEvent event) {
                    calls.add("before " + event.version());
                  }

                  @Override
                  public void afterMigrate(MigrationEvent event) {
                    calls.add("after " + event.version());
                  }
                });

    MigrationFailedException e =
        catchThrowableOfType(MigrationFailedException.class, migrator::migrate);

    Path three = dir.resolve("20260103_120000_three.surql");
    assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_FAILED);
    assertThat(e.version()).isEqualTo("20260103_120000");
    assertThat(e.file()).isEqualTo(three.toString());
    assertThat(e.statement()).hasValueSatisfying(s -> assertThat(s.line()).isEqualTo(4));
    assertThat(e.getMessage())
        .startsWith(
            "Migration 20260103_120000 three failed; its transaction was rolled back, so nothing from it"
                + " was applied and it was not recorded in _migration_history.")
        .contains("File:      " + three + ":4")
        .contains("Statement: CREATE three:1 SET n = 'not a number'")
        .contains("Server:    ")
        .contains("Not attempted: 20260104_120000, 20260105_120000.");
    assertThat(e.serverMessage()).containsIgnoringCase("int");
    assertThat(tables()).containsExactlyInAnyOrder("one", "two", MigrationHistory.TABLE);
    assertThat(migrator.history().applied())
        .extracting(AppliedMigration::version)
        .containsExactly("20260101_120000", "20260102_120000");
    assertThat(calls)
        .containsExactly(
            "before 20260101_120000",
            "after 20260101_120000",
            "before 20260102_120000",
            "after 20260102_120000",
            "before 20260103_120000");
    assertThat(migrator.status().pending())
        .extracting(Migration::version)
        .containsExactly("20260103_120000", "20260104_120000", "20260105_120000");
  }

  @Test
  void should_roll_back_a_migration_that_throws() throws IOException {
    write(dir, "20260101_120000_throws.surql", "-- @up\nDEFINE TABLE thrown;\n\nTHROW \"boom\";\n");

    assertThatThrownBy(() -> migrator().migrate())
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("20260101_120000_throws.surql:4")
        .hasMessageContaining("Statement: THROW \"boom\"")
        .hasMessageContaining("boom");
    assertThat(tables()).containsExactly(MigrationHistory.TABLE);
  }

  @Test
  void should_name_file_and_line_when_the_server_cannot_parse_a_statement() throws IOException {
    write(
        dir,
        "20260101_120000_one.surql",
        "-- @up\nDEFINE TABLE one;\nDEFINE FIELD a ON one\n  TYPE strng oops;\n");
    write(dir, "20260102_120000_two.surql", "-- @up\nDEFINE TABLE two;\n");

    assertThatThrownBy(() -> migrator().migrate())
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageStartingWith(
            "Migration 20260101_120000 one was rejected by the server's parser; nothing from it ran.")
        .hasMessageContaining("File:      " + dir.resolve("20260101_120000_one.surql") + ":4")
        .hasMessageContaining("Statement: DEFINE FIELD a ON one\n  TYPE strng oops")
        .hasMessageContaining("Not attempted: 20260102_120000.")
        .hasMessageNotContaining("Query: ");
    assertThat(tables()).containsExactly(MigrationHistory.TABLE);
  }

  @Test
  void should_apply_up_to_a_target_and_reject_an_unknown_target() throws IOException {
    writeFive();
    Migrator migrator = migrator();

    assertThat(migrator.migrate("20260102_120000").versions())
        .containsExactly("20260101_120000", "20260102_120000");
    assertThat(tables()).containsExactlyInAnyOrder("one", "two", MigrationHistory.TABLE);
    assertThatThrownBy(() -> migrator.migrate("20260109_000000"))
        .isInstanceOf(SurqlException.class)
        .hasMessageContaining("Unknown target version '20260109_000000'")
        .hasMessageContaining(
            "Known versions: 20260101_120000, 20260102_120000, 20260103_120000, 20260104_120000,"
                + " 20260105_120000.");
  }

  @Test
  void should_refuse_to_migrate_when_an_applied_migration_was_edited() throws IOException {
    Path file = write(dir, "20260101_120000_one.surql", "-- @up\nDEFINE TABLE one;\n");
    String applied = migrator().migrate().applied().get(0).migration().checksum();
    Files.writeString(file, "-- @up\nDEFINE TABLE one SCHEMAFULL;\n");
    write(dir, "20260102_120000_two.surql", "-- @up\nDEFINE TABLE two;\n");
    Migrator migrator = migrator();
    String local = migrator.migrations().get("20260101_120000").checksum();

    MigrationStatus status = migrator.status();

    assertThat(status.problems())
        .extracting(MigrationStatusProblem::kind, MigrationStatusProblem::version)
        .containsExactly(tuple(MigrationStatusProblem.Kind.CHECKSUM_MISMATCH, "20260101_120000"));
    String expected =
        "Migration checksum mismatch for migration 20260101_120000 (file "
            + file
            + ")"
            + System.lineSeparator()
            + "-> Applied to database: "
            + applied
            + System.lineSeparator()
            + "-> Resolved locally: "
            + local
            + System.lineSeparator()
            + "Either revert the changes to the migration file";
    assertThat(status.problems().get(0).message()).startsWith(expected);
    assertThatThrownBy(migrator::migrate)
        .isInstanceOf(SurqlException.class)
        .hasMessageContaining(
            "Cannot migrate " + database.namespace() + "/" + database.database() + ": 1 problem")
        .hasMessageContaining(expected)
        .extracting(t -> ((SurqlException) t).code())
        .isEqualTo(ErrorCode.MIGRATION_STATE_INVALID);
    assertThatThrownBy(migrator::dryRun).hasMessageContaining(expected);
    assertThat(tables()).doesNotContain("two");
  }

  @Test
  void should_report_applied_migrations_missing_locally() throws IOException {
    write(dir, "20260101_120000_one.surql", "-- @up\nDEFINE TABLE one;\n");
    Path two = write(dir, "20260102_120000_two.surql", "-- @up\nDEFINE TABLE two;\n");
    migrator().migrate();
    Files.delete(two);

    MigrationStatus status = migrator().status();

    assertThat(status.problems(MigrationStatusProblem.Kind.MISSING_LOCALLY))
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .startsWith(
                        "Detected applied migration not resolved locally: 20260102_120000 (two) (applied from "
                            + two)
                    .contains("Either restore the migration to " + dir));
    assertThatThrownBy(() -> migrator().migrate())
        .hasMessageContaining("not resolved locally: 20260102_120000");
  }

  @Test
  void should_refuse_out_of_order_pending_migrations_unless_allowed() throws IOException {
    write(dir, "20260101_120000_one.surql", "-- @up\nDEFINE TABLE one;\n");
    write(dir, "20260103_120000_three.surql", "-- @up\nDEFINE TABLE three;\n");
    migrator().migrate();
    write(dir, "20260102_120000_two.surql", "-- @up\nDEFINE TABLE two;\n");

    assertThat(migrator().status().problems())
        .extracting(MigrationStatusProblem::kind)
        .containsExactly(MigrationStatusProblem.Kind.OUT_OF_ORDER_PENDING);
    assertThatThrownBy(() -> migrator().migrate())
        .hasMessageContaining(
            "Detected resolved migration not applied to database: 20260102_120000 (file "
                + dir.resolve("20260102_120000_two.surql")
                + ") is older than the latest applied migration 20260103_120000")
        .hasMessageContaining("withOutOfOrder(true)");
    assertThat(migrator().withOutOfOrder(true).status().isConsistent()).isTrue();

    assertThat(migrator().withOutOfOrder(true).migrate().versions())
        .containsExactly("20260102_120000");
    assertThat(tables()).contains("two");
  }

  @Test
  void should_explain_that_another_process_applied_the_same_version() throws IOException {
    write(dir, "20260101_120000_one.surql", "-- @up\nDEFINE TABLE IF NOT EXISTS one;\n");
    MigrationSet set = MigrationLoader.load(dir);
    Migrator other = new Migrator(client, set);
    Migrator migrator =
        new Migrator(client, set)
            .withListener(
                new MigrationListener() {
                  @Override
                  public void beforeMigrate(MigrationEvent event) {
                    other.migrate(); // the other process wins the race between our status check and
                    // our transaction
                  }
                });

    assertThatThrownBy(migrator::migrate)
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining(
            "Migration 20260101_120000 one ("
                + dir.resolve("20260101_120000_one.surql")
                + ") was applied by another process while this one was applying it: _migration_history:⟨20260101_120000⟩"
                + " already exists")
        .hasMessageContaining("nothing from it was applied twice");
    assertThat(migrator.history().applied()).hasSize(1);
  }

  // ------------------------------------------------------------------------------ dry run

  @Test
  void dry_run_lists_statements_with_file_and_line_and_runs_nothing() throws IOException {
    writeFive();
    Migrator migrator = migrator();

    List<PlannedStatement> all = migrator.dryRun();
    List<PlannedStatement> toTwo = migrator.dryRun("20260102_120000");

    Path three = dir.resolve("20260103_120000_three.surql");
    assertThat(all)
        .hasSize(7)
        .contains(
            new PlannedStatement(
                "20260103_120000", three.toString(), 3, "DEFINE FIELD n ON three TYPE int"));
    assertThat(all.get(0))
        .isEqualTo(
            new PlannedStatement(
                "20260101_120000",
                dir.resolve("20260101_120000_one.surql").toString(),
                2,
                "DEFINE TABLE one"));
    assertThat(toTwo)
        .extracting(PlannedStatement::text)
        .containsExactly("DEFINE TABLE one", "DEFINE TABLE two");
    assertThat(tables()).isEmpty();
    assertThatThrownBy(() -> migrator.dryRun("nope"))
        .hasMessageContaining("Unknown target version 'nope'");
  }

  // ------------------------------------------------------------------------------ down

  @Test
  void down_runs_the_latest_migrations_down_statements_and_removes_its_history_row()
      throws IOException {
    write(dir, "20260101_120000_init.surql", FUNCTIONS_AND_EVENTS);
    write(dir, "20260102_120000_post.surql", "DEFINE TABLE post;\n");
    write(dir, "20260102_120000_post.down.surql", "REMOVE TABLE post;\n");
    Migrator migrator = migrator();
    migrator.migrate();
    String fingerprintBefore = migrator.history().fingerprint();

    assertThatThrownBy(() -> migrator.down("20260101_120000"))
        .isInstanceOf(SurqlException.class)
        .hasMessage(
            "Cannot roll back migration 20260101_120000: it is not the latest applied migration of "
                + database.namespace()
                + "/"
                + database.database()
                + " (the latest is 20260102_120000). Roll back the"
                + " newer migrations first, newest first.");

    ExecutedMigration post = migrator.down("20260102_120000");
    ExecutedMigration init = migrator.down("20260101_120000");

    assertThat(post.direction()).isEqualTo(MigrationDirection.DOWN);
    assertThat(init.version()).isEqualTo("20260101_120000");
    assertThat(tables()).containsExactly(MigrationHistory.TABLE);
    assertThat(JsonResults.tree(client.query("INFO FOR DB;").last()).path("functions").size())
        .isZero();
    assertThat(migrator.history().applied()).isEmpty();
    assertThat(migrator.history().fingerprint())
        .isNotEqualTo(fingerprintBefore)
        .isEqualTo(MigrationHistory.fingerprint(List.of()));
    assertThatThrownBy(() -> migrator.down("20260101_120000"))
        .isInstanceOf(SurqlException.class)
        .hasMessageContaining("Cannot roll back migration 20260101_120000: it is not applied to")
        .extracting(t -> ((SurqlException) t).code())
        .isEqualTo(ErrorCode.ROLLBACK_FAILED);
    assertThat(migrator.migrate().count()).isEqualTo(2);
  }

  @Test
  void down_refuses_an_irreversible_migration() throws IOException {
    write(dir, "20260101_120000_one.surql", "-- @up\nDEFINE TABLE one;\n");
    Migrator migrator = migrator();
    migrator.migrate();

    assertThatThrownBy(() -> migrator.down("20260101_120000"))
        .hasMessageContaining(
            "Cannot roll back migration 20260101_120000 one ("
                + dir.resolve("20260101_120000_one.surql")
                + "): it is irreversible: it has no down section (no -- @down line, no .down.surql file)");
    assertThat(migrator.history().applied()).hasSize(1);
  }

  @Test
  void failing_down_changes_nothing() throws IOException {
    write(
        dir,
        "20260101_120000_one.surql",
        "-- @up\nDEFINE TABLE one;\n-- @down\nREMOVE TABLE one;\nTHROW 'nope';\n");
    Migrator migrator = migrator();
    migrator.migrate();

    assertThatThrownBy(() -> migrator.down("20260101_120000"))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageContaining("Rolling back migration 20260101_120000 one failed")
        .hasMessageContaining("20260101_120000_one.surql:5")
        .hasMessageContaining("Statement: THROW 'nope'");
    assertThat(tables()).contains("one");
    assertThat(migrator.history().applied()).hasSize(1);
  }

  @Test
  void down_rejected_by_the_parser_names_file_and_line() throws IOException {
    write(
        dir,
        "20260101_120000_one.surql",
        "-- @up\nDEFINE TABLE one;\n-- @down\nREMOVE TABLE one;\nREMOVE TABLEZ one;\n");
    Migrator migrator = migrator();
    migrator.migrate();

    assertThatThrownBy(() -> migrator.down("20260101_120000"))
        .isInstanceOf(MigrationFailedException.class)
        .hasMessageStartingWith(
            "Rolling back migration 20260101_120000 one was rejected by the server's parser;"
                + " nothing was changed.")
        .hasMessageContaining("20260101_120000_one.surql:5")
        .hasMessageContaining("Statement: REMOVE TABLEZ one");
    assertThat(tables()).contains("one");
  }

  // ------------------------------------------------------------------------------ listeners

  @Test
  void listeners_are_called_in_order_around_each_migration_and_rollback() throws IOException {
    write(
        dir,
        "20260101_120000_one.surql",
        "-- @up\nDEFINE TABLE one;\n-- @down\nREMOVE TABLE one;\n");
    write(
        dir,
        "20260102_120000_two.surql",
        "-- @up\nDEFINE TABLE two;\n-- @down\nREMOVE TABLE two;\n");
    List<String> calls = new ArrayList<>();
    List<MigrationEvent> events = new ArrayList<>();
    class Recorder implements MigrationListener {
      private final String name;

      Recorder(String name) {
        this.name = name;
      }

      private void record(String what, MigrationEvent event) {
        calls.add(name + " " + what + " " + event.version() + " " + event.completedCount());
        events.add(event);
      }

      @Override
      public void beforeMigrate(MigrationEvent event) {
        record("beforeMigrate", event);
      }

      @Override
      public void afterMigrate(MigrationEvent event) {
        record("afterMigrate", event);
        // afterMigrate sees the committed migration
        assertThat(new MigrationHistory(event.client()).find(event.version())).isPresent();
      }

      @Override
      public void beforeRollback(MigrationEvent event) {
        record("beforeRollback", event);
      }

      @Override
      public void afterRollback(MigrationEvent event) {
        record("afterRollback", event);
      }
    }
    Migrator migrator = migrator().withListener(new Recorder("a")).withListener(new Recorder("b"));

    migrator.migrate();
    migrator.down("20260102_120000");

    assertThat(calls)
        .containsExactly(
            "a beforeMigrate 20260101_120000 0", "b beforeMigrate 20260101_120000 0",
            "a afterMigrate 20260101_120000 1", "b afterMigrate 20260101_120000 1",
            "a beforeMigrate 20260102_120000 1", "b beforeMigrate 20260102_120000 1",
            "a afterMigrate 20260102_120000 2", "b afterMigrate 20260102_120000 2",
            "a beforeRollback 20260102_120000 0", "b beforeRollback 20260102_120000 0",
            "a afterRollback 20260102_120000 1", "b afterRollback 20260102_120000 1");
    Iterator<MigrationEvent> it = events.iterator();
    MigrationEvent first = it.next();
    assertThat(first.duration()).isEmpty();
    assertThat(first.direction()).isEqualTo(MigrationDirection.UP);
    assertThat(first.client()).isSameAs(client);
    assertThat(events.get(2).duration()).isPresent();
    assertThat(events.get(events.size() - 1).direction()).isEqualTo(MigrationDirection.DOWN);
    assertThat(migrator.listeners()).hasSize(2);
  }

  @Test
  void applies_java_migrations_with_files() throws IOException {
    write(dir, "20260101_120000_one.surql", "-- @up\nDEFINE TABLE one;\n");
    JavaMigration seed =
        new MigrationLoaderTest.Java(
            "20260102_120000",
            "seed",
            List.of("CREATE one:1 SET n = 1", "CREATE one:2 SET n = 2"),
            Optional.of(List.of("DELETE one")));
    Migrator migrator = new Migrator(client, MigrationLoader.load(dir, List.of(seed)));

    migrator.migrate();

    assertThat(client.query("SELECT VALUE n FROM one ORDER BY n;").rows(Integer.class))
        .containsExactly(1, 2);
    assertThat(migrator.history().find("20260102_120000"))
        .hasValueSatisfying(
            a -> assertThat(a.source()).isEqualTo(MigrationLoaderTest.Java.class.getName()));
    migrator.down("20260102_120000");
    assertThat(client.query("SELECT * FROM one;").rows(Object.class)).isEmpty();
  }
}

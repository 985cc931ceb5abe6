package dev.surql.core.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.migration.MigrationHistory;
import dev.surql.core.migration.JavaMigration;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.SnapshotStore;
import dev.surql.core.snapshot.Snapshots;
import dev.surql.core.snapshot.TestSnapshots;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutoSnapshotsTest {
  private static final MigrationSet MIGRATIONS =
      MigrationLoader.fromJava(
          List.of(
              new Step(
                  "20260101_000000",
                  "create user",
                  List.of("DEFINE TABLE user SCHEMAFULL", "DEFINE FIELD name ON user TYPE string"),
                  List.of("REMOVE TABLE user")),
              new Step(
                  "20260102_000000",
                  "add bio",
                  List.of("DEFINE FIELD bio ON user TYPE option<string>"),
                  List.of("REMOVE FIELD bio ON user")),
              new Step(
                  "20260103_000000",
                  "add post",
                  List.of("DEFINE TABLE post SCHEMALESS"),
                  List.of("REMOVE TABLE post"))));

  private SurqlDatabase database;
  private SnapshotStore store;

  record Step(String version, String description, List<String> up, List<String> downStatements)
      implements JavaMigration {
    @Override
    public Optional<List<String>> down() {
      return Optional.of(downStatements);
    }
  }

  @BeforeEach
  void createDatabase() {
    database = SurqlDatabase.create(SurqlEngines.shared(), "snap_auto");
    store = new SnapshotStore(database.client());
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  private Migrator migrator() {
    return new Migrator(database.client(), MIGRATIONS).withListener(new AutoSnapshots());
  }

  @Test
  void stores_a_baseline_and_a_snapshot_after_every_applied_migration() {
    migrator().migrate();

    List<SchemaSnapshot> snapshots = store.list();
    assertThat(snapshots)
        .extracting(SchemaSnapshot::version)
        .containsExactly(
            AutoSnapshots.BASELINE_VERSION,
            "20260101_000000",
            "20260102_000000",
            "20260103_000000");
    assertThat(snapshots).extracting(SchemaSnapshot::migrationCount).containsExactly(0, 1, 2, 3);
    assertThat(snapshots.get(0).schema()).isEqualTo(DatabaseSchema.empty());
    assertThat(snapshots.get(3).schema().tables()).containsOnlyKeys("user", "post");
    assertThat(snapshots.get(3).checksum())
        .isEqualTo(Snapshots.createSnapshot(database.client(), "now", 3).checksum());

    SnapshotDiff diff = Snapshots.compareSnapshots(snapshots.get(1), snapshots.get(2));
    assertThat(diff.fieldsAdded()).containsExactly("user.bio");
    assertThat(diff.changes()).hasSize(1);
  }

  @Test
  void a_rollback_deletes_the_snapshot_and_a_later_run_stores_no_second_baseline() {
    migrator().migrate("20260102_000000");
    assertThat(store.versions()).containsExactly("0", "20260101_000000", "20260102_000000");

    migrator().down("20260102_000000");
    assertThat(store.versions()).containsExactly("0", "20260101_000000");

    migrator().migrate();
    assertThat(store.versions())
        .containsExactly("0", "20260101_000000", "20260102_000000", "20260103_000000");
    assertThat(store.load("20260103_000000").map(SchemaSnapshot::migrationCount)).contains(3);
  }

  @Test
  void no_baseline_when_the_store_already_holds_a_snapshot() {
    store.store(Snapshots.createSnapshot(database.client(), "manual", 0));

    migrator().migrate("20260101_000000");

    assertThat(store.versions()).containsExactly("20260101_000000", "manual");
  }

  @Test
  void a_different_snapshot_under_a_migration_version_stops_the_run_after_that_migration() {
    store.store(TestSnapshots.snapshot("20260102_000000", TestSnapshots.tricky()));

    assertThatThrownBy(() -> migrator().migrate())
        .isInstanceOfSatisfying(
            SurqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SNAPSHOT_INVALID))
        .hasMessageContaining("A different snapshot is already stored for version 20260102_000000");
    assertThat(new MigrationHistory(database.client()).applied()).hasSize(2);
    assertThat(store.versions()).containsExactly("20260101_000000", "20260102_000000");
  }
}

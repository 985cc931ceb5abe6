package dev.surql.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.snapshot.SnapshotJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SnapshotStoreTest {
  private SurqlDatabase database;
  private SnapshotStore store;

  @BeforeEach
  void createDatabase() {
    database = SurqlDatabase.create(SurqlEngines.shared(), "snap_store");
    store = new SnapshotStore(database.client());
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  @Test
  void an_empty_store_has_nothing_and_needs_no_table() {
    assertThat(store.isEmpty()).isTrue();
    assertThat(store.load("1")).isEmpty();
    assertThat(store.list()).isEmpty();
    assertThat(store.versions()).isEmpty();
    assertThat(store.latest()).isEmpty();
    assertThat(store.delete("1")).isFalse();
    assertThat(store.keepLast(1)).isZero();
  }

  @Test
  void stores_and_loads_a_snapshot_exactly() {
    SchemaSnapshot snapshot = TestSnapshots.snapshot("20260109_120000", TestSnapshots.tricky());

    assertThat(store.store(snapshot)).isSameAs(snapshot);

    assertThat(store.load("20260109_120000")).contains(snapshot);
    assertThat(store.isEmpty()).isFalse();
    var columns =
        JsonResults.tree(
            database
                .client()
                .query(
                    "SELECT version, checksum, table_count, migration_count, created_at,"
                        + " server_version FROM ONLY _schema_snapshot:⟨20260109_120000⟩")
                .last());
    assertThat(columns.path("version").asText()).isEqualTo("20260109_120000");
    assertThat(columns.path("checksum").asText()).isEqualTo(snapshot.checksum());
    assertThat(columns.path("table_count").isInt()).isTrue();
    assertThat(columns.path("table_count").asInt()).isEqualTo(2);
    assertThat(columns.path("migration_count").asInt()).isEqualTo(2);
    assertThat(Instant.parse(columns.path("created_at").asText())).isEqualTo(snapshot.createdAt());
    assertThat(columns.path("server_version").asText()).isEqualTo("surrealdb-3.0.2");
  }

  @Test
  void stores_a_captured_snapshot_and_leaves_its_table_out_of_later_snapshots() {
    RichSchema.define(database.client(), RichSchema.statements());
    SchemaSnapshot first = Snapshots.createSnapshot(database.client(), "1", 1);
    store.store(first);

    SchemaSnapshot second = Snapshots.createSnapshot(database.client(), "2", 1);

    assertThat(store.load("1")).contains(first);
    assertThat(second.schema().tables()).doesNotContainKey(SnapshotStore.TABLE);
    assertThat(second.checksum()).isEqualTo(first.checksum());
  }

  @Test
  void storing_the_same_schema_twice_keeps_the_first() {
    SchemaSnapshot first = TestSnapshots.snapshot("1", TestSnapshots.tricky());
    SchemaSnapshot again =
        SchemaSnapshot.of(
            "1",
            Instant.parse("2026-02-01T00:00:00Z"),
            "surrealdb-3.0.2",
            5,
            TestSnapshots.tricky());
    store.store(first);

    assertThat(store.store(again)).isEqualTo(first);
    assertThat(store.load("1")).contains(first);
  }

  @Test
  void refuses_to_store_a_different_schema_under_a_stored_version() {
    SchemaSnapshot first = TestSnapshots.snapshot("1", TestSnapshots.tricky());
    SchemaSnapshot other = TestSnapshots.snapshot("1", DatabaseSchema.empty());
    store.store(first);

    assertThatThrownBy(() -> store.store(other))
        .isInstanceOfSatisfying(
            SurqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SNAPSHOT_INVALID))
        .hasMessageContaining(
            "A different snapshot is already stored for version 1 in namespace '"
                + database.namespace()
                + "', database '"
                + database.database()
                + "'")
        .hasMessageContaining("stored:    checksum " + first.checksum())
        .hasMessageContaining("new:       checksum " + other.checksum())
        .hasMessageContaining("Use replace(snapshot) to overwrite it, or delete(\"1\") first.");
    assertThat(store.load("1")).contains(first);
  }

  @Test
  void replace_overwrites_on_purpose() {
    store.store(TestSnapshots.snapshot("1", TestSnapshots.tricky()));
    SchemaSnapshot other = TestSnapshots.snapshot("1", DatabaseSchema.empty());

    store.replace(other);

    assertThat(store.load("1")).contains(other);
    assertThat(store.versions()).containsExactly("1");
  }

  @Test
  void lists_by_version_order_then_creation_time() {
    for (String version : List.of("10", "2", "20260101_000000", "1.1", "0")) {
      store.store(TestSnapshots.snapshot(version, DatabaseSchema.empty()));
    }

    assertThat(store.list())
        .extracting(SchemaSnapshot::version)
        .containsExactly("0", "1.1", "2", "10", "20260101_000000");
    assertThat(store.versions()).containsExactly("0", "1.1", "2", "10", "20260101_000000");
    assertThat(store.latest().map(SchemaSnapshot::version)).contains("20260101_000000");
  }

  @Test
  void delete_and_keep_last() {
    for (String version : List.of("1", "2", "3", "4")) {
      store.store(TestSnapshots.snapshot(version, DatabaseSchema.empty()));
    }

    assertThat(store.delete("3")).isTrue();
    assertThat(store.delete("3")).isFalse();
    assertThat(store.keepLast(5)).isZero();
    assertThat(store.keepLast(2)).isEqualTo(1);
    assertThat(store.versions()).containsExactly("2", "4");
    assertThat(store.keepLast(0)).isEqualTo(2);
    assertThat(store.isEmpty()).isTrue();
    assertThatThrownBy(() -> store.keepLast(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be >= 0, but was -1");
  }

  @Test
  void stores_a_snapshot_larger_than_one_request_in_pieces() {
    SchemaSnapshot large = TestSnapshots.snapshot("1", TestSnapshots.large(500));
    assertThat(SnapshotJson.toCompactJson(large).length())
        .isGreaterThan(2 * SnapshotStore.CHUNK_CHARS);

    store.store(large);
    assertThat(store.load("1")).contains(large);

    SchemaSnapshot larger = TestSnapshots.snapshot("1", TestSnapshots.large(501));
    store.replace(larger);
    assertThat(store.load("1")).contains(larger);
  }

  @Test
  void chunks_never_split_a_surrogate_pair_and_literals_escape_quotes_and_backslashes() {
    String text = "a".repeat(SnapshotStore.CHUNK_CHARS - 1) + "😀" + "b";

    List<String> chunks = SnapshotStore.chunks(text);

    assertThat(chunks).hasSize(2);
    assertThat(chunks.get(0)).hasSize(SnapshotStore.CHUNK_CHARS - 1);
    assertThat(String.join("", chunks)).isEqualTo(text);
    assertThat(SnapshotStore.chunks("")).containsExactly("");
    assertThat(SnapshotStore.literal("it's \\ ok")).isEqualTo("'it\\'s \\\\ ok'");
  }

  @Test
  void a_record_edited_in_the_database_is_rejected_on_load() {
    SchemaSnapshot snapshot = TestSnapshots.snapshot("1", TestSnapshots.tricky());
    store.store(snapshot);
    database
        .client()
        .query(
            "UPDATE _schema_snapshot:⟨1⟩ SET snapshot = string::replace(snapshot, 'VALUE 10', "
                + "'VALUE 11')");

    assertThatThrownBy(() -> store.load("1"))
        .isInstanceOfSatisfying(
            SurqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SNAPSHOT_INVALID))
        .hasMessageContaining(
            "Snapshot record _schema_snapshot:⟨1⟩ in namespace '" + database.namespace() + "'")
        .hasMessageContaining("stored checksum is " + snapshot.checksum());
  }

  @Test
  void a_record_without_snapshot_text_is_rejected_with_advice() {
    database.client().query("CREATE _schema_snapshot:⟨9⟩ SET version = '9', snapshot = 42");

    assertThatThrownBy(() -> store.list())
        .isInstanceOf(SurqlException.class)
        .hasMessageContaining("Snapshot record _schema_snapshot:⟨9⟩")
        .hasMessageContaining(
            "its field 'snapshot' is not the snapshot's JSON text. Delete the record and store the "
                + "snapshot again.");
  }
}

package dev.surql.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.surql.core.SharedEngineLine;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.internal.snapshot.SchemaChecksum;
import dev.surql.core.internal.snapshot.SnapshotJson;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SnapshotsTest {
  private static SurrealEngine engine;
  private static SurqlDatabase database;
  private static SchemaSnapshot snapshot;

  @BeforeAll
  static void captureRichSchema() {
    engine = SurqlEngines.shared();
    database = SurqlDatabase.create(engine, "snap_capture");
    RichSchema.define(database.client(), RichSchema.statements());
    snapshot = Snapshots.createSnapshot(database.client(), "20260109_120000", 3);
  }

  @AfterAll
  static void dropDatabase() {
    database.close();
  }

  @Test
  void records_version_count_server_and_a_checksum_of_the_schema() {
    assertThat(snapshot.version()).isEqualTo("20260109_120000");
    assertThat(snapshot.migrationCount()).isEqualTo(3);
    assertThat(snapshot.serverVersion()).isEqualTo(database.client().serverVersion());
    assertThat(snapshot.checksum())
        .matches("[0-9a-f]{64}")
        .isEqualTo(SchemaChecksum.of(snapshot.schema()));
    assertThat(snapshot.checksumValid()).isTrue();
  }

  @Test
  void captures_tables_with_kind_and_relation() {
    DatabaseSchema schema = snapshot.schema();

    assertThat(schema.tables()).containsOnlyKeys("user", "post", "likes", "log");
    assertThat(schema.tables().values())
        .extracting(TableSchema::name, TableSchema::kind, TableSchema::schemafull)
        .containsExactly(
            tuple("likes", TableKind.RELATION, false),
            tuple("log", TableKind.ANY, false),
            tuple("post", TableKind.NORMAL, true),
            tuple("user", TableKind.NORMAL, true));
    assertThat(schema.edges()).containsOnlyKeys("likes");
    assertThat(schema.tables().get("likes").relation())
        .contains(new RelationSchema(List.of("user"), List.of("post"), false));
    assertThat(schema.tables().get("user").definition())
        .isEqualTo("DEFINE TABLE user TYPE NORMAL SCHEMAFULL PERMISSIONS NONE");
  }

  @Test
  void captures_nested_array_element_and_generated_fields() {
    TableSchema user = snapshot.schema().tables().get("user");

    assertThat(user.fields())
        .containsOnlyKeys(
            "name",
            "email",
            "bio",
            "address",
            "address.city",
            "tags",
            SharedEngineLine.element("tags"),
            "created_at");
    assertThat(user.field("bio").flatMap(FieldSchema::type))
        .contains(SharedEngineLine.option("string"));
    assertThat(user.field(SharedEngineLine.element("tags")).flatMap(FieldSchema::type))
        .contains("string");
    assertThat(user.field("tags").flatMap(FieldSchema::defaultValue)).contains("[]");
    FieldSchema createdAt = user.field("created_at").orElseThrow();
    assertThat(createdAt.readonly()).isTrue();
    assertThat(createdAt.defaultValue()).contains("time::now()");
    assertThat(user.field("name").flatMap(FieldSchema::assertion))
        .contains("string::len($value) > 0");
    assertThat(snapshot.schema().tables().get("likes").fields())
        .containsOnlyKeys("in", "out", "at");
  }

  @Test
  void captures_indexes_with_columns_and_kind() {
    assertThat(snapshot.schema().tables().get("user").index("email_idx"))
        .map(i -> List.of(i.columns(), i.kind()))
        .contains(List.of(List.of("email"), IndexKind.UNIQUE));
    assertThat(snapshot.schema().tables().get("post").indexes().values())
        .extracting(IndexSchema::name, IndexSchema::columns, IndexSchema::kind)
        .containsExactly(
            tuple("author_idx", List.of("author"), IndexKind.STANDARD),
            tuple("body_search", List.of("body"), IndexKind.FULLTEXT));
  }

  @Test
  void captures_events_and_database_definitions() {
    DatabaseSchema schema = snapshot.schema();

    assertThat(schema.tables().get("user").event("user_created").map(EventSchema::definition))
        .hasValueSatisfying(
            d ->
                assertThat(d)
                    .startsWith("DEFINE EVENT user_created ON user WHEN $event = 'CREATE'")
                    .contains("'created; '"));
    assertThat(schema.functions()).containsOnlyKeys("greet", "spare");
    if (SharedEngineLine.is2x()) {
      assertThat(schema.params()).containsOnlyKeys("max_posts", "spare", "no_sequences_on_2x");
      assertThat(schema.sequences()).isEmpty();
      return;
    }
    assertThat(schema.params()).containsOnlyKeys("max_posts", "spare");
    assertThat(schema.analyzers()).containsOnlyKeys("english", "spare");
    assertThat(schema.accesses()).containsOnlyKeys("account", "api");
    assertThat(schema.sequences()).containsOnlyKeys("order_no");
  }

  @Test
  void never_holds_access_keys_or_users() {
    String json = SnapshotJson.toJson(snapshot);

    assertThat(snapshot.schema().accesses().get("api")).contains("KEY '[REDACTED]'");
    assertThat(json)
        .doesNotContain("secret-key")
        .doesNotContain("PASSHASH")
        .doesNotContain("reader");
  }

  @Test
  void same_schema_created_in_another_order_has_the_same_checksum() {
    try (SurqlDatabase other = SurqlDatabase.create(engine, "snap_shuffled")) {
      List<String> shuffled = RichSchema.shuffled(42);
      assertThat(shuffled)
          .isNotEqualTo(RichSchema.statements())
          .hasSameElementsAs(RichSchema.statements());
      RichSchema.define(other.client(), shuffled);

      SchemaSnapshot second = Snapshots.createSnapshot(other.client(), "other", 0);

      assertThat(second.checksum()).isEqualTo(snapshot.checksum());
      assertThat(second.schema()).isEqualTo(snapshot.schema());
      assertThat(Snapshots.compareSnapshots(snapshot, second).isEmpty()).isTrue();
      assertThat(Snapshots.compareSnapshots(snapshot, second).checksumMatch()).isTrue();
    }
  }

  @Test
  void leaves_out_surql_tests_own_tables() {
    try (SurqlDatabase other = SurqlDatabase.create(engine, "snap_own")) {
      RichSchema.define(other.client(), RichSchema.statements());
      other
          .client()
          .query(
              "DEFINE TABLE _migration_history SCHEMAFULL; DEFINE FIELD version ON _migration_history "
                  + "TYPE string; DEFINE TABLE _schema_snapshot; DEFINE TABLE _surql_lock; DEFINE TABLE _surqlx;"
                  + " CREATE _surql_lock:one;");

      SchemaSnapshot withOwnTables = Snapshots.createSnapshot(other.client(), "v", 0);

      assertThat(withOwnTables.schema().tables()).containsOnlyKeys("user", "post", "likes", "log");
      assertThat(withOwnTables.checksum()).isEqualTo(snapshot.checksum());
    }
    assertThat(Snapshots.isExcluded("_migration_history")).isTrue();
    assertThat(Snapshots.isExcluded("_surql_anything")).isTrue();
    assertThat(Snapshots.isExcluded("surql")).isFalse();
    assertThat(Snapshots.isExcluded("_schema_snapshots")).isFalse();
  }

  @Test
  void captures_an_empty_database_and_names_needing_escapes() {
    try (SurqlDatabase other = SurqlDatabase.create(engine, "snap_empty")) {
      assertThat(Snapshots.captureSchema(other.client())).isEqualTo(DatabaseSchema.empty());

      other
          .client()
          .query(
              "DEFINE TABLE `odd-name` SCHEMAFULL; DEFINE FIELD `a b` ON `odd-name` TYPE int;"
                  + " DEFINE TABLE `select` SCHEMALESS;");
      DatabaseSchema schema = Snapshots.captureSchema(other.client());

      assertThat(schema.tables()).containsOnlyKeys("odd-name", "select");
      assertThat(schema.tables().get("odd-name").fields()).containsOnlyKeys("`a b`");
      assertThat(schema.tables().get("odd-name").field("`a b`").flatMap(FieldSchema::type))
          .contains("int");
    }
  }

  @Test
  void captures_five_hundred_tables_with_ten_fields_and_two_indexes_each() {
    try (SurqlDatabase other = SurqlDatabase.create(engine, "snap_large")) {
      StringBuilder sql = new StringBuilder();
      for (int t = 0; t < 500; t++) {
        sql.append("DEFINE TABLE t").append(t).append(" SCHEMAFULL;");
        for (int f = 0; f < 10; f++) {
          sql.append("DEFINE FIELD f").append(f).append(" ON t").append(t).append(" TYPE string;");
        }
        sql.append("DEFINE INDEX i0 ON t").append(t).append(" FIELDS f0 UNIQUE;");
        sql.append("DEFINE INDEX i1 ON t").append(t).append(" FIELDS f1, f2;");
      }
      other.client().query(sql.toString());

      DatabaseSchema schema = Snapshots.captureSchema(other.client());

      assertThat(schema.tables()).hasSize(500);
      assertThat(schema.tables().values())
          .allSatisfy(
              table -> {
                assertThat(table.fields()).hasSize(10);
                assertThat(table.indexes()).hasSize(2);
                assertThat(table.index("i1").map(IndexSchema::columns))
                    .contains(List.of("f1", "f2"));
              });
    }
  }

  @Test
  void compares_schemas_in_element_then_name_order_with_before_and_after() {
    try (SurqlDatabase other = SurqlDatabase.create(engine, "snap_diff")) {
      RichSchema.define(other.client(), RichSchema.statements());
      other
          .client()
          .query(
              "DEFINE TABLE profile SCHEMAFULL; DEFINE FIELD handle ON profile TYPE string;"
                  + " DEFINE FIELD OVERWRITE bio ON user TYPE string; DEFINE INDEX name_idx ON user FIELDS name;"
                  + " REMOVE FUNCTION fn::spare; DEFINE TABLE follows TYPE RELATION IN user OUT user;");
      SchemaSnapshot after = Snapshots.createSnapshot(other.client(), "20260110_090000", 4);

      SnapshotDiff diff = Snapshots.compareSnapshots(snapshot, after);

      assertThat(diff.changes())
          .extracting(SchemaChange::element, SchemaChange::type, SchemaChange::name)
          .containsExactly(
              tuple(SchemaElement.TABLE, ChangeType.ADDED, "profile"),
              tuple(SchemaElement.EDGE, ChangeType.ADDED, "follows"),
              tuple(SchemaElement.FIELD, ChangeType.MODIFIED, "user.bio"),
              tuple(SchemaElement.INDEX, ChangeType.ADDED, "user.name_idx"),
              tuple(SchemaElement.FUNCTION, ChangeType.REMOVED, "fn::spare"));
      assertThat(diff.fromVersion()).isEqualTo("20260109_120000");
      assertThat(diff.toVersion()).isEqualTo("20260110_090000");
      assertThat(diff.checksumMatch()).isFalse();
      assertThat(diff.warning()).isEmpty();
      SchemaChange bio = diff.changes(ChangeType.MODIFIED, SchemaElement.FIELD).get(0);
      assertThat(bio.before())
          .contains(
              "DEFINE FIELD bio ON user TYPE "
                  + SharedEngineLine.option("string")
                  + " PERMISSIONS FULL");
      assertThat(bio.after()).contains("DEFINE FIELD bio ON user TYPE string PERMISSIONS FULL");
      assertThat(diff.tablesAdded()).containsExactly("profile");
      assertThat(diff.edgesAdded()).containsExactly("follows");
      assertThat(diff.render())
          .isEqualTo(
              """
          Comparing 20260109_120000 → 20260110_090000

          Tables Added:
            + profile

          Edges Added:
            + follows

          Fields Modified:
            ~ user.bio
              - DEFINE FIELD bio ON user TYPE %s PERMISSIONS FULL
              + DEFINE FIELD bio ON user TYPE string PERMISSIONS FULL

          Indexes Added:
            + user.name_idx

          Functions Removed:
            - fn::spare
          """
                  .formatted(SharedEngineLine.option("string")));
    }
  }

  @Test
  void warns_when_server_versions_differ() {
    SchemaSnapshot older =
        SchemaSnapshot.builder()
            .version("1")
            .createdAt(snapshot.createdAt())
            .serverVersion("surrealdb-2.6.5")
            .migrationCount(0)
            .checksum(snapshot.checksum())
            .schema(snapshot.schema())
            .build();

    SnapshotDiff diff = Snapshots.compareSnapshots(older, snapshot);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.warning())
        .hasValueSatisfying(
            w ->
                assertThat(w)
                    .contains(
                        "surrealdb-2.6.5",
                        snapshot.serverVersion(),
                        "checksums are not comparable"));
    assertThat(diff.render())
        .isEqualTo(
            "Comparing 1 → 20260109_120000\n\nWarning: "
                + diff.warning().get()
                + "\n\nSchemas are identical\n");
  }

  @Test
  void identical_snapshots_render_as_identical() {
    SnapshotDiff diff = snapshot.compareTo(snapshot);

    assertThat(diff)
        .isEqualTo(
            SnapshotDiff.builder()
                .fromVersion("20260109_120000")
                .toVersion("20260109_120000")
                .checksumMatch(true)
                .build());
    assertThat(SnapshotDiffRenderer.render(diff))
        .isEqualTo("Comparing 20260109_120000 → 20260109_120000\n\nSchemas are identical\n");
  }

  @Test
  void checksum_match_compares_the_checksums_a_snapshot_was_given_not_its_schema() {
    SchemaSnapshot tampered = snapshot.toBuilder().checksum("0".repeat(64)).build();
    SchemaSnapshot changed =
        snapshot.toBuilder()
            .schema(
                snapshot.schema().toBuilder()
                    .params(Map.of("extra", "DEFINE PARAM $extra VALUE 1"))
                    .build())
            .checksum("1".repeat(64))
            .build();

    assertThat(Snapshots.compareSnapshots(snapshot, tampered).isEmpty()).isTrue();
    assertThat(Snapshots.compareSnapshots(snapshot, tampered).checksumMatch()).isFalse();
    assertThat(Snapshots.compareSnapshots(tampered, tampered).checksumMatch()).isTrue();
    assertThat(Snapshots.compareSnapshots(snapshot, changed).checksumMatch()).isFalse();
  }

  @Test
  void checksum_match_of_computed_checksums_is_checksum_equality() {
    SchemaSnapshot same =
        SchemaSnapshot.of("x", Instant.now(), snapshot.serverVersion(), 0, snapshot.schema());
    SchemaSnapshot other =
        SchemaSnapshot.of(
            "y",
            Instant.now(),
            snapshot.serverVersion(),
            0,
            snapshot.schema().toBuilder()
                .params(Map.of("extra", "DEFINE PARAM $extra VALUE 1"))
                .build());

    SnapshotDiff equal = Snapshots.compareSnapshots(snapshot, same);
    SnapshotDiff different = Snapshots.compareSnapshots(same, other);

    assertThat(equal.checksumMatch())
        .isTrue()
        .isEqualTo(snapshot.checksum().equals(same.checksum()));
    assertThat(different.checksumMatch())
        .isFalse()
        .isEqualTo(same.checksum().equals(other.checksum()));
  }
}

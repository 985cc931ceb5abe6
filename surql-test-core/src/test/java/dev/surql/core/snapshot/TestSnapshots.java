package dev.surql.core.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Snapshots built in memory, for tests that do not need a database. */
public final class TestSnapshots {
  private TestSnapshots() {}

  /**
   * A small schema whose definitions hold quotes, backslashes, control characters and non-ASCII
   * text.
   */
  public static DatabaseSchema tricky() {
    FieldSchema name =
        FieldSchema.builder()
            .name("name")
            .type("string")
            .readonly(true)
            .defaultValue("'Zoë \\\\ \"q\"'")
            .assertion("$value != \"x'y\"")
            .definition(
                "DEFINE FIELD name ON user TYPE string DEFAULT 'Zoë \\\\ \"q\"' READONLY ASSERT $value != \"x'y\" "
                    + "COMMENT 'tab\there\u0001\u001f 😀' PERMISSIONS FULL")
            .build();
    IndexSchema idx =
        IndexSchema.builder()
            .name("name_idx")
            .columns(List.of("name", "address.city"))
            .kind(IndexKind.UNIQUE)
            .definition("DEFINE INDEX name_idx ON user FIELDS name, address.city UNIQUE")
            .build();
    EventSchema event =
        new EventSchema("ev", "DEFINE EVENT ev ON user WHEN true THEN (CREATE log SET m = '⟨x⟩')");
    TableSchema user =
        TableSchema.builder()
            .name("user")
            .kind(TableKind.NORMAL)
            .schemafull(true)
            .definition("DEFINE TABLE user TYPE NORMAL SCHEMAFULL PERMISSIONS NONE")
            .fields(new TreeMap<>(Map.of("name", name)))
            .indexes(new TreeMap<>(Map.of("name_idx", idx)))
            .events(new TreeMap<>(Map.of("ev", event)))
            .build();
    TableSchema likes =
        TableSchema.builder()
            .name("likes")
            .kind(TableKind.RELATION)
            .relation(new RelationSchema(List.of("user"), List.of("user", "post"), true))
            .definition(
                "DEFINE TABLE likes TYPE RELATION IN user OUT user | post ENFORCED SCHEMALESS PERMISSIONS NONE")
            .build();
    return DatabaseSchema.builder()
        .tables(new TreeMap<>(Map.of("user", user, "likes", likes)))
        .functions(
            new TreeMap<>(
                Map.of("greet", "DEFINE FUNCTION fn::greet() { RETURN 'hi' } PERMISSIONS FULL")))
        .params(new TreeMap<>(Map.of("max", "DEFINE PARAM $max VALUE 10 PERMISSIONS FULL")))
        .analyzers(new TreeMap<>(Map.of("simple", "DEFINE ANALYZER simple TOKENIZERS BLANK")))
        .accesses(
            new TreeMap<>(
                Map.of(
                    "api",
                    "DEFINE ACCESS api ON DATABASE TYPE JWT ALGORITHM HS256 KEY '[REDACTED]'")))
        .sequences(new TreeMap<>(Map.of("seq", "DEFINE SEQUENCE seq BATCH 100 START 0")))
        .build();
  }

  public static SchemaSnapshot snapshot(String version, DatabaseSchema schema) {
    return SchemaSnapshot.of(
        version, Instant.parse("2026-01-09T12:00:00.123456789Z"), "surrealdb-3.0.2", 2, schema);
  }

  /** {@code tables} tables of 10 fields and 2 indexes each, as a 3.0.2 server prints them. */
  static DatabaseSchema large(int tables) {
    TreeMap<String, TableSchema> all = new TreeMap<>();
    for (int t = 0; t < tables; t++) {
      String table = "t" + t;
      TreeMap<String, FieldSchema> fields = new TreeMap<>();
      for (int f = 0; f < 10; f++) {
        fields.put(
            "f" + f,
            FieldSchema.builder()
                .name("f" + f)
                .type("string")
                .definition("DEFINE FIELD f" + f + " ON " + table + " TYPE string PERMISSIONS FULL")
                .build());
      }
      TreeMap<String, IndexSchema> indexes = new TreeMap<>();
      indexes.put(
          "i0",
          IndexSchema.builder()
              .name("i0")
              .columns(List.of("f0"))
              .kind(IndexKind.UNIQUE)
              .definition("DEFINE INDEX i0 ON " + table + " FIELDS f0 UNIQUE")
              .build());
      indexes.put(
          "i1",
          IndexSchema.builder()
              .name("i1")
              .columns(List.of("f1", "f2"))
              .kind(IndexKind.STANDARD)
              .definition("DEFINE INDEX i1 ON " + table + " FIELDS f1, f2")
              .build());
      all.put(
          table,
          TableSchema.builder()
              .name(table)
              .kind(TableKind.NORMAL)
              .schemafull(true)
              .definition("DEFINE TABLE " + table + " TYPE NORMAL SCHEMAFULL PERMISSIONS NONE")
              .fields(fields)
              .indexes(indexes)
              .build());
    }
    return DatabaseSchema.builder().tables(all).build();
  }
}

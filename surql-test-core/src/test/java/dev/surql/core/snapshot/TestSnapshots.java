package dev.surql.core.snapshot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Snapshots built in memory, for tests that do not need a database. */
public final class TestSnapshots {
  private TestSnapshots() {}

  /** A small schema whose definitions hold quotes, backslashes, control characters and non-ASCII text. */
  public static DatabaseSchema tricky() {
    FieldSchema name = new FieldSchema("name", Optional.of("string"), true, Optional.of("'Zoë \\\\ \"q\"'"),
        Optional.of("$value != \"x'y\""), Optional.empty(),
        "DEFINE FIELD name ON user TYPE string DEFAULT 'Zoë \\\\ \"q\"' READONLY ASSERT $value != \"x'y\" "
            + "COMMENT 'tab\there\u0001\u001f 😀' PERMISSIONS FULL");
    IndexSchema idx = new IndexSchema("name_idx", List.of("name", "address.city"), IndexKind.UNIQUE,
        "DEFINE INDEX name_idx ON user FIELDS name, address.city UNIQUE");
    EventSchema event = new EventSchema("ev", "DEFINE EVENT ev ON user WHEN true THEN (CREATE log SET m = '⟨x⟩')");
    TableSchema user = new TableSchema("user", TableKind.NORMAL, true, Optional.empty(),
        "DEFINE TABLE user TYPE NORMAL SCHEMAFULL PERMISSIONS NONE", new TreeMap<>(Map.of("name", name)),
        new TreeMap<>(Map.of("name_idx", idx)), new TreeMap<>(Map.of("ev", event)));
    TableSchema likes = new TableSchema("likes", TableKind.RELATION, false,
        Optional.of(new RelationSchema(List.of("user"), List.of("user", "post"), true)),
        "DEFINE TABLE likes TYPE RELATION IN user OUT user | post ENFORCED SCHEMALESS PERMISSIONS NONE",
        new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    return new DatabaseSchema(new TreeMap<>(Map.of("user", user, "likes", likes)),
        new TreeMap<>(Map.of("greet", "DEFINE FUNCTION fn::greet() { RETURN 'hi' } PERMISSIONS FULL")),
        new TreeMap<>(Map.of("max", "DEFINE PARAM $max VALUE 10 PERMISSIONS FULL")),
        new TreeMap<>(Map.of("simple", "DEFINE ANALYZER simple TOKENIZERS BLANK")),
        new TreeMap<>(Map.of("api", "DEFINE ACCESS api ON DATABASE TYPE JWT ALGORITHM HS256 KEY '[REDACTED]'")),
        new TreeMap<>(Map.of("seq", "DEFINE SEQUENCE seq BATCH 100 START 0")));
  }

  public static SchemaSnapshot snapshot(String version, DatabaseSchema schema) {
    return SchemaSnapshot.of(version, Instant.parse("2026-01-09T12:00:00.123456789Z"), "surrealdb-3.0.2", 2, schema);
  }

  /** {@code tables} tables of 10 fields and 2 indexes each, as a 3.0.2 server prints them. */
  static DatabaseSchema large(int tables) {
    TreeMap<String, TableSchema> all = new TreeMap<>();
    for (int t = 0; t < tables; t++) {
      String table = "t" + t;
      TreeMap<String, FieldSchema> fields = new TreeMap<>();
      for (int f = 0; f < 10; f++) {
        fields.put("f" + f, new FieldSchema("f" + f, Optional.of("string"), false, Optional.empty(), Optional.empty(),
            Optional.empty(), "DEFINE FIELD f" + f + " ON " + table + " TYPE string PERMISSIONS FULL"));
      }
      TreeMap<String, IndexSchema> indexes = new TreeMap<>();
      indexes.put("i0", new IndexSchema("i0", List.of("f0"), IndexKind.UNIQUE,
          "DEFINE INDEX i0 ON " + table + " FIELDS f0 UNIQUE"));
      indexes.put("i1", new IndexSchema("i1", List.of("f1", "f2"), IndexKind.STANDARD,
          "DEFINE INDEX i1 ON " + table + " FIELDS f1, f2"));
      all.put(table, new TableSchema(table, TableKind.NORMAL, true, Optional.empty(),
          "DEFINE TABLE " + table + " TYPE NORMAL SCHEMAFULL PERMISSIONS NONE", fields, indexes, new TreeMap<>()));
    }
    return new DatabaseSchema(all, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
  }
}

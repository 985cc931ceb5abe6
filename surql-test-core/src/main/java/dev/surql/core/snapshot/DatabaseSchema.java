package dev.surql.core.snapshot;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole schema of one database: its tables (relation tables included) and the database-level
 * definitions, each mapped from name to the server's canonical {@code DEFINE} statement. Does not
 * include surql-test's own tables ({@code _migration_history}, {@code _schema_snapshot}, …).
 * Names are the keys {@code INFO FOR DB} gives: a function as {@code greet} (not {@code fn::greet}),
 * a param as {@code max} (not {@code $max}). Capture one with {@code Snapshots.captureSchema}.
 */
public record DatabaseSchema(
    SortedMap<String, TableSchema> tables,
    SortedMap<String, String> functions,
    SortedMap<String, String> params,
    SortedMap<String, String> analyzers,
    SortedMap<String, String> accesses,
    SortedMap<String, String> sequences) {

  public DatabaseSchema {
    tables = sorted(tables, "tables");
    functions = sorted(functions, "functions");
    params = sorted(params, "params");
    analyzers = sorted(analyzers, "analyzers");
    accesses = sorted(accesses, "accesses");
    sequences = sorted(sequences, "sequences");
  }

  private static <V> SortedMap<String, V> sorted(Map<String, V> map, String name) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(map, name)));
  }

  /** A schema with nothing in it. */
  public static DatabaseSchema empty() {
    return new DatabaseSchema(new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
        new TreeMap<>());
  }

  public Optional<TableSchema> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** The relation tables, by name. */
  public SortedMap<String, TableSchema> edges() {
    TreeMap<String, TableSchema> edges = new TreeMap<>();
    tables.forEach((name, table) -> {
      if (table.isRelation()) {
        edges.put(name, table);
      }
    });
    return Collections.unmodifiableSortedMap(edges);
  }
}

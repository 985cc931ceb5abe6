package dev.surql.core.internal.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.QueryResult;
import dev.surql.core.client.StatementResult;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import dev.surql.core.internal.text.Abbreviation;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.Snapshots;
import dev.surql.core.snapshot.TableSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a database's schema: {@code INFO FOR DB}, then one request with an {@code INFO FOR TABLE}
 * for every table that must be (re-)read. The reads can also arrive {@linkplain Prefetched
 * prefetched} in the request of the step before the snapshot (a migration's transaction, see {@link
 * dev.surql.core.internal.migration.MigrationSteps}): then only tables the prefetch missed cost a
 * second request, and a snapshot costs no request of its own at all when the prefetch named every
 * table that changed.
 */
public final class SchemaCapture {

  /**
   * The input of {@code DefinitionParser.table}: the table's name and its server-printed
   * definitions.
   */
  private record ParsedTableKey(
      String name,
      String definition,
      SortedMap<String, String> fields,
      SortedMap<String, String> indexes,
      SortedMap<String, String> events) {}

  /**
   * The results of {@link #reads(Collection)}: {@code INFO FOR DB} and the {@code INFO FOR TABLE}
   * of each table asked for, by name (a table that did not exist answers an error, which is never
   * used: only tables {@code INFO FOR DB} lists are read from it).
   */
  public static final class Prefetched {
    private final StatementResult db;
    private final Map<String, StatementResult> tables;

    private Prefetched(StatementResult db, Map<String, StatementResult> tables) {
      this.db = db;
      this.tables = tables;
    }

    /**
     * The results of {@code reads(tables)}, in their order.
     *
     * @throws SurqlException if there are not one result per read
     */
    public static Prefetched of(List<String> tables, List<StatementResult> results) {
      Objects.requireNonNull(tables, "tables");
      Objects.requireNonNull(results, "results");
      if (results.size() != tables.size() + 1) {
        throw new SurqlException(
            ErrorCode.SNAPSHOT_INVALID,
            "Asked for INFO FOR DB and "
                + tables.size()
                + " INFO FOR TABLE results but got "
                + results.size()
                + " results; cannot capture a snapshot.");
      }
      Map<String, StatementResult> byTable = new HashMap<>();
      for (int i = 0; i < tables.size(); i++) {
        byTable.put(tables.get(i), results.get(i + 1));
      }
      return new Prefetched(results.get(0), byTable);
    }
  }

  private SchemaCapture() {}

  /** The read-only statements whose results {@link Prefetched#of} takes: INFO FOR DB first. */
  public static List<String> reads(Collection<String> tables) {
    List<String> reads = new ArrayList<>(tables.size() + 1);
    reads.add("INFO FOR DB");
    for (String table : tables) {
      reads.add(infoForTable(table));
    }
    return reads;
  }

  /**
   * The schema of the client's database. With {@code previous}, tables whose {@code DEFINE TABLE}
   * is unchanged and that {@code possiblyChanged} does not name are carried over from it instead of
   * being read; with {@code prefetched}, nothing is read that it holds.
   */
  public static DatabaseSchema capture(
      SurqlClient client,
      Optional<DatabaseSchema> previous,
      Set<String> possiblyChanged,
      Optional<Prefetched> prefetched) {
    StatementResult dbResult =
        prefetched.isPresent() && prefetched.get().db.ok()
            ? prefetched.get().db
            : client.query("INFO FOR DB;").last();
    JsonNode db = JsonResults.tree(dbResult);
    if (!db.isObject()) {
      throw new SurqlException(
          ErrorCode.SNAPSHOT_INVALID,
          "INFO FOR DB on "
              + client
              + " answered "
              + Abbreviation.abbreviate(db.toString(), 200)
              + " instead of an object; cannot capture a snapshot.");
    }
    // one pass over the listed tables, in the server's order; only the result is sorted
    Map<String, String> tableDefinitions = new HashMap<>();
    SortedMap<String, TableSchema> tables = new TreeMap<>();
    Map<String, JsonNode> infos = new HashMap<>();
    List<String> names = new ArrayList<>();
    JsonNode listed = db.path("tables");
    if (listed.isObject()) {
      for (Map.Entry<String, JsonNode> entry : listed.properties()) {
        String name = entry.getKey();
        if (Snapshots.isExcluded(name)) {
          continue;
        }
        String definition = entry.getValue().asText();
        tableDefinitions.put(name, definition);
        StatementResult read = prefetched.map(p -> p.tables.get(name)).orElse(null);
        if (read != null && read.ok()) {
          infos.put(name, JsonResults.tree(read));
          continue;
        }
        TableSchema known = previous.flatMap(p -> p.table(name)).orElse(null);
        if (known != null
            && known.definition().equals(definition)
            && !possiblyChanged.contains(name)) {
          tables.put(name, known);
        } else {
          names.add(name);
        }
      }
    }
    if (!names.isEmpty()) {
      StringBuilder sql = new StringBuilder(names.size() * 32);
      for (String name : names) {
        sql.append(infoForTable(name)).append(";\n");
      }
      QueryResult result = client.query(sql.toString());
      if (result.size() != names.size()) {
        throw new SurqlException(
            ErrorCode.SNAPSHOT_INVALID,
            "Asked "
                + client
                + " for "
                + names.size()
                + " INFO FOR TABLE results but got "
                + result.size()
                + "; cannot capture a snapshot.");
      }
      for (int i = 0; i < names.size(); i++) {
        infos.put(names.get(i), JsonResults.tree(result.get(i)));
      }
    }
    infos.forEach(
        (name, info) ->
            tables.put(
                name,
                parseTable(
                    client,
                    new ParsedTableKey(
                        name,
                        tableDefinitions.get(name),
                        strings(info.path("fields")),
                        strings(info.path("indexes")),
                        strings(info.path("events"))))));
    SortedMap<String, String> accesses = new TreeMap<>();
    strings(db.path("accesses"))
        .forEach(
            (name, definition) -> accesses.put(name, DefinitionParser.redactAccess(definition)));
    return DatabaseSchema.builder()
        .tables(tables)
        .functions(strings(db.path("functions")))
        .params(strings(db.path("params")))
        .analyzers(strings(db.path("analyzers")))
        .accesses(accesses)
        .sequences(strings(db.path("sequences")))
        .build();
  }

  private static String infoForTable(String table) {
    return "INFO FOR TABLE " + SurqlIdentifiers.escape(table);
  }

  /** The server's version, asked once per server (engine) and kept with its clients. */
  public static String serverVersion(SurqlClient client) {
    return SnapshotCache.of(client).serverVersion(client::serverVersion);
  }

  /**
   * Parses a table, or returns the schema parsed before from the same definitions on this server.
   */
  private static TableSchema parseTable(SurqlClient client, ParsedTableKey key) {
    return SnapshotCache.of(client)
        .table(
            key,
            () ->
                DefinitionParser.table(
                    key.name(), key.definition(), key.fields(), key.indexes(), key.events()));
  }

  private static SortedMap<String, String> strings(JsonNode node) {
    SortedMap<String, String> map = new TreeMap<>();
    if (node.isObject()) {
      node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
    }
    return map;
  }
}

package dev.surql.core.internal.snapshot;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.snapshot.TableSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What snapshots remember about one server, kept as an {@linkplain SurqlClient#attachment
 * attachment} of its clients (so per engine, never JVM-wide): the server's version, asked once, and
 * the tables already parsed, by everything the parse depends on. Consecutive snapshots of one
 * database (a migration walk takes three per migration) mostly see unchanged tables, so without
 * this memo the parsing work of a walk over N migrations would grow with N squared. Least recently
 * used tables are dropped beyond {@value #PARSED_TABLES_LIMIT}.
 */
public final class SnapshotCache {
  static final int PARSED_TABLES_LIMIT = 4096;

  private final Map<Object, TableSchema> parsedTables =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, TableSchema> eldest) {
              return size() > PARSED_TABLES_LIMIT;
            }
          });
  private volatile String serverVersion;

  /** The cache of the client's server. */
  public static SnapshotCache of(SurqlClient client) {
    return client.attachment(SnapshotCache.class, SnapshotCache::new);
  }

  /** The server's version, asking {@code ask} the first time only. */
  public String serverVersion(Supplier<String> ask) {
    String version = serverVersion;
    if (version == null) {
      version = ask.get();
      serverVersion = version;
    }
    return version;
  }

  /**
   * The table parsed before from the same input ({@code key} holds all of it; schemas are
   * immutable), or the one {@code parse} gives now.
   */
  public TableSchema table(Object key, Supplier<TableSchema> parse) {
    TableSchema cached = parsedTables.get(key);
    if (cached != null) {
      return cached;
    }
    TableSchema parsed = parse.get();
    parsedTables.put(key, parsed);
    return parsed;
  }

  /** How many parsed tables are remembered. */
  public int parsedTables() {
    return parsedTables.size();
  }
}

package dev.surql.bench.snapshot;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A database on the shared engine holding a generated schema of N tables, each with ten fields and
 * two indexes. Defining 500 tables takes a while, so a benchmark and its baseline share one
 * database per size: {@link #acquire} creates it for the first user, and the last {@link #close()}
 * removes it.
 */
final class SchemaDatabase implements AutoCloseable {
  static final int FIELDS = 10;
  static final int INDEXES = 2;
  private static final Map<Integer, Shared> SHARED = new HashMap<>();

  private final int tables;
  private final Shared shared;
  private boolean closed;

  private SchemaDatabase(int tables, Shared shared) {
    this.tables = tables;
    this.shared = shared;
  }

  /** The shared database with {@code tables} tables, created on first use. */
  static synchronized SchemaDatabase acquire(int tables) {
    Shared shared = SHARED.get(tables);
    if (shared == null) {
      shared = new Shared(create(tables));
      SHARED.put(tables, shared);
    }
    shared.users++;
    return new SchemaDatabase(tables, shared);
  }

  private static SurqlDatabase create(int tables) {
    SurqlDatabase database = SurqlDatabase.create(SurqlEngines.shared(), "bench_schema_" + tables);
    try {
      SurqlClient client = database.client();
      StringBuilder sql = new StringBuilder();
      for (int t = 1; t <= tables; t++) {
        String table = String.format(Locale.ROOT, "table_%04d", t);
        sql.append("DEFINE TABLE ").append(table).append(" SCHEMAFULL;\n");
        for (int f = 1; f <= FIELDS; f++) {
          sql.append("DEFINE FIELD field_")
              .append(f)
              .append(" ON ")
              .append(table)
              .append(
                  f % 3 == 0
                      ? " TYPE int DEFAULT 0"
                      : f % 3 == 1 ? " TYPE string" : " TYPE option<datetime>")
              .append(";\n");
        }
        sql.append("DEFINE INDEX ")
            .append(table)
            .append("_f1 ON ")
            .append(table)
            .append(" FIELDS field_1;\n");
        sql.append("DEFINE INDEX ")
            .append(table)
            .append("_f2_f3 ON ")
            .append(table)
            .append(" FIELDS field_2, field_3 UNIQUE;\n");
        if (t % 50 == 0 || t == tables) {
          client.query(sql.toString());
          sql.setLength(0);
        }
      }
      return database;
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** A client bound to the database. */
  SurqlClient client() {
    return shared.database.client();
  }

  /** The namespace (and database) name. */
  String name() {
    return shared.database.namespace();
  }

  @Override
  public void close() {
    synchronized (SchemaDatabase.class) {
      if (closed) {
        return;
      }
      closed = true;
      if (--shared.users == 0) {
        SHARED.remove(tables);
        shared.database.close();
      }
    }
  }

  private static final class Shared {
    final SurqlDatabase database;
    int users;

    Shared(SurqlDatabase database) {
      this.database = database;
    }
  }
}

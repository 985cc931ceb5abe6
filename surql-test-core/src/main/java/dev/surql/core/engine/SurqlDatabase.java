package dev.surql.core.engine;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.engine.CloseOnce;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A fresh namespace and database with a unique name on an engine, for one test scope. Closing it
 * removes the namespace and everything in it, so test scopes never share state.
 */
public final class SurqlDatabase implements AutoCloseable {
  private final SurrealEngine engine;
  private final String namespace;
  private final String database;
  private final SurqlClient client;
  private final CloseOnce closing = new CloseOnce();

  private SurqlDatabase(SurrealEngine engine, String namespace, String database) {
    this.engine = engine;
    this.namespace = namespace;
    this.database = database;
    this.client = engine.client(namespace, database);
  }

  /** A new database named {@code surql_<random>} in a namespace of the same name. */
  public static SurqlDatabase create(SurrealEngine engine) {
    return create(engine, "surql");
  }

  /** A new database whose name starts with the given prefix (letters, digits and _ are kept). */
  public static SurqlDatabase create(SurrealEngine engine, String prefix) {
    Objects.requireNonNull(engine, "engine");
    String clean = prefix.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
    if (clean.length() > 40) {
      clean = clean.substring(0, 40);
    }
    String name = clean + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    return create(engine, name, name);
  }

  /**
   * A database with exactly these names, created if missing. Any printable ASCII name is allowed:
   * it is always escaped in SurrealQL.
   *
   * @throws SurqlException ({@link ErrorCode#INVALID_CONFIGURATION}) if a name is empty or has a
   *     character that an HTTP header cannot carry (non-ASCII or a control character)
   */
  public static SurqlDatabase create(SurrealEngine engine, String namespace, String database) {
    Objects.requireNonNull(engine, "engine");
    checkName("namespace", namespace);
    checkName("database", database);
    SurqlDatabase db = new SurqlDatabase(engine, namespace, database);
    SurqlClient root = engine.client("", "");
    root.query(
        "DEFINE NAMESPACE IF NOT EXISTS "
            + SurqlIdentifiers.escape(namespace)
            + "; USE NS "
            + SurqlIdentifiers.escape(namespace)
            + "; DEFINE DATABASE IF NOT EXISTS "
            + SurqlIdentifiers.escape(database)
            + ";");
    return db;
  }

  private static void checkName(String what, String name) {
    Objects.requireNonNull(name, what);
    if (name.isEmpty()) {
      throw new SurqlException(
          ErrorCode.INVALID_CONFIGURATION, "The " + what + " name is empty: give it a name.");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        throw new SurqlException(
            ErrorCode.INVALID_CONFIGURATION,
            String.format(
                Locale.ROOT,
                "The %s name '%s' has the character U+%04X at index %d, which the Surreal-%s HTTP header cannot carry."
                    + " Use printable ASCII characters only (letters, digits and _ are safest).",
                what,
                name,
                (int) c,
                i,
                what.equals("namespace") ? "NS" : "DB"));
      }
    }
  }

  public SurrealEngine engine() {
    return engine;
  }

  public String namespace() {
    return namespace;
  }

  public String database() {
    return database;
  }

  /** A client bound to this namespace and database. */
  public SurqlClient client() {
    return client;
  }

  /**
   * Removes the namespace and everything in it; a stopped engine is not an error. Safe to call
   * twice or from several threads: every call returns once the namespace is gone.
   */
  @Override
  public void close() {
    closing.close(this::remove);
  }

  private void remove() {
    try {
      engine
          .client("", "")
          .query("REMOVE NAMESPACE IF EXISTS " + SurqlIdentifiers.escape(namespace) + ";");
    } catch (SurqlException e) {
      if (e.code() != ErrorCode.CONNECTION_REFUSED) {
        throw e;
      }
    }
  }

  @Override
  public String toString() {
    return "SurqlDatabase["
        + namespace
        + "/"
        + database
        + " on "
        + engine.rootSettings().url()
        + "]";
  }
}

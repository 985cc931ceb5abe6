package dev.surql.core.internal.sql;

import dev.surql.core.client.SurqlClient;
import java.util.Objects;

/**
 * The SurrealQL function that makes a record id from a table name and an id, for the server a
 * client talks to: {@code type::thing} on 1.x and 2.x, {@code type::record} on 3.x (which renamed
 * it and refuses the old name; on 2.x {@code type::record} only converts a value). Asks the
 * server's version once, on first use.
 */
public final class RecordIdFunction {
  private final SurqlClient client;
  private volatile String name;

  public RecordIdFunction(SurqlClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /** The function's name for a server version such as {@code surrealdb-2.6.0}. */
  public static String forServerVersion(String serverVersion) {
    return serverVersion.strip().matches("(?i)^(surrealdb-)?v?[12]\\..*")
        ? "type::thing"
        : "type::record";
  }

  /** The call for a table and an id expression, e.g. {@code type::record('t', $id)}. */
  public String call(String table, String idExpression) {
    String function = name;
    if (function == null) {
      function = forServerVersion(client.serverVersion());
      name = function;
    }
    return function + "('" + table + "', " + idExpression + ")";
  }
}

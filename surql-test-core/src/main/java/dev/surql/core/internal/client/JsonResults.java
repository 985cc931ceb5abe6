package dev.surql.core.internal.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.client.QueryResult;
import dev.surql.core.client.StatementResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The way in to a {@link StatementResult}'s JSON tree, which its public API does not show (it
 * offers typed accessors instead): {@link StatementResult} installs an {@link Access} here when its
 * class initializes, as {@code Statement} does for its tokens, so the snapshot, analysis and
 * history code reads {@code INFO} answers and rows as Jackson trees without Jackson in the client's
 * signatures.
 */
public final class JsonResults {

  /**
   * What {@link StatementResult} lets internal code do; implemented by {@link StatementResult}
   * alone.
   */
  public interface Access {
    /**
     * The statement's result as the server sent it: its value, or for a failed statement its
     * message.
     */
    JsonNode tree(StatementResult result);
  }

  private static volatile Access access;

  private JsonResults() {}

  /**
   * Installs {@link StatementResult}'s accessor; called once from its static initializer.
   *
   * @throws IllegalStateException if an accessor is installed already
   */
  public static synchronized void install(Access resultAccess) {
    Objects.requireNonNull(resultAccess, "resultAccess");
    if (access != null) {
      throw new IllegalStateException("StatementResult's accessor is installed already");
    }
    access = resultAccess;
  }

  /**
   * {@code result}'s JSON tree: its value ({@code NullNode} for none), or for a failed statement
   * its message.
   */
  public static JsonNode tree(StatementResult result) {
    return access().tree(result);
  }

  /**
   * The rows of the last statement of {@code result}: the elements of an array result; none
   * otherwise.
   */
  public static List<JsonNode> rows(QueryResult result) {
    JsonNode node = tree(result.last());
    List<JsonNode> rows = new ArrayList<>(node.size());
    if (node.isArray()) {
      node.forEach(rows::add);
    }
    return rows;
  }

  private static Access access() {
    Access installed = access;
    if (installed == null) {
      try {
        Class.forName(
            StatementResult.class.getName(), true, StatementResult.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      installed = access;
    }
    return installed;
  }
}

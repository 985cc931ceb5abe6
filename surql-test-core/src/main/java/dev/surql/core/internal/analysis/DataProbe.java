package dev.surql.core.internal.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import dev.surql.core.internal.sql.SurqlKeywords;
import dev.surql.core.internal.sql.SurqlLexer;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Counts the data a down statement puts at stake, with read-only queries: every name is escaped
 * with {@link SurqlIdentifiers#escape}; the only SurrealQL taken from outside is a {@code WHERE}
 * condition copied from the migration itself, and only when it has no parameters, subqueries or
 * custom function calls. A table that does not exist counts as 0. The forward analysis counts the
 * records an up puts at stake with the same probe.
 */
public final class DataProbe {

  /** A count, or why there is none. */
  public record Count(OptionalLong value, String reason) {
    public static Count of(long value) {
      return new Count(OptionalLong.of(value), "");
    }

    public static Count unavailable(String reason) {
      return new Count(OptionalLong.empty(), reason);
    }
  }

  private static final Set<String> UNSAFE_NAMESPACES =
      Set.of("fn", "http", "api", "ml", "sequence", "seq", "mod", "silo", "sleep");

  private final SurqlClient client;
  private Set<String> tables;

  /** A probe that reads through {@code client}. */
  public DataProbe(SurqlClient client) {
    this.client = client;
  }

  public SurqlClient client() {
    return client;
  }

  /** Whether the table exists (from {@code INFO FOR DB}, read once). */
  public boolean tableExists(String table) {
    if (tables == null) {
      JsonNode info = JsonResults.tree(client.query("INFO FOR DB").last());
      Set<String> names = new HashSet<>();
      for (Iterator<String> it = info.path("tables").fieldNames(); it.hasNext(); ) {
        names.add(it.next());
      }
      tables = names;
    }
    return tables.contains(table);
  }

  /** Records of {@code table}, optionally only those matching {@code condition}. */
  public Count records(String table, Optional<String> condition) {
    return count(table, condition, List.of());
  }

  /**
   * Records of {@code table} (matching {@code condition}) with a value in any of {@code fields}.
   */
  public Count values(String table, List<String> fields, Optional<String> condition) {
    return count(table, condition, fields);
  }

  /**
   * How many distinct values of {@code columns} occur in more than one record of {@code table}.
   * Records with NONE or NULL in any column do not count: a unique index skips them (3.0.2).
   */
  public Count duplicates(String table, List<String> columns) {
    if (columns.isEmpty()) {
      return Count.unavailable("the index names no column");
    }
    try {
      if (!tableExists(table)) {
        return Count.of(0);
      }
      List<String> expressions = new ArrayList<>();
      for (String column : columns) {
        expressions.add(fieldExpression(column));
      }
      String list = String.join(", ", expressions);
      // a unique index skips a record whose indexed value (any of them) is NONE or NULL
      String present =
          String.join(
              " AND ",
              expressions.stream().map(e -> e + " != NONE AND " + e + " != NULL").toList());
      String sql =
          "SELECT count() FROM (SELECT "
              + list
              + ", count() AS __surql_n FROM "
              + SurqlIdentifiers.escape(table)
              + " WHERE "
              + present
              + " GROUP BY "
              + list
              + ") WHERE __surql_n > 1 GROUP ALL";
      return Count.of(firstCount(JsonResults.tree(client.query(sql).last())));
    } catch (SurqlException | IllegalArgumentException e) {
      return Count.unavailable("could not count: " + firstLine(e.getMessage()));
    }
  }

  private Count count(String table, Optional<String> condition, List<String> fields) {
    if (condition.isPresent()) {
      Optional<String> problem = whyNotCountable(condition.get());
      if (problem.isPresent()) {
        return Count.unavailable("not counted: the WHERE condition " + problem.get());
      }
    }
    try {
      if (!tableExists(table)) {
        return Count.of(0);
      }
      List<String> where = new ArrayList<>();
      condition.ifPresent(c -> where.add("(" + c + ")"));
      if (!fields.isEmpty()) {
        List<String> any = new ArrayList<>();
        for (String field : fields) {
          any.add(fieldExpression(field) + " != NONE");
        }
        where.add("(" + String.join(" OR ", any) + ")");
      }
      String sql =
          "SELECT count() FROM "
              + SurqlIdentifiers.escape(table)
              + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
              + " GROUP ALL";
      return Count.of(firstCount(JsonResults.tree(client.query(sql).last())));
    } catch (SurqlException | IllegalArgumentException e) {
      return Count.unavailable("could not count: " + firstLine(e.getMessage()));
    }
  }

  private static long firstCount(JsonNode result) {
    if (result.isArray() && result.size() > 0) {
      return result.get(0).path("count").asLong(0);
    }
    return 0;
  }

  /**
   * The escaped idiom for a field path: {@code address.city} becomes {@code `address`.`city`};
   * array element paths ({@code tags.*}, {@code tags[*]}) count their array ({@code `tags`}).
   */
  public static String fieldExpression(String path) {
    String normalized = path.replace("[*]", ".*");
    int star = normalized.indexOf(".*");
    if (star >= 0) {
      normalized = normalized.substring(0, star);
    }
    List<String> segments = new ArrayList<>();
    for (String segment : normalized.split("\\.")) {
      segments.add(SurqlIdentifiers.escape(segment));
    }
    return String.join(".", segments);
  }

  /** Why a WHERE condition may not be executed for counting, if it may not. */
  public static Optional<String> whyNotCountable(String condition) {
    List<Token> tokens;
    try {
      tokens =
          SurqlLexer.tokenize(condition, "<condition>").stream()
              .filter(Token::isSignificant)
              .toList();
    } catch (RuntimeException e) {
      return Optional.of("could not be read");
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.type() == TokenType.PARAMETER) {
        return Optional.of(
            "uses parameter $" + t.value() + ", whose value is known only when the down runs");
      }
      if (t.type() == TokenType.SEMICOLON) {
        return Optional.of("contains a ';'");
      }
      if (t.type() == TokenType.WORD
          && SurqlKeywords.STATEMENT_STARTS.contains(t.text().toUpperCase(Locale.ROOT))
          && !SurqlKeywords.READS_AND_FLOW.contains(t.text().toUpperCase(Locale.ROOT))) {
        return Optional.of("contains a " + t.text().toUpperCase(Locale.ROOT) + " statement");
      }
      if (t.type() == TokenType.WORD
          && i + 1 < tokens.size()
          && tokens.get(i + 1).text().equals("::")
          && UNSAFE_NAMESPACES.contains(t.text().toLowerCase(Locale.ROOT))) {
        return Optional.of("calls " + t.text() + "::… functions, which may have side effects");
      }
    }
    return Optional.empty();
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}

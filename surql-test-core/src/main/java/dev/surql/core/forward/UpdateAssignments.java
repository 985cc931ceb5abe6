package dev.surql.core.forward;

import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import dev.surql.core.internal.sql.TopLevelWords;
import dev.surql.core.migration.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fields an {@code UPDATE}/{@code UPSERT} assigns with {@code SET} or clears with {@code
 * UNSET}, and whether its {@code WHERE} mentions a field: what the forward analysis needs to see
 * that an up backfills a new field, unsets a removed one, or copies values between a renamed pair.
 */
final class UpdateAssignments {
  private static final Set<String> ENDS =
      Set.of(
          "WHERE",
          "RETURN",
          "TIMEOUT",
          "PARALLEL",
          "EXPLAIN",
          "UNSET",
          "SET",
          "CONTENT",
          "MERGE",
          "REPLACE",
          "PATCH");

  private UpdateAssignments() {}

  /** The fields assigned by top-level {@code SET} clauses, as paths ({@code a.b}). */
  static List<String> set(Statement statement) {
    return paths(statement, "SET", true);
  }

  /** The fields cleared by {@code UNSET}, or assigned {@code NONE} by {@code SET}. */
  static List<String> unset(Statement statement) {
    List<String> out = new ArrayList<>(paths(statement, "UNSET", false));
    List<Token> tokens = Statements.significantTokens(statement);
    for (List<Token> part : parts(tokens, "SET")) {
      int eq = operator(part);
      if (eq > 0 && eq + 2 == part.size() && part.get(eq + 1).isWord("NONE")) {
        out.add(path(part.subList(0, eq)));
      }
    }
    return out;
  }

  /** Whether the top-level {@code WHERE} condition mentions {@code field} (its first segment). */
  static boolean whereMentions(Statement statement, String field) {
    List<Token> tokens = Statements.significantTokens(statement);
    int where = TopLevelWords.indexOf(tokens, "WHERE", 0);
    return where >= 0 && mentions(tokens.subList(where + 1, tokens.size()), field);
  }

  /**
   * Whether a {@code SET} assigns one of {@code targets} from an expression that mentions {@code
   * source}.
   */
  static boolean copies(Statement statement, java.util.Collection<String> targets, String source) {
    for (List<Token> part : parts(Statements.significantTokens(statement), "SET")) {
      int eq = operator(part);
      if (eq > 0
          && targets.contains(path(part.subList(0, eq)))
          && mentions(part.subList(eq + 1, part.size()), source)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(List<Token> tokens, String field) {
    String top = field.split("[.\\[]")[0];
    return tokens.stream()
        .anyMatch(
            t ->
                (t.type() == TokenType.WORD || t.type() == TokenType.ESCAPED_IDENTIFIER)
                    && t.value().equals(top));
  }

  /** Whether the statement has a top-level {@code WHERE}. */
  static boolean hasWhere(Statement statement) {
    return TopLevelWords.indexOf(Statements.significantTokens(statement), "WHERE", 0) >= 0;
  }

  private static List<String> paths(Statement statement, String keyword, boolean assignments) {
    List<String> out = new ArrayList<>();
    for (List<Token> part : parts(Statements.significantTokens(statement), keyword)) {
      if (assignments) {
        int eq = operator(part);
        if (eq > 0) {
          out.add(path(part.subList(0, eq)));
        }
      } else if (!part.isEmpty()) {
        out.add(path(part));
      }
    }
    return out;
  }

  private static List<List<Token>> parts(List<Token> tokens, String keyword) {
    List<List<Token>> parts = new ArrayList<>();
    int from = 0;
    while (true) {
      int at = TopLevelWords.indexOf(tokens, keyword, from);
      if (at < 0) {
        return parts;
      }
      int depth = 0;
      int start = at + 1;
      int i = start;
      for (; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.type() == TokenType.OPEN) {
          depth++;
        } else if (t.type() == TokenType.CLOSE) {
          depth--;
        } else if (depth == 0 && t.text().equals(",")) {
          parts.add(tokens.subList(start, i));
          start = i + 1;
        } else if (depth == 0
            && t.type() == TokenType.WORD
            && ENDS.contains(t.text().toUpperCase(Locale.ROOT))
            && !TopLevelWords.afterPathOperator(tokens, i)) {
          break;
        }
      }
      if (i > start) {
        parts.add(tokens.subList(start, i));
      }
      from = i;
    }
  }

  private static int operator(List<Token> part) {
    for (int i = 0; i < part.size(); i++) {
      if (isAssignment(part.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isAssignment(Token t) {
    return t.type() == TokenType.OPERATOR
        && (t.text().equals("=")
            || t.text().equals("+=")
            || t.text().equals("-=")
            || t.text().equals("+?="));
  }

  private static String path(List<Token> tokens) {
    StringBuilder path = new StringBuilder();
    for (Token t : tokens) {
      path.append(
          t.type() == TokenType.WORD || t.type() == TokenType.ESCAPED_IDENTIFIER
              ? t.value()
              : t.text());
    }
    return path.toString();
  }
}

package dev.surql.core.internal.analysis;

import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import dev.surql.core.internal.sql.TopLevelWords;
import dev.surql.core.migration.Statement;
import dev.surql.core.snapshot.TableKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranges of a statement's significant tokens as the analyses read them: the source text of a range,
 * the tokens up to a top-level word, top-level comma-separated parts, clauses by keyword, a field
 * path, and the table kind a definition declares. Depth counts brackets, so words inside
 * parentheses, brackets and braces never end a range.
 */
final class StatementTokens {

  private StatementTokens() {}

  static String statementText(Statement statement, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return "";
    }
    return textBetween(statement, tokens.get(0), tokens.get(tokens.size() - 1));
  }

  static String textBetween(Statement statement, Token first, Token last) {
    int base = Statements.significantTokens(statement).get(0).offset();
    return statement
        .text()
        .substring(first.offset() - base, last.offset() + last.text().length() - base);
  }

  static boolean isIdentifier(Token token) {
    return token.type() == TokenType.WORD || token.type() == TokenType.ESCAPED_IDENTIFIER;
  }

  static boolean containsTopLevel(List<Token> tokens, String word) {
    return TopLevelWords.indexOf(tokens, word) >= 0;
  }

  /** The tokens before the first top-level word of {@code stops}. */
  static List<Token> until(List<Token> tokens, Set<String> stops) {
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.type() == TokenType.OPEN) {
        depth++;
      } else if (t.type() == TokenType.CLOSE) {
        depth--;
      } else if (depth == 0
          && t.type() == TokenType.WORD
          && stops.contains(t.text().toUpperCase(Locale.ROOT))
          && !TopLevelWords.afterPathOperator(tokens, i)) {
        return tokens.subList(0, i);
      }
    }
    return tokens;
  }

  /** Splits at top-level commas. */
  static List<List<Token>> splitTopLevel(List<Token> tokens) {
    List<List<Token>> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.type() == TokenType.OPEN) {
        depth++;
      } else if (t.type() == TokenType.CLOSE) {
        depth--;
      } else if (depth == 0 && t.text().equals(",")) {
        if (i > start) {
          parts.add(tokens.subList(start, i));
        }
        start = i + 1;
      }
    }
    if (start < tokens.size()) {
      parts.add(tokens.subList(start, tokens.size()));
    }
    return parts;
  }

  /** Clauses by keyword (first occurrence), each with the tokens up to the next clause keyword. */
  static Map<String, List<Token>> clauses(List<Token> tokens, Set<String> keywords) {
    Map<String, List<Token>> clauses = new LinkedHashMap<>();
    int depth = 0;
    String current = null;
    int start = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      Token t = i < tokens.size() ? tokens.get(i) : null;
      boolean boundary =
          t == null
              || depth == 0
                  && t.type() == TokenType.WORD
                  && keywords.contains(t.text().toUpperCase(Locale.ROOT))
                  && !TopLevelWords.afterPathOperator(tokens, i);
      if (boundary) {
        if (current != null) {
          clauses.putIfAbsent(current, tokens.subList(start, i));
        }
        if (t != null) {
          current = t.text().toUpperCase(Locale.ROOT);
          start = i + 1;
        }
        continue;
      }
      if (t.type() == TokenType.OPEN) {
        depth++;
      } else if (t.type() == TokenType.CLOSE) {
        depth--;
      }
    }
    return clauses;
  }

  /**
   * A field path such as {@code address.city}, {@code tags.*} or {@code tags[*]} from its tokens.
   */
  static String pathOf(List<Token> tokens) {
    StringBuilder path = new StringBuilder();
    for (Token t : tokens) {
      path.append(isIdentifier(t) ? t.value() : t.text());
    }
    return path.toString();
  }

  static TableKind tableKind(List<Token> rest) {
    int type = TopLevelWords.indexOf(rest, "TYPE");
    if (type >= 0 && type + 1 < rest.size()) {
      Token kind = rest.get(type + 1);
      if (kind.isWord("RELATION")) {
        return TableKind.RELATION;
      }
      if (kind.isWord("NORMAL")) {
        return TableKind.NORMAL;
      }
      if (kind.isWord("ANY")) {
        return TableKind.ANY;
      }
    }
    return containsTopLevel(rest, "RELATION") ? TableKind.RELATION : TableKind.ANY;
  }
}

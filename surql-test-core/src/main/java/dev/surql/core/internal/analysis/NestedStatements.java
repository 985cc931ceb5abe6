package dev.surql.core.internal.analysis;

import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.SurqlKeywords;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import dev.surql.core.migration.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds what a statement runs besides itself: the statements nested in its {@code IF}/{@code FOR}
 * blocks, subqueries, {@code THEN}/{@code ELSE} branches and {@code LET … =} values, and the custom
 * functions ({@code fn::…}) it calls. The analyses judge those too, so a block cannot hide a
 * removal or a delete.
 */
public final class NestedStatements {

  private NestedStatements() {}

  /**
   * The outermost statements nested in blocks, subqueries, {@code THEN}/{@code ELSE} branches or
   * {@code LET … =}.
   */
  public static List<Statement> of(Statement statement) {
    List<Token> tokens = Statements.significantTokens(statement);
    List<Statement> nested = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      Token previous = tokens.get(i - 1);
      Token token = tokens.get(i);
      boolean starts =
          token.type() == TokenType.WORD
              && SurqlKeywords.STATEMENT_STARTS.contains(token.text().toUpperCase(Locale.ROOT))
              && (previous.type() == TokenType.OPEN && !previous.text().equals("[")
                  || previous.type() == TokenType.SEMICOLON
                  || previous.isWord("THEN")
                  || previous.isWord("ELSE")
                  || previous.type() == TokenType.OPERATOR && previous.text().equals("=")
                  || previous.isWord("RETURN"));
      if (starts && !(token.isWord("IF") && previous.isWord("ELSE"))) {
        int end = i;
        int inner = 0;
        for (int j = i; j < tokens.size(); j++) {
          Token t = tokens.get(j);
          if (t.type() == TokenType.OPEN) {
            inner++;
          } else if (t.type() == TokenType.CLOSE) {
            if (inner == 0) {
              break;
            }
            inner--;
          } else if (inner == 0
              && (t.type() == TokenType.SEMICOLON
                  || t.isWord("ELSE")
                  || t.isWord("END")
                  || (t.isWord("THEN") && j > i))) {
            break;
          }
          end = j;
        }
        nested.add(subStatement(statement, tokens.subList(i, end + 1)));
        i = end;
      }
    }
    return nested;
  }

  /** Names of custom functions ({@code fn::…}) the statement calls. */
  public static List<String> customFunctionCalls(Statement statement) {
    List<Token> tokens = Statements.significantTokens(statement);
    Set<String> calls = new TreeSet<>();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).isWord("fn")
          && tokens.get(i + 1).text().equals("::")
          && (i == 0 || !tokens.get(i - 1).text().equals("::"))) {
        StringBuilder name = new StringBuilder("fn");
        int j = i + 1;
        while (j + 1 < tokens.size()
            && tokens.get(j).text().equals("::")
            && StatementTokens.isIdentifier(tokens.get(j + 1))) {
          name.append("::").append(tokens.get(j + 1).value());
          j += 2;
        }
        calls.add(name.toString());
        i = j - 1;
      }
    }
    return List.copyOf(calls);
  }

  private static Statement subStatement(Statement parent, List<Token> tokens) {
    Token first = tokens.get(0);
    return Statements.of(
        StatementTokens.textBetween(parent, first, tokens.get(tokens.size() - 1)),
        parent.origin(),
        first.line(),
        first.column(),
        tokens);
  }
}

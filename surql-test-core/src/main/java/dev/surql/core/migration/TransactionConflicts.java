package dev.surql.core.migration;

import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import dev.surql.core.internal.text.Abbreviation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Statement sequences SurrealDB cannot commit in one transaction although it runs them one by one,
 * so that a migration's write conflict with itself can be explained. Known on SurrealDB 3.0: {@code
 * REMOVE TABLE t} of a table that has an index, then {@code DEFINE INDEX … ON t} (the usual
 * "rebuild a table" migration) fails with "Transaction conflict: Write conflict" although no other
 * client is connected.
 */
final class TransactionConflicts {

  private TransactionConflicts() {}

  /** A sentence naming the first known conflicting sequence in {@code statements}, if any. */
  static Optional<String> pattern(List<Statement> statements, String source) {
    Map<String, Statement> removedTables = new HashMap<>();
    for (Statement statement : statements) {
      List<Token> tokens = Statements.significantTokens(statement);
      if (tokens.size() >= 3 && tokens.get(0).isWord("REMOVE") && tokens.get(1).isWord("TABLE")) {
        int name = tokens.get(2).isWord("IF") ? 4 : 2;
        if (name < tokens.size() && isIdentifier(tokens.get(name))) {
          removedTables.putIfAbsent(tokens.get(name).value(), statement);
        }
      } else if (tokens.size() >= 2
          && tokens.get(0).isWord("DEFINE")
          && tokens.get(1).isWord("INDEX")) {
        for (int i = 2; i + 1 < tokens.size(); i++) {
          if (tokens.get(i).isWord("ON")) {
            int name = tokens.get(i + 1).isWord("TABLE") ? i + 2 : i + 1;
            if (name < tokens.size() && removedTables.containsKey(tokens.get(name).value())) {
              Statement removal = removedTables.get(tokens.get(name).value());
              return Optional.of(
                  "'"
                      + Abbreviation.abbreviate(removal.text().strip(), 500)
                      + "' ("
                      + source
                      + ":"
                      + removal.line()
                      + ") then '"
                      + Abbreviation.abbreviate(statement.text().strip(), 500)
                      + "' ("
                      + source
                      + ":"
                      + statement.line()
                      + "): SurrealDB 3.x cannot commit the removal of a table that has an index and a new index on"
                      + " that table in one transaction");
            }
            break;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isIdentifier(Token token) {
    return token.type() == TokenType.WORD || token.type() == TokenType.ESCAPED_IDENTIFIER;
  }
}

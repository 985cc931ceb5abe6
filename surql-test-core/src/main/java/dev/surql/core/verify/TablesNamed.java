package dev.surql.core.verify;

import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.Statement;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every name a migration's statements mention: a superset of the tables its DDL can change, since
 * SurrealQL names the table of every table-level definition ({@code DEFINE FIELD … ON user}). Empty
 * when a statement calls a custom function, whose body may do anything: then every table must be
 * re-read.
 */
final class TablesNamed {
  private TablesNamed() {}

  static Optional<Set<String>> by(Migration migration) {
    Set<String> names = new HashSet<>();
    List<Statement> statements = statements(migration);
    for (Statement statement : statements) {
      List<Token> tokens = Statements.significantTokens(statement);
      boolean definesFunction =
          tokens.size() > 1 && tokens.get(0).isWord("DEFINE") && tokens.get(1).isWord("FUNCTION");
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (token.type() == TokenType.WORD
            || token.type() == TokenType.ESCAPED_IDENTIFIER
            || token.type() == TokenType.STRING) {
          names.add(token.value());
        }
        if (!definesFunction && token.isWord("fn") && callsFunction(tokens, i)) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(names);
  }

  /**
   * The tables a migration's statements name as such, in order of first mention: the name after
   * {@code TABLE} ({@code DEFINE TABLE user}, {@code REMOVE TABLE IF EXISTS user}, {@code ALTER
   * TABLE user}) or after {@code ON} ({@code DEFINE FIELD email ON user}, {@code … ON TABLE user}).
   * A walk asks for their {@code INFO FOR TABLE} ahead, in the step's own request; a table it
   * misses is read afterwards, so this list only has to be right to save requests.
   */
  static List<String> likelyTables(Migration migration) {
    Set<String> tables = new LinkedHashSet<>();
    List<Statement> statements = statements(migration);
    for (Statement statement : statements) {
      List<Token> tokens = Statements.significantTokens(statement);
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (!tokens.get(i).isWord("TABLE") && !tokens.get(i).isWord("ON")) {
          continue;
        }
        int at = i + 1;
        if (tokens.get(i).isWord("ON") && tokens.get(at).isWord("TABLE")) {
          at++;
        }
        while (at < tokens.size()
            && (tokens.get(at).isWord("IF")
                || tokens.get(at).isWord("NOT")
                || tokens.get(at).isWord("EXISTS")
                || tokens.get(at).isWord("OVERWRITE"))) {
          at++;
        }
        if (at < tokens.size()
            && (tokens.get(at).type() == TokenType.WORD
                || tokens.get(at).type() == TokenType.ESCAPED_IDENTIFIER)) {
          tables.add(tokens.get(at).value());
        }
      }
    }
    return List.copyOf(tables);
  }

  /** The up statements, then the down statements. */
  private static List<Statement> statements(Migration migration) {
    return Stream.concat(migration.up().stream(), migration.down().orElse(List.of()).stream())
        .toList();
  }

  /**
   * Whether {@code fn::a::b(} starts at {@code start}: a call, not a name in {@code REMOVE
   * FUNCTION}.
   */
  private static boolean callsFunction(List<Token> tokens, int start) {
    int i = start + 1;
    while (i + 1 < tokens.size() && tokens.get(i).text().equals("::")) {
      i += 2;
    }
    return i > start + 1 && i < tokens.size() && tokens.get(i).text().equals("(");
  }
}

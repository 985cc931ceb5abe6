package dev.surql.core.migration;

import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One SurrealQL statement cut from a source by {@link StatementSplitter}. {@code text} runs from the
 * statement's first to its last significant token: no leading or trailing comments or whitespace,
 * no terminating {@code ;}, interior comments kept. {@code line} and {@code column} (1-based,
 * columns in code points) locate its first significant token in the file named by {@code origin};
 * {@code tokens} are exactly the tokens that make up {@code text}.
 */
public record Statement(String text, String origin, int line, int column, List<Token> tokens) {

  public Statement {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    tokens = List.copyOf(tokens);
  }

  /**
   * The statement's leading keyword upper-cased, e.g. {@code DEFINE} or {@code REMOVE}; {@code ""}
   * if the first significant token is not a bare word (for example a parenthesised expression).
   */
  public String keyword() {
    for (Token token : tokens) {
      if (token.isSignificant()) {
        return token.type() == TokenType.WORD ? token.text().toUpperCase(Locale.ROOT) : "";
      }
    }
    return "";
  }

  /** The statement's tokens without comments and whitespace. */
  public List<Token> significantTokens() {
    List<Token> significant = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      if (token.isSignificant()) {
        significant.add(token);
      }
    }
    return List.copyOf(significant);
  }

  /** {@code origin:line:column: text}, for messages about this statement. */
  @Override
  public String toString() {
    return origin + ":" + line + ":" + column + ": " + text;
  }
}

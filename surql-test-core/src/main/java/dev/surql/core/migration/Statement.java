package dev.surql.core.migration;

import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One SurrealQL statement of a migration, cut from its source at a top-level {@code ;}. {@link
 * #text()} runs from the statement's first to its last significant token: no leading or trailing
 * comments or whitespace, no terminating {@code ;}, interior comments kept. {@link #line()} and
 * {@link #column()} (1-based, columns in code points) locate its first significant token in the
 * file named by {@link #origin()}. Statements are made by the migration loader; two statements are
 * equal when their text and position are.
 */
public final class Statement {

  static {
    Statements.install(
        new Statements.Access() {
          @Override
          public Statement statement(
              String text, String origin, int line, int column, List<Token> tokens) {
            return new Statement(text, origin, line, column, tokens);
          }

          @Override
          public List<Token> tokens(Statement statement) {
            return statement.tokens;
          }

          @Override
          public List<Token> significantTokens(Statement statement) {
            return statement.significantTokens();
          }
        });
  }

  private final String text;
  private final String origin;
  private final int line;
  private final int column;
  private final List<Token> tokens;
  private List<Token> significant;

  private Statement(String text, String origin, int line, int column, List<Token> tokens) {
    this.text = Objects.requireNonNull(text, "text");
    this.origin = Objects.requireNonNull(origin, "origin");
    this.line = line;
    this.column = column;
    this.tokens = List.copyOf(tokens);
  }

  /** The statement's source text, without the terminating {@code ;}. */
  public String text() {
    return text;
  }

  /**
   * Where the statement comes from: a migration's file name or another label given to the loader.
   */
  public String origin() {
    return origin;
  }

  /** The 1-based line of the statement's first significant token in {@link #origin()}. */
  public int line() {
    return line;
  }

  /** The 1-based column (in code points) of the statement's first significant token. */
  public int column() {
    return column;
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

  private List<Token> significantTokens() {
    List<Token> cached = significant;
    if (cached == null) {
      List<Token> collected = new ArrayList<>(tokens.size());
      for (Token token : tokens) {
        if (token.isSignificant()) {
          collected.add(token);
        }
      }
      cached = List.copyOf(collected);
      significant = cached;
    }
    return cached;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Statement that
        && line == that.line
        && column == that.column
        && text.equals(that.text)
        && origin.equals(that.origin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, origin, line, column);
  }

  /** {@code origin:line:column: text}, for messages about this statement. */
  @Override
  public String toString() {
    return origin + ":" + line + ":" + column + ": " + text;
  }
}

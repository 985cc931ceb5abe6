package dev.surql.core.internal.sql;

import dev.surql.core.migration.Statement;
import java.util.List;
import java.util.Objects;

/**
 * The way in to a {@link Statement}'s tokens, which its public API does not show: {@link Statement}
 * installs an {@link Access} here when its class initializes (the JDK's "shared secrets" pattern),
 * so the lexer's {@link Token} type stays internal while the splitter and the analyses still make
 * statements and read their tokens.
 */
public final class Statements {

  /** What {@link Statement} lets internal code do; implemented by {@link Statement} alone. */
  public interface Access {
    /** A statement of {@code tokens}; {@code text} is their source text. */
    Statement statement(String text, String origin, int line, int column, List<Token> tokens);

    /** All of a statement's tokens, comments and whitespace included. */
    List<Token> tokens(Statement statement);

    /** A statement's tokens without comments and whitespace. */
    List<Token> significantTokens(Statement statement);
  }

  private static volatile Access access;

  private Statements() {}

  /**
   * Installs {@link Statement}'s accessor; called once from its static initializer.
   *
   * @throws IllegalStateException if an accessor is installed already
   */
  public static synchronized void install(Access statementAccess) {
    Objects.requireNonNull(statementAccess, "statementAccess");
    if (access != null) {
      throw new IllegalStateException("Statement's accessor is installed already");
    }
    access = statementAccess;
  }

  /**
   * A statement of {@code tokens} whose first significant token sits at {@code line:column} of
   * {@code origin}.
   */
  public static Statement of(String text, String origin, int line, int column, List<Token> tokens) {
    return access().statement(text, origin, line, column, tokens);
  }

  /** All of {@code statement}'s tokens, comments and whitespace included, in source order. */
  public static List<Token> tokens(Statement statement) {
    return access().tokens(statement);
  }

  /** {@code statement}'s tokens without comments and whitespace, in source order. */
  public static List<Token> significantTokens(Statement statement) {
    return access().significantTokens(statement);
  }

  private static Access access() {
    Access installed = access;
    if (installed == null) {
      try {
        Class.forName(Statement.class.getName(), true, Statement.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      installed = access;
    }
    return installed;
  }
}

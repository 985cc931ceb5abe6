package dev.surql.core.internal.sql;

import dev.surql.core.migration.Scope;
import dev.surql.core.migration.Statement;
import java.util.Objects;

/**
 * A place in a statement that acts outside the database a migration was given, found by {@link
 * ScopeEscapes}: a {@code USE}, a namespace or database definition, or a user or access method on
 * the root or namespace level. {@code line} and {@code column} locate the keyword that starts it
 * (which may sit inside a block, a function body or an event of the statement).
 *
 * @param kind what it is
 * @param reaches the level it acts on ({@link Scope#NAMESPACE} or {@link Scope#ROOT}; a {@code USE}
 *     reaches beyond every level, so it is {@link Scope#ROOT} and never allowed)
 * @param statement the top-level statement it is part of
 * @param line 1-based line of its first keyword
 * @param column 1-based column of its first keyword
 * @param text the words that make it out, e.g. {@code USE NS prod DB prod} or {@code DEFINE USER
 *     admin ON ROOT}
 */
public record ScopeEscape(
    Kind kind, Scope reaches, Statement statement, int line, int column, String text) {

  /** The kinds of statement that leave the database. */
  public enum Kind {
    /**
     * {@code USE NS … DB …}: every later statement of the request runs in another namespace or
     * database.
     */
    USE,
    /** {@code DEFINE/REMOVE NAMESPACE} or {@code DEFINE/REMOVE DATABASE}. */
    NAMESPACE_OR_DATABASE,
    /**
     * {@code DEFINE/ALTER/REMOVE USER|ACCESS … ON ROOT|NAMESPACE}, and the {@code ACCESS … ON
     * ROOT|NAMESPACE} statement.
     */
    USER_OR_ACCESS,
    /** {@code ALTER NAMESPACE} or {@code ALTER SYSTEM}. */
    ALTER_OUTSIDE
  }

  public ScopeEscape {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reaches, "reaches");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(text, "text");
  }

  /** Whether an opt-in ({@code -- @scope:}) can allow it; a {@code USE} never can. */
  public boolean allowable() {
    return kind != Kind.USE;
  }
}

package dev.surql.core.client;

import dev.surql.core.internal.text.Abbreviation;
import java.util.List;
import java.util.Objects;

/**
 * The per-statement results of one request, in the order the server returned them. The last
 * statement's result is usually the one that matters ({@link #last()}, {@link #rows(Class)}).
 */
public final class QueryResult {

  private final String sql;
  private final List<StatementResult> statements;

  QueryResult(String sql, List<StatementResult> statements) {
    this.sql = Objects.requireNonNull(sql, "sql");
    this.statements = List.copyOf(statements);
  }

  /** The SurrealQL that was sent. */
  public String sql() {
    return sql;
  }

  /** One result per statement, in order. */
  public List<StatementResult> statements() {
    return statements;
  }

  /** How many statement results the server returned. */
  public int size() {
    return statements.size();
  }

  /** The result of the statement at {@code index} (0-based). */
  public StatementResult get(int index) {
    return statements.get(index);
  }

  /**
   * The last statement's result: with a prelude of {@code LET}s or {@code USE}, the one that
   * matters.
   */
  public StatementResult last() {
    if (statements.isEmpty()) {
      throw new IllegalStateException("the server returned no statement results for: " + sql);
    }
    return statements.get(statements.size() - 1);
  }

  /** Whether every statement reported OK. */
  public boolean allOk() {
    return statements.stream().allMatch(StatementResult::ok);
  }

  /**
   * The rows of the last statement mapped to {@code type}, as {@link StatementResult#asList(Class)}
   * reads them; e.g. {@code query("SELECT VALUE name FROM user").rows(String.class)}.
   */
  public <T> List<T> rows(Class<T> type) {
    return last().asList(type);
  }

  /** {@code QueryResult[sql=…, statements=[…]]}. */
  @Override
  public String toString() {
    return "QueryResult[sql="
        + Abbreviation.abbreviate(sql, 200)
        + ", statements="
        + statements
        + "]";
  }
}

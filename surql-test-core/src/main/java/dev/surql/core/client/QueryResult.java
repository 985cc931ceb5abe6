package dev.surql.core.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The per-statement results of one request, in the order the server returned them. */
public record QueryResult(String sql, List<StatementResult> statements) {

  public QueryResult {
    Objects.requireNonNull(sql, "sql");
    statements = List.copyOf(statements);
  }

  public int size() {
    return statements.size();
  }

  public StatementResult get(int index) {
    return statements.get(index);
  }

  /** The last statement's result: with a prelude of {@code LET}s or {@code USE}, the one that matters. */
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

  /** The rows of the last statement, if its result is an array; otherwise an empty list. */
  public List<JsonNode> rows() {
    JsonNode node = last().result();
    List<JsonNode> rows = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(rows::add);
    }
    return rows;
  }
}

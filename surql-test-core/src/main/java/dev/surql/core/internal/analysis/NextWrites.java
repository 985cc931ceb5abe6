package dev.surql.core.internal.analysis;

import dev.surql.core.client.QueryResult;
import dev.surql.core.client.StatementResult;
import dev.surql.core.client.SurqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Shows what the engine does on the next write of existing records: each record is re-written
 * unchanged ({@code UPDATE id MERGE {}}) inside its own transaction that is then cancelled, so
 * nothing is stored, and the refusals are counted. A forward finding that predicts failed writes is
 * checked this way against the records it counted.
 */
public final class NextWrites {
  private NextWrites() {}

  /**
   * The outcome of re-writing records.
   *
   * @param attempted how many records were re-written
   * @param refused how many writes the engine refused
   * @param messages the engine's messages, one per refused write
   */
  public record Outcome(int attempted, int refused, List<String> messages) {
    public Outcome {
      messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    }
  }

  /**
   * Re-writes each record (ids as the server prints them, e.g. {@code user:1}) and cancels the
   * write.
   */
  public static Outcome rewrite(SurqlClient client, List<String> recordIds) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(recordIds, "recordIds");
    if (recordIds.isEmpty()) {
      return new Outcome(0, 0, List.of());
    }
    StringBuilder sql = new StringBuilder();
    for (String id : recordIds) {
      sql.append("BEGIN;\nUPDATE ").append(id).append(" MERGE {};\nCANCEL;\n");
    }
    QueryResult result = client.queryAllowingErrors(sql.toString());
    List<String> messages = new ArrayList<>();
    for (StatementResult statement : result.statements()) {
      if (!statement.ok() && !statement.notExecuted()) {
        messages.add(statement.errorMessage().orElse(""));
      }
    }
    return new Outcome(recordIds.size(), messages.size(), messages);
  }
}

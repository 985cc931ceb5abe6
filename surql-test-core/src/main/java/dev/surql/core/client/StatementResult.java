package dev.surql.core.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one statement of a request to {@code POST /sql}: its status, the time the server
 * reported, and either its result as JSON or the server's error kind and message.
 *
 * @param index position of the result in the server's answer (0-based)
 * @param ok whether the server reported {@code OK}
 * @param time the duration text the server reported, e.g. {@code 1.2ms}
 * @param result the result as JSON ({@link NullNode} for none); for a failed statement, the message
 * @param errorKind the 3.x error kind (Validation, Query, NotFound, Thrown, …) of a failed statement
 */
public record StatementResult(
    int index, boolean ok, String time, JsonNode result, Optional<String> errorKind) {

  public StatementResult {
    Objects.requireNonNull(time, "time");
    result = result == null ? NullNode.getInstance() : result;
    Objects.requireNonNull(errorKind, "errorKind");
  }

  /** The server's error message, if the statement failed. */
  public Optional<String> errorMessage() {
    return ok ? Optional.empty() : Optional.of(result.isTextual() ? result.asText() : result.toString());
  }

  /** Whether this statement was cancelled only because another statement of its transaction failed. */
  public boolean notExecuted() {
    return !ok && errorMessage().map(m -> m.contains("not executed") || m.contains("NotExecuted")
        || m.contains("cancelled transaction")).orElse(false);
  }
}

package dev.surql.core.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.json.SurqlJson;
import dev.surql.core.internal.text.Abbreviation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one statement of a request to {@code POST /sql}: its status, the time the server
 * reported, and either its result or the server's error kind and message. Read the result with a
 * typed accessor: {@link #as(Class)} maps it to any type Jackson can bind (a record, a {@code Map},
 * {@code Long}, Jackson's own tree types), {@link #asList(Class)} maps the rows of a {@code
 * SELECT}, {@link #asString()}, {@link #asLong()} and {@link #json()} cover the rest.
 */
public final class StatementResult {

  private static final ObjectMapper JSON = SurqlJson.mapper();

  static {
    JsonResults.install(statement -> statement.result);
  }

  private final int index;
  private final boolean ok;
  private final String time;
  private final JsonNode result;
  private final Optional<String> errorKind;

  StatementResult(int index, boolean ok, String time, JsonNode result, Optional<String> errorKind) {
    this.index = index;
    this.ok = ok;
    this.time = Objects.requireNonNull(time, "time");
    this.result = result == null ? NullNode.getInstance() : result;
    this.errorKind = Objects.requireNonNull(errorKind, "errorKind");
  }

  /** The position of this result in the server's answer (0-based). */
  public int index() {
    return index;
  }

  /** Whether the server reported {@code OK}. */
  public boolean ok() {
    return ok;
  }

  /** The duration text the server reported, e.g. {@code 1.2ms}. */
  public String time() {
    return time;
  }

  /** The 3.x error kind (Validation, Query, NotFound, Thrown, …) of a failed statement. */
  public Optional<String> errorKind() {
    return errorKind;
  }

  /** The server's error message, if the statement failed. */
  public Optional<String> errorMessage() {
    return ok
        ? Optional.empty()
        : Optional.of(result.isTextual() ? result.asText() : result.toString());
  }

  /**
   * Whether this statement was cancelled only because another statement of its transaction failed.
   */
  public boolean notExecuted() {
    return !ok
        && errorMessage()
            .map(
                m ->
                    m.contains("not executed")
                        || m.contains("NotExecuted")
                        || m.contains("cancelled transaction"))
            .orElse(false);
  }

  /**
   * Whether the result is nothing: {@code NONE}, {@code NULL} or an empty array (a {@code SELECT}
   * that found no rows).
   */
  public boolean isEmpty() {
    return result.isNull() || result.isMissingNode() || result.isArray() && result.isEmpty();
  }

  /**
   * The result as JSON text, e.g. {@code [{"id":"user:1","name":"Ann"}]}; for a failed statement,
   * the message as a JSON string.
   */
  public String json() {
    return result.toString();
  }

  /**
   * The result mapped to {@code type} with Jackson, e.g. {@code as(Long.class)} for {@code RETURN
   * count(…)}, {@code as(Map.class)} for {@code INFO FOR DB}, or a record of your own for {@code
   * SELECT * FROM ONLY …}; {@code null} for {@code NONE} or {@code NULL}.
   *
   * @throws IllegalStateException if the statement failed, or its result does not fit {@code type}
   */
  public <T> T as(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return convert(result, JSON.constructType(type), type.getSimpleName());
  }

  /**
   * The rows of the result mapped to {@code type}: each element of an array result (what a {@code
   * SELECT} returns), no rows for {@code NONE} or {@code NULL}, and the one value otherwise. {@code
   * asList(String.class)} reads {@code SELECT VALUE name FROM …}.
   *
   * @throws IllegalStateException if the statement failed, or a row does not fit {@code type}
   */
  public <T> List<T> asList(Class<T> type) {
    Objects.requireNonNull(type, "type");
    JsonNode rows =
        result.isNull() || result.isMissingNode()
            ? JSON.createArrayNode()
            : result.isArray() ? result : JSON.createArrayNode().add(result);
    return List.copyOf(
        convert(
            rows,
            JSON.getTypeFactory().constructCollectionType(List.class, type),
            "List<" + type.getSimpleName() + ">"));
  }

  /**
   * The result as text: the value of a string result, the JSON text of any other (a record id,
   * {@code {…}}, {@code […]}).
   *
   * @throws IllegalStateException if the statement failed
   */
  public String asString() {
    requireOk();
    return result.isTextual() ? result.asText() : result.toString();
  }

  /**
   * The result as a whole number, e.g. of {@code RETURN count(…)} or {@code RETURN 40 + 2}.
   *
   * @throws IllegalStateException if the statement failed or its result is not a whole number
   */
  public long asLong() {
    requireOk();
    if (!result.canConvertToExactIntegral() || !result.canConvertToLong()) {
      throw new IllegalStateException(
          "statement "
              + index
              + " returned "
              + abbreviated()
              + ", not a whole number; read it with as(…) or json()");
    }
    return result.asLong();
  }

  private <T> T convert(JsonNode node, JavaType type, String typeName) {
    requireOk();
    try {
      return JSON.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw doesNotFit(typeName, e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw doesNotFit(typeName, e.getMessage(), e);
    }
  }

  private IllegalStateException doesNotFit(String typeName, String why, Exception cause) {
    return new IllegalStateException(
        "statement "
            + index
            + " returned "
            + abbreviated()
            + ", which does not fit "
            + typeName
            + ": "
            + why
            + "; read it with json() or another type",
        cause);
  }

  private void requireOk() {
    if (!ok) {
      throw new IllegalStateException(
          "statement "
              + index
              + " failed ("
              + errorKind.orElse("Error")
              + "): "
              + errorMessage().orElse("")
              + "; it has no result to read (check ok() first)");
    }
  }

  private String abbreviated() {
    return Abbreviation.abbreviate(result.toString(), 200);
  }

  /**
   * {@code StatementResult[index=…, ok=…, time=…, result=<JSON>]}, with the error kind of a failed
   * one.
   */
  @Override
  public String toString() {
    return "StatementResult[index="
        + index
        + ", ok="
        + ok
        + ", time="
        + time
        + ", result="
        + abbreviated()
        + errorKind.map(k -> ", errorKind=" + k).orElse("")
        + "]";
  }
}

package dev.surql.core.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.internal.json.SurqlJson;
import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.internal.text.Abbreviation;
import dev.surql.core.migration.Statement;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A client for SurrealDB's HTTP API ({@code POST /sql}, {@code GET /health}, {@code GET /version}),
 * bound to one namespace and database. Works with the 2.x and 3.x response shapes.
 *
 * <p>Values go to the server as bound parameters (URL query parameters that become {@code $name}
 * variables), never concatenated into SurrealQL. A 3.x server receives every parameter as a string:
 * cast it in SurrealQL where another type is needed ({@code <int>$count}).
 *
 * <p>Instances are thread-safe and share one HTTP connection pool; {@link #withDatabase(String,
 * String)} gives a client for another database of the same server.
 */
public final class SurqlClient {

  private static final Pattern PARAMETER_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final ConnectionSettings settings;
  private final HttpClient http;
  private final String authorization;

  /** {@code POST /sql} without parameters, parsed once: most requests of a walk are that. */
  private final URI sql;

  private final Map<Class<?>, Object> attachments;

  private SurqlClient(
      ConnectionSettings settings, HttpClient http, Map<Class<?>, Object> attachments) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.http = http;
    this.sql = endpoint("/sql");
    this.attachments = attachments;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (settings.user() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A client for the given settings. No request is made until the first call. All clients share one
   * HTTP connection pool, so creating a client is cheap and keep-alive connections are reused.
   */
  public static SurqlClient connect(ConnectionSettings settings) {
    return new SurqlClient(settings, SharedHttp.CLIENT, new ConcurrentHashMap<>());
  }

  /** The JVM-wide HTTP client, created on first use. */
  private static final class SharedHttp {
    static final HttpClient CLIENT =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /**
   * A client for another namespace and database on the same server, sharing connections and
   * {@linkplain #attachment attachments}.
   */
  public SurqlClient withDatabase(String namespace, String database) {
    return new SurqlClient(
        settings.withNamespace(namespace).withDatabase(database), http, attachments);
  }

  /**
   * State that belongs to this client's server rather than to the JVM: one instance per type,
   * created by {@code create} on first use and shared by this client, the clients {@link
   * #withDatabase} derives from it and so, for an engine, by every client the engine hands out.
   * surql-test keeps its per-server caches here (the server's version and parsed table definitions
   * for snapshots), so that they go away with the clients and never carry over to another server
   * that later answers at the same address.
   *
   * @param type the key, and the type of the state
   * @param create makes the state the first time it is asked for (called at most once per type)
   */
  public <T> T attachment(Class<T> type, Supplier<? extends T> create) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(create, "create");
    return type.cast(
        attachments.computeIfAbsent(
            type, t -> Objects.requireNonNull(create.get(), "created state")));
  }

  public ConnectionSettings settings() {
    return settings;
  }

  /** Whether {@code GET /health} answers 200. Never throws. */
  public boolean isHealthy() {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(endpoint("/health"))
                  .timeout(Duration.ofSeconds(5))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The server's version, e.g. {@code surrealdb-3.0.2}, from {@code GET /version}. */
  public String serverVersion() {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(endpoint("/version")).timeout(settings.timeout()).GET().build(),
            "GET /version");
    if (response.statusCode() != 200) {
      throw new SurqlException(
          ErrorCode.HTTP_ERROR,
          "GET "
              + endpoint("/version")
              + " answered HTTP "
              + response.statusCode()
              + ": "
              + Abbreviation.abbreviate(response.body().strip(), 300));
    }
    return response.body().trim();
  }

  /**
   * Runs SurrealQL and returns every statement's result. Throws {@link StatementFailedException} if
   * any statement reports ERR, naming the statement and the server's message.
   */
  public QueryResult query(String sql) {
    return query(sql, Map.of());
  }

  /** Like {@link #query(String)}, with bound parameters (see the class comment). */
  public QueryResult query(String sql, Map<String, ?> parameters) {
    QueryResult result = queryAllowingErrors(sql, parameters);
    failOnFirstError(result, sql);
    return result;
  }

  /** Runs SurrealQL and returns every statement's result, failed ones included. */
  public QueryResult queryAllowingErrors(String sql) {
    return queryAllowingErrors(sql, Map.of());
  }

  /** Like {@link #queryAllowingErrors(String)}, with bound parameters. */
  public QueryResult queryAllowingErrors(String sql, Map<String, ?> parameters) {
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(parameters, "parameters");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(sqlEndpoint(parameters))
            .timeout(settings.timeout())
            .header("Accept", "application/json")
            .header("Content-Type", "text/plain; charset=utf-8")
            .header("Authorization", authorization)
            .POST(HttpRequest.BodyPublishers.ofString(sql, StandardCharsets.UTF_8));
    if (!settings.namespace().isEmpty()) {
      request.header("Surreal-NS", settings.namespace());
    }
    if (!settings.database().isEmpty()) {
      request.header("Surreal-DB", settings.database());
    }
    HttpResponse<String> response = send(request.build(), "POST /sql");
    return parse(sql, response);
  }

  /**
   * Runs the statements as one transaction ({@code BEGIN; …; COMMIT;}) in one request. If any
   * statement fails, the server cancels all of them and this throws {@link
   * TransactionFailedException} naming the statement that failed; nothing is half-applied.
   *
   * @return the results of the given statements only (without BEGIN and COMMIT)
   */
  public List<StatementResult> transaction(List<String> statements) {
    return transaction(statements, Map.of());
  }

  /** Like {@link #transaction(List)}, with bound parameters. */
  public List<StatementResult> transaction(List<String> statements, Map<String, ?> parameters) {
    return List.copyOf(transaction(statements, parameters, List.of()));
  }

  /**
   * Like {@link #transaction(List, Map)}, then runs {@code reads} in the same request after the
   * commit, each on its own outside the transaction: one round trip where a write and the reads
   * that look at its outcome would take two. A read that fails does not affect the transaction or
   * the other reads; its result reports the error. If the transaction fails, this throws as {@link
   * #transaction(List, Map)} does and the reads' results are lost.
   *
   * @return one result per read, in order, failed ones included
   */
  public List<StatementResult> transactionThenRead(
      List<String> statements, Map<String, ?> parameters, List<String> reads) {
    Objects.requireNonNull(reads, "reads");
    List<StatementResult> all = transaction(statements, parameters, reads);
    return List.copyOf(all.subList(statements.size(), all.size()));
  }

  /** The transaction's own results followed by those of {@code reads}. */
  private List<StatementResult> transaction(
      List<String> statements, Map<String, ?> parameters, List<String> reads) {
    Objects.requireNonNull(statements, "statements");
    StringBuilder sql = new StringBuilder("BEGIN TRANSACTION;\n");
    for (String statement : statements) {
      sql.append(stripTerminator(statement)).append(";\n");
    }
    sql.append("COMMIT TRANSACTION;");
    for (String read : reads) {
      sql.append('\n').append(stripTerminator(read)).append(';');
    }
    QueryResult result = queryAllowingErrors(sql.toString(), parameters);
    List<StatementResult> answered = result.statements();
    if (answered.size() < reads.size()) {
      throw new TransactionFailedException(-1, "COMMIT", null, settings);
    }
    List<StatementResult> all = answered.subList(0, answered.size() - reads.size());
    // 3.x answers for BEGIN (and COMMIT when it succeeds); 2.x answers for neither.
    int offset = all.size() > statements.size() ? 1 : 0;
    List<StatementResult> own = new ArrayList<>();
    for (int i = 0; i < statements.size() && i + offset < all.size(); i++) {
      own.add(all.get(i + offset));
    }
    for (int i = 0; i < own.size(); i++) {
      StatementResult r = own.get(i);
      if (!r.ok() && !r.notExecuted()) {
        throw new TransactionFailedException(i, statements.get(i), r, settings);
      }
    }
    if (own.size() < statements.size() || all.stream().anyMatch(r -> !r.ok())) {
      StatementResult failed = all.stream().filter(r -> !r.ok()).findFirst().orElse(null);
      throw new TransactionFailedException(-1, "COMMIT", failed, settings);
    }
    own.addAll(answered.subList(all.size(), answered.size()));
    return own;
  }

  private void failOnFirstError(QueryResult result, String sql) {
    for (StatementResult r : result.statements()) {
      if (!r.ok()) {
        throw new StatementFailedException(r.index(), statementText(sql, r.index()), r, settings);
      }
    }
  }

  private static String statementText(String sql, int index) {
    try {
      List<Statement> statements = StatementSplitter.split(sql, "<query>");
      if (index < statements.size()) {
        return statements.get(index).text();
      }
    } catch (RuntimeException e) {
      // the server parsed it, our lexer did not: fall back to the whole request
    }
    return sql;
  }

  private static String stripTerminator(String statement) {
    String s = statement.strip();
    while (s.endsWith(";")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  private QueryResult parse(String sql, HttpResponse<String> response) {
    int status = response.statusCode();
    String body = response.body();
    if (status == 401 || status == 403) {
      throw new SurqlException(
          ErrorCode.AUTHENTICATION_FAILED,
          "SurrealDB at "
              + settings.url()
              + " rejected the credentials of user '"
              + settings.user()
              + "' (HTTP "
              + status
              + "). Check the user and password (surql.user / surql.pass, or SURQL_USER / SURQL_PASS).");
    }
    if (status == 400) {
      String information = errorInformation(body);
      throw new SurqlException(
          ErrorCode.PARSE_ERROR,
          "SurrealDB at "
              + settings.url()
              + " could not parse the query, nothing was executed: "
              + information
              + System.lineSeparator()
              + "Query: "
              + Abbreviation.abbreviate(sql.strip(), 500));
    }
    if (status != 200) {
      throw new SurqlException(
          ErrorCode.HTTP_ERROR,
          "POST "
              + endpoint("/sql")
              + " answered HTTP "
              + status
              + ": "
              + Abbreviation.abbreviate(errorInformation(body).strip(), 500));
    }
    JsonNode root;
    try {
      root = SurqlJson.mapper().readTree(body);
    } catch (IOException e) {
      throw new SurqlException(
          ErrorCode.HTTP_ERROR,
          "POST "
              + endpoint("/sql")
              + " answered with something that is not JSON: "
              + Abbreviation.abbreviate(body.strip(), 300),
          e);
    }
    if (!root.isArray()) {
      throw new SurqlException(
          ErrorCode.HTTP_ERROR,
          "POST "
              + endpoint("/sql")
              + " answered with JSON that is not an array of statement results: "
              + Abbreviation.abbreviate(body.strip(), 300));
    }
    List<StatementResult> results = new ArrayList<>(root.size());
    int index = 0;
    for (JsonNode entry : root) {
      boolean ok = "OK".equalsIgnoreCase(entry.path("status").asText());
      String time = entry.path("time").asText("");
      JsonNode value = entry.has("result") ? entry.get("result") : NullNode.getInstance();
      Optional<String> kind =
          entry.hasNonNull("kind") ? Optional.of(entry.get("kind").asText()) : Optional.empty();
      if (!ok
          && kind.isEmpty()
          && entry.hasNonNull("details")
          && entry.get("details").path("kind").isTextual()) {
        kind = Optional.of(entry.get("details").path("kind").asText());
      }
      if (!ok && kind.isEmpty()) {
        kind = Optional.of("Error");
      }
      if (!ok
          && entry.path("details").path("kind").asText("").equals("NotExecuted")
          && !value.asText("").contains("not executed")) {
        value =
            com.fasterxml.jackson.databind.node.TextNode.valueOf(
                value.asText("") + " (not executed: the transaction was cancelled)");
      }
      results.add(new StatementResult(index++, ok, time, value, kind));
    }
    return new QueryResult(sql, results);
  }

  private static String errorInformation(String body) {
    try {
      JsonNode node = SurqlJson.mapper().readTree(body);
      if (node.hasNonNull("information")) {
        return node.get("information").asText();
      }
      if (node.hasNonNull("description")) {
        return node.get("description").asText();
      }
    } catch (IOException | RuntimeException e) {
      // plain text body
    }
    return body == null ? "" : body.strip();
  }

  private HttpResponse<String> send(HttpRequest request, String what) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException e) {
      throw new SurqlException(
          ErrorCode.CONNECTION_REFUSED,
          "Cannot connect to SurrealDB at "
              + settings.url()
              + " ("
              + what
              + "): the connection timed out. Is the server running and reachable?",
          e);
    } catch (HttpTimeoutException e) {
      throw new SurqlException(
          ErrorCode.TIMEOUT,
          what
              + " to SurrealDB at "
              + settings.url()
              + " did not complete within "
              + settings.timeout()
              + ".",
          e);
    } catch (ConnectException e) {
      throw new SurqlException(
          ErrorCode.CONNECTION_REFUSED,
          "Cannot connect to SurrealDB at "
              + settings.url()
              + " ("
              + what
              + "): connection refused. Is the server running? "
              + "If it was an engine started by surql-test, it has stopped.",
          e);
    } catch (IOException e) {
      throw new SurqlException(
          ErrorCode.CONNECTION_REFUSED,
          "Lost the connection to SurrealDB at "
              + settings.url()
              + " ("
              + what
              + "): "
              + e
              + ". Has the server stopped?",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SurqlException(
          ErrorCode.TIMEOUT, what + " to " + settings.url() + " was interrupted.", e);
    }
  }

  private URI endpoint(String path) {
    return URI.create(settings.url().toString() + path);
  }

  private URI sqlEndpoint(Map<String, ?> parameters) {
    if (parameters.isEmpty()) {
      return sql;
    }
    StringJoiner query = new StringJoiner("&", "?", "");
    for (Map.Entry<String, ?> e : new TreeMap<>(parameters).entrySet()) {
      if (!PARAMETER_NAME.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException(
            "parameter name must match [A-Za-z_][A-Za-z0-9_]*, but was: " + e.getKey());
      }
      query.add(
          URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
              + "="
              + URLEncoder.encode(parameterText(e.getValue()), StandardCharsets.UTF_8));
    }
    return URI.create(settings.url().toString() + "/sql" + query);
  }

  private static String parameterText(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("parameter values must not be null");
    }
    if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    try {
      return SurqlJson.mapper().writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot encode parameter value " + value + " as JSON", e);
    }
  }

  @Override
  public String toString() {
    return "SurqlClient["
        + settings.url()
        + ", ns="
        + settings.namespace()
        + ", db="
        + settings.database()
        + "]";
  }
}

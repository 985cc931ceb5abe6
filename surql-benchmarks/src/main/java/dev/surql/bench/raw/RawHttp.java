package dev.surql.bench.raw;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.internal.json.SurqlJson;
import dev.surql.core.internal.text.Abbreviation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The baseline side of a benchmark pair: SurrealQL sent with nothing but {@code java.net.http} and
 * Jackson, none of surql-test's client, lexer or bookkeeping. It has its own HTTP client (HTTP/1.1
 * with keep-alive, like {@code SurqlClient}), so the two sides do not share a connection pool.
 */
public final class RawHttp {

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final URI sql;
  private final String authorization;

  /** A raw client for the server and root credentials of {@code settings}. */
  public RawHttp(ConnectionSettings settings) {
    this.sql = URI.create(settings.url() + "/sql");
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (settings.user() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * POSTs {@code surql} to {@code /sql} for the namespace and database (empty strings for none) and
   * returns the parsed array of statement results; any statement that is not OK is an error.
   */
  public JsonNode post(String namespace, String database, String surql) {
    JsonNode results = postAllowingErrors(namespace, database, surql);
    for (JsonNode result : results) {
      requireOk(result, surql);
    }
    return results;
  }

  /** Like {@link #post}, but statements that fail are left in the results. */
  private JsonNode postAllowingErrors(String namespace, String database, String surql) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(sql)
            .header("Accept", "application/json")
            .header("Authorization", authorization)
            .POST(HttpRequest.BodyPublishers.ofString(surql, StandardCharsets.UTF_8));
    if (!namespace.isEmpty()) {
      request.header("Surreal-NS", namespace);
    }
    if (!database.isEmpty()) {
      request.header("Surreal-DB", database);
    }
    HttpResponse<String> response;
    try {
      response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("POST " + sql + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("POST " + sql + " was interrupted", e);
    }
    JsonNode results;
    try {
      results = SurqlJson.mapper().readTree(response.body());
    } catch (IOException e) {
      throw new IllegalStateException(
          "POST "
              + sql
              + " answered HTTP "
              + response.statusCode()
              + " with something that is not JSON: "
              + response.body(),
          e);
    }
    if (response.statusCode() != 200 || !results.isArray()) {
      throw new IllegalStateException(
          "POST " + sql + " answered HTTP " + response.statusCode() + ": " + results);
    }
    return results;
  }

  private static void requireOk(JsonNode result, String surql) {
    if (!"OK".equals(result.path("status").asText())) {
      throw new IllegalStateException(
          "a statement failed: " + result + " in: " + Abbreviation.abbreviate(surql, 300));
    }
  }

  /**
   * What a schema snapshot costs on the wire: {@code INFO FOR DB}, then one request with an {@code
   * INFO FOR TABLE} for every table it lists (none if there are no tables), both parsed into
   * Jackson trees. Returns how many tables there were.
   */
  public int info(String namespace, String database) {
    JsonNode db = post(namespace, database, "INFO FOR DB;").get(0).path("result");
    List<String> tables = new ArrayList<>();
    Iterator<String> names = db.path("tables").fieldNames();
    names.forEachRemaining(tables::add);
    if (!tables.isEmpty()) {
      StringBuilder request = new StringBuilder(tables.size() * 32);
      for (String table : tables) {
        request.append("INFO FOR TABLE `").append(table).append("`;\n");
      }
      JsonNode results = post(namespace, database, request.toString());
      if (results.size() != tables.size()) {
        throw new IllegalStateException(
            "asked for " + tables.size() + " INFO FOR TABLE results but got " + results.size());
      }
    }
    return tables.size();
  }

  /**
   * What an incremental snapshot costs on the wire: {@code INFO FOR DB}, then one request with an
   * {@code INFO FOR TABLE} for each listed table among {@code named} (none if none is listed).
   * Returns how many tables {@code INFO FOR DB} listed.
   */
  public int info(String namespace, String database, Set<String> named) {
    JsonNode db = post(namespace, database, "INFO FOR DB;").get(0).path("result");
    List<String> tables = new ArrayList<>();
    Iterator<String> names = db.path("tables").fieldNames();
    int listed = 0;
    while (names.hasNext()) {
      String table = names.next();
      listed++;
      if (named.contains(table)) {
        tables.add(table);
      }
    }
    if (!tables.isEmpty()) {
      StringBuilder request = new StringBuilder(tables.size() * 32);
      for (String table : tables) {
        request.append("INFO FOR TABLE `").append(table).append("`;\n");
      }
      post(namespace, database, request.toString());
    }
    return listed;
  }

  /**
   * What a step of the verifier's walk costs on the wire: {@code surql} followed, in the same
   * request, by {@code INFO FOR DB} and the {@code INFO FOR TABLE} of {@code table} (which answers
   * an error when the step removed it). Returns how many tables {@code INFO FOR DB} listed.
   */
  public int postThenInfo(String namespace, String database, String surql, String table) {
    JsonNode results =
        postAllowingErrors(
            namespace, database, surql + "INFO FOR DB;\nINFO FOR TABLE `" + table + "`;\n");
    int statements = results.size() - 2;
    for (int i = 0; i < statements; i++) {
      requireOk(results.get(i), surql);
    }
    JsonNode db = results.get(statements);
    requireOk(db, "INFO FOR DB");
    return db.path("result").path("tables").size();
  }

  /**
   * Creates a namespace and database with a fresh unique name (the same name for both) and returns
   * it.
   */
  public String createDatabase(String prefix) {
    String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    post(
        "",
        "",
        "DEFINE NAMESPACE " + name + "; USE NS " + name + "; DEFINE DATABASE " + name + ";");
    return name;
  }

  /** Removes a namespace made by {@link #createDatabase}. */
  public void removeDatabase(String name) {
    post("", "", "REMOVE NAMESPACE IF EXISTS " + name + ";");
  }
}

package dev.surql.core.forward;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.QueryResult;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.analysis.DataProbe;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Counts, with read-only queries, the records an up statement puts at stake: records matching a
 * condition (with a sample of their ids), fields a SCHEMAFULL table would not define, duplicates a
 * unique index would meet. Names are escaped; the only SurrealQL taken from a migration is an
 * {@code ASSERT} expression, and only when {@code DataProbe.whyNotCountable} accepts it.
 */
final class ForwardProbe {

  /** A count with a sample of the records counted, or (count empty) why nothing was counted. */
  record Measure(OptionalLong count, List<String> sample, List<String> names, String reason) {
    static Measure unavailable(String reason) {
      return new Measure(OptionalLong.empty(), List.of(), List.of(), reason);
    }
  }

  private final DataProbe data;
  private final String serverVersion;
  private final boolean v3;

  ForwardProbe(SurqlClient client) {
    this.data = new DataProbe(client);
    this.serverVersion = serverVersion(client);
    this.v3 = majorVersion(serverVersion) >= 3;
  }

  /** The server's version as it reports it, e.g. {@code surrealdb-3.0.2}. */
  String serverVersion() {
    return serverVersion;
  }

  DataProbe data() {
    return data;
  }

  /** Whether the server is 3.x or later. */
  boolean v3() {
    return v3;
  }

  /** Records of {@code table} for which {@code condition} holds, with a sample of their ids. */
  Measure matching(String table, String condition) {
    try {
      if (!data.tableExists(table)) {
        return new Measure(OptionalLong.of(0), List.of(), List.of(), "");
      }
      String from = " FROM " + SurqlIdentifiers.escape(table) + " WHERE " + condition;
      QueryResult result =
          data.client()
              .query(
                  "SELECT count()"
                      + from
                      + " GROUP ALL;\nSELECT VALUE id"
                      + from
                      + " LIMIT "
                      + ForwardAnalyzer.SAMPLE_LIMIT
                      + ";");
      return new Measure(
          OptionalLong.of(firstCount(JsonResults.tree(result.get(0)))),
          strings(JsonResults.tree(result.get(1))),
          List.of(),
          "");
    } catch (SurqlException | IllegalArgumentException e) {
      return Measure.unavailable("could not count: " + firstLine(e.getMessage()));
    }
  }

  /**
   * Records of {@code table} holding top-level fields other than {@code allowed}, and which fields.
   */
  Measure undefinedFields(String table, Collection<String> allowed) {
    try {
      if (!data.tableExists(table)) {
        return new Measure(OptionalLong.of(0), List.of(), List.of(), "");
      }
      List<String> literals = allowed.stream().map(TypePredicate::literal).toList();
      String extra =
          "array::complement(object::keys($this), [" + String.join(", ", literals) + "])";
      String from =
          " FROM " + SurqlIdentifiers.escape(table) + " WHERE array::len(" + extra + ") > 0";
      QueryResult result =
          data.client()
              .query(
                  "SELECT count()"
                      + from
                      + " GROUP ALL;\nSELECT VALUE id"
                      + from
                      + " LIMIT "
                      + ForwardAnalyzer.SAMPLE_LIMIT
                      + ";\nRETURN array::sort(array::distinct(array::flatten((SELECT VALUE "
                      + extra
                      + " FROM "
                      + SurqlIdentifiers.escape(table)
                      + "))));");
      return new Measure(
          OptionalLong.of(firstCount(JsonResults.tree(result.get(0)))),
          strings(JsonResults.tree(result.get(1))),
          strings(JsonResults.tree(result.get(2))),
          "");
    } catch (SurqlException | IllegalArgumentException e) {
      return Measure.unavailable("could not count: " + firstLine(e.getMessage()));
    }
  }

  /** All records of {@code table}. */
  Measure records(String table) {
    DataProbe.Count count = data.records(table, Optional.empty());
    return count.value().isPresent()
        ? new Measure(count.value(), List.of(), List.of(), "")
        : Measure.unavailable(count.reason());
  }

  /** How many distinct values of {@code columns} occur in more than one record. */
  Measure duplicates(String table, List<String> columns) {
    DataProbe.Count count = data.duplicates(table, columns);
    return count.value().isPresent()
        ? new Measure(count.value(), List.of(), List.of(), "")
        : Measure.unavailable(count.reason());
  }

  /** The condition that the field's value fits {@code type}, if one can be written. */
  Optional<String> fits(String type, String field) {
    return TypePredicate.fits(type, DataProbe.fieldExpression(field), v3);
  }

  /** {@code type::is_object} or {@code type::is::object}. */
  String isObject(String idiom) {
    return (v3 ? "type::is_object(" : "type::is::object(") + idiom + ")";
  }

  private static String serverVersion(SurqlClient client) {
    try {
      return client.serverVersion();
    } catch (RuntimeException e) {
      return "unknown";
    }
  }

  private static int majorVersion(String serverVersion) {
    try {
      String version = serverVersion.replaceAll("^[^0-9]*", "");
      int dot = version.indexOf('.');
      return Integer.parseInt(dot < 0 ? version : version.substring(0, dot));
    } catch (RuntimeException e) {
      return 3;
    }
  }

  private static long firstCount(JsonNode result) {
    return result.isArray() && result.size() > 0 ? result.get(0).path("count").asLong(0) : 0;
  }

  private static List<String> strings(JsonNode result) {
    List<String> out = new ArrayList<>();
    if (result.isArray()) {
      result.forEach(n -> out.add(n.isTextual() ? n.asText() : n.toString()));
    }
    return out;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}

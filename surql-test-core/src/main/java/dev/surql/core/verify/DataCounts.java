package dev.surql.core.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.client.QueryResult;
import dev.surql.core.client.StatementResult;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import dev.surql.core.internal.sql.SurqlLexer;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.TableSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many records each table holds and how many of them have a value in each field, counted in one
 * request. Used to report seeded data that a down destroyed.
 */
record DataCounts(Map<String, Long> records, Map<String, Map<String, Long>> values) {

  static DataCounts count(SurqlClient client, DatabaseSchema schema) {
    if (schema.tables().isEmpty()) {
      return new DataCounts(Map.of(), Map.of());
    }
    StringBuilder sql = new StringBuilder();
    List<String> tables = new ArrayList<>();
    List<List<String>> fieldsPerTable = new ArrayList<>();
    for (TableSchema table : schema.tables().values()) {
      List<String> fields = table.fields().keySet().stream().filter(DataCounts::countable).toList();
      sql.append("SELECT count() AS records");
      for (int i = 0; i < fields.size(); i++) {
        sql.append(", count(").append(path(fields.get(i))).append(" != NONE) AS f").append(i);
      }
      sql.append(" FROM ").append(SurqlIdentifiers.escape(table.name())).append(" GROUP ALL;\n");
      tables.add(table.name());
      fieldsPerTable.add(fields);
    }
    QueryResult result = client.queryAllowingErrors(sql.toString());
    Map<String, Long> records = new LinkedHashMap<>();
    Map<String, Map<String, Long>> values = new LinkedHashMap<>();
    for (int t = 0; t < tables.size() && t < result.size(); t++) {
      StatementResult statement = result.get(t);
      JsonNode tree = JsonResults.tree(statement);
      JsonNode row = statement.ok() && tree.isArray() && tree.size() > 0 ? tree.get(0) : null;
      records.put(tables.get(t), row == null ? 0L : row.path("records").asLong());
      Map<String, Long> fieldCounts = new LinkedHashMap<>();
      List<String> fields = fieldsPerTable.get(t);
      for (int i = 0; i < fields.size(); i++) {
        fieldCounts.put(fields.get(i), row == null ? 0L : row.path("f" + i).asLong());
      }
      values.put(tables.get(t), fieldCounts);
    }
    return new DataCounts(records, values);
  }

  /** Which seeded data is gone (or reduced) in {@code after} compared with this. */
  List<DataLoss> lossesComparedTo(DataCounts after) {
    List<DataLoss> losses = new ArrayList<>();
    records.forEach(
        (table, before) -> {
          long left = after.records.getOrDefault(table, 0L);
          if (before > left) {
            losses.add(new DataLoss(table, Optional.empty(), before, left));
          } else {
            values
                .getOrDefault(table, Map.of())
                .forEach(
                    (field, count) -> {
                      long remaining =
                          after.values.getOrDefault(table, Map.of()).getOrDefault(field, 0L);
                      if (count > remaining) {
                        losses.add(new DataLoss(table, Optional.of(field), count, remaining));
                      }
                    });
          }
        });
    return losses;
  }

  long total() {
    return records.values().stream().mapToLong(Long::longValue).sum();
  }

  private static String plain(String field) {
    if (field.indexOf('`') < 0 && field.indexOf('\u27e8') < 0) {
      return field;
    }
    try {
      StringBuilder plain = new StringBuilder();
      for (Token token : SurqlLexer.tokenize(field, "<field>")) {
        plain.append(token.type() == TokenType.ESCAPED_IDENTIFIER ? token.value() : token.text());
      }
      return plain.toString();
    } catch (RuntimeException e) {
      return field;
    }
  }

  private static boolean countable(String field) {
    return !field.contains("*") && !field.contains("[") && !field.equals("id");
  }

  /**
   * The escaped idiom of a field as a snapshot names it. Snapshots keep the names {@code INFO FOR
   * TABLE} gives, which quotes names that need it ({@code `a b`}): those are unquoted first, so
   * that every name is escaped exactly once.
   */
  private static String path(String field) {
    StringBuilder path = new StringBuilder();
    for (String part : plain(field).split("\\.")) {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(SurqlIdentifiers.escape(part));
    }
    return path.toString();
  }
}

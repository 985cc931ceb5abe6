package dev.surql.core.internal.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.internal.json.SurqlJson;
import dev.surql.core.internal.text.Abbreviation;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.EventSchema;
import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.IndexKind;
import dev.surql.core.snapshot.IndexSchema;
import dev.surql.core.snapshot.RelationSchema;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotFiles;
import dev.surql.core.snapshot.SnapshotStore;
import dev.surql.core.snapshot.TableKind;
import dev.surql.core.snapshot.TableSchema;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The JSON form of a {@link SchemaSnapshot}, used by {@link SnapshotFiles} and {@link
 * SnapshotStore}. {@link #toJson} and {@link #fromJson} round-trip exactly. The document is an
 * object with {@code formatVersion} ({@value #FORMAT_VERSION}), {@code version}, {@code createdAt}
 * (ISO-8601 instant), {@code serverVersion}, {@code migrationCount}, {@code checksum} and {@code
 * schema}; the schema holds {@code tables} (each with {@code kind}, {@code schemafull}, {@code
 * relation} for relation tables, {@code definition}, {@code fields}, {@code indexes}, {@code
 * events}), {@code functions}, {@code params}, {@code analyzers}, {@code accesses} and {@code
 * sequences}. Absent optional values are left out.
 *
 * <p>Reading recomputes the checksum from the definitions and rejects a document whose stored
 * checksum differs, so an edited snapshot is never taken for the original.
 */
public final class SnapshotJson {

  /** The format version this class writes and reads. */
  public static final int FORMAT_VERSION = 1;

  private SnapshotJson() {}

  /** The snapshot as pretty-printed JSON (without a trailing line break). */
  public static String toJson(SchemaSnapshot snapshot) {
    try {
      return SurqlJson.pretty().writeValueAsString(tree(snapshot));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /**
   * The snapshot as JSON on one line, without insignificant whitespace; {@link #fromJson} reads it
   * too.
   */
  public static String toCompactJson(SchemaSnapshot snapshot) {
    try {
      return SurqlJson.mapper().writeValueAsString(tree(snapshot));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  private static ObjectNode tree(SchemaSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    ObjectNode root = SurqlJson.mapper().createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("version", snapshot.version());
    root.put("createdAt", snapshot.createdAt().toString());
    root.put("serverVersion", snapshot.serverVersion());
    root.put("migrationCount", snapshot.migrationCount());
    root.put("checksum", snapshot.checksum());
    DatabaseSchema schema = snapshot.schema();
    ObjectNode s = root.putObject("schema");
    ObjectNode tables = s.putObject("tables");
    schema.tables().forEach((name, table) -> tables.set(name, table(table)));
    strings(s.putObject("functions"), schema.functions());
    strings(s.putObject("params"), schema.params());
    strings(s.putObject("analyzers"), schema.analyzers());
    strings(s.putObject("accesses"), schema.accesses());
    strings(s.putObject("sequences"), schema.sequences());
    return root;
  }

  /** Reads a snapshot; errors name the document as {@code <json>}. */
  public static SchemaSnapshot fromJson(String json) {
    return fromJson(json, "<json>");
  }

  /**
   * Reads a snapshot written by {@link #toJson}.
   *
   * @param json the JSON text
   * @param origin what the text is, for error messages, e.g. {@code file snapshots/v1.json}
   * @throws SurqlException {@link ErrorCode#SNAPSHOT_INVALID} if the text is not JSON, has an
   *     unknown {@code formatVersion}, lacks a value or has one of the wrong type, or if its
   *     checksum does not match its schema
   */
  public static SchemaSnapshot fromJson(String json, String origin) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(origin, "origin");
    JsonNode root;
    try {
      root = SurqlJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      throw invalid(
          origin,
          "it is not valid JSON: "
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
    }
    if (root == null || !root.isObject()) {
      throw invalid(origin, "it is not a JSON object");
    }
    Reader r = new Reader(origin);
    JsonNode format = r.required(root, "formatVersion", "");
    if (!format.canConvertToExactIntegral() || format.asInt() != FORMAT_VERSION) {
      throw invalid(
          origin,
          "its formatVersion is "
              + format
              + " but this version of surql-test reads only "
              + "formatVersion "
              + FORMAT_VERSION
              + ". Recreate the snapshot or upgrade surql-test.");
    }
    String version = r.text(root, "version", "");
    String createdAtText = r.text(root, "createdAt", "");
    Instant createdAt;
    try {
      createdAt = Instant.parse(createdAtText);
    } catch (DateTimeParseException e) {
      throw invalid(
          origin,
          "createdAt '"
              + createdAtText
              + "' is not an ISO-8601 instant such as 2026-01-09T12:00:00Z");
    }
    String serverVersion = r.text(root, "serverVersion", "");
    int migrationCount = r.integer(root, "migrationCount", "");
    if (migrationCount < 0) {
      throw invalid(origin, "migrationCount must be >= 0, but is " + migrationCount);
    }
    String checksum = r.text(root, "checksum", "");
    JsonNode s = r.object(root, "schema", "");
    SortedMap<String, TableSchema> tables =
        r.map(
            s,
            "tables",
            "schema.",
            (name, node) -> r.table(name, node, "schema.tables." + name + "."));
    DatabaseSchema schema =
        DatabaseSchema.builder()
            .tables(tables)
            .functions(r.strings(s, "functions", "schema."))
            .params(r.strings(s, "params", "schema."))
            .analyzers(r.strings(s, "analyzers", "schema."))
            .accesses(r.strings(s, "accesses", "schema."))
            .sequences(r.strings(s, "sequences", "schema."))
            .build();
    String actual = SchemaChecksum.of(schema);
    if (!actual.equals(checksum)) {
      throw invalid(
          origin,
          "its schema was changed after the snapshot was taken: the stored checksum is "
              + checksum
              + " but the schema's checksum is "
              + actual
              + ". Restore the original, or take a new snapshot instead of editing one.");
    }
    return SchemaSnapshot.builder()
        .version(version)
        .createdAt(createdAt)
        .serverVersion(serverVersion)
        .migrationCount(migrationCount)
        .checksum(checksum)
        .schema(schema)
        .build();
  }

  private static ObjectNode table(TableSchema table) {
    ObjectNode t = SurqlJson.mapper().createObjectNode();
    t.put("kind", table.kind().name());
    t.put("schemafull", table.schemafull());
    table
        .relation()
        .ifPresent(
            relation -> {
              ObjectNode rel = t.putObject("relation");
              relation.in().forEach(rel.putArray("in")::add);
              relation.out().forEach(rel.putArray("out")::add);
              rel.put("enforced", relation.enforced());
            });
    t.put("definition", table.definition());
    ObjectNode fields = t.putObject("fields");
    table
        .fields()
        .forEach(
            (path, field) -> {
              ObjectNode f = fields.putObject(path);
              field.type().ifPresent(v -> f.put("type", v));
              f.put("readonly", field.readonly());
              field.defaultValue().ifPresent(v -> f.put("default", v));
              field.assertion().ifPresent(v -> f.put("assert", v));
              field.value().ifPresent(v -> f.put("value", v));
              f.put("definition", field.definition());
            });
    ObjectNode indexes = t.putObject("indexes");
    table
        .indexes()
        .forEach(
            (name, index) -> {
              ObjectNode i = indexes.putObject(name);
              ArrayNode columns = i.putArray("columns");
              index.columns().forEach(columns::add);
              i.put("kind", index.kind().name());
              i.put("definition", index.definition());
            });
    ObjectNode events = t.putObject("events");
    table
        .events()
        .forEach((name, event) -> events.putObject(name).put("definition", event.definition()));
    return t;
  }

  private static void strings(ObjectNode node, Map<String, String> map) {
    map.forEach(node::put);
  }

  private static SurqlException invalid(String origin, String detail) {
    return new SurqlException(
        ErrorCode.SNAPSHOT_INVALID, "Snapshot " + origin + " is invalid: " + detail);
  }

  /** Reads values, naming the document and the JSON path of anything missing or mistyped. */
  private record Reader(String origin) {

    JsonNode required(JsonNode parent, String key, String path) {
      JsonNode node = parent.get(key);
      if (node == null || node.isNull()) {
        throw invalid(origin, path + key + " is missing");
      }
      return node;
    }

    String text(JsonNode parent, String key, String path) {
      JsonNode node = required(parent, key, path);
      if (!node.isTextual()) {
        throw invalid(origin, path + key + " must be a string, but is " + node);
      }
      return node.asText();
    }

    Optional<String> optionalText(JsonNode parent, String key, String path) {
      return parent.hasNonNull(key) ? Optional.of(text(parent, key, path)) : Optional.empty();
    }

    int integer(JsonNode parent, String key, String path) {
      JsonNode node = required(parent, key, path);
      if (!node.isIntegralNumber() || !node.canConvertToInt()) {
        throw invalid(origin, path + key + " must be an integer, but is " + node);
      }
      return node.asInt();
    }

    boolean bool(JsonNode parent, String key, String path) {
      JsonNode node = required(parent, key, path);
      if (!node.isBoolean()) {
        throw invalid(origin, path + key + " must be true or false, but is " + node);
      }
      return node.asBoolean();
    }

    JsonNode object(JsonNode parent, String key, String path) {
      JsonNode node = required(parent, key, path);
      if (!node.isObject()) {
        throw invalid(
            origin,
            path
                + key
                + " must be an object, but is "
                + Abbreviation.abbreviate(node.toString(), 80));
      }
      return node;
    }

    List<String> textList(JsonNode parent, String key, String path) {
      JsonNode node = required(parent, key, path);
      if (!node.isArray()) {
        throw invalid(
            origin,
            path
                + key
                + " must be an array of strings, but is "
                + Abbreviation.abbreviate(node.toString(), 80));
      }
      List<String> list = new ArrayList<>(node.size());
      for (JsonNode item : node) {
        if (!item.isTextual()) {
          throw invalid(origin, path + key + " must be an array of strings, but holds " + item);
        }
        list.add(item.asText());
      }
      return list;
    }

    <E extends Enum<E>> E enumValue(JsonNode parent, String key, String path, Class<E> type) {
      String text = text(parent, key, path);
      try {
        return Enum.valueOf(type, text);
      } catch (IllegalArgumentException e) {
        throw invalid(
            origin,
            path
                + key
                + " is '"
                + text
                + "', which is not one of "
                + Arrays.toString(type.getEnumConstants()));
      }
    }

    <V> SortedMap<String, V> map(
        JsonNode parent, String key, String path, BiFunction<String, JsonNode, V> read) {
      JsonNode node = object(parent, key, path);
      SortedMap<String, V> map = new TreeMap<>();
      node.properties().forEach(e -> map.put(e.getKey(), read.apply(e.getKey(), e.getValue())));
      return map;
    }

    SortedMap<String, String> strings(JsonNode parent, String key, String path) {
      JsonNode node = object(parent, key, path);
      SortedMap<String, String> map = new TreeMap<>();
      node.properties()
          .forEach(
              e -> {
                if (!e.getValue().isTextual()) {
                  throw invalid(
                      origin,
                      path
                          + key
                          + "."
                          + e.getKey()
                          + " must be a string, but is "
                          + Abbreviation.abbreviate(e.getValue().toString(), 80));
                }
                map.put(e.getKey(), e.getValue().asText());
              });
      return map;
    }

    TableSchema table(String name, JsonNode node, String path) {
      requireObject(node, path);
      TableKind kind = enumValue(node, "kind", path, TableKind.class);
      boolean schemafull = bool(node, "schemafull", path);
      Optional<RelationSchema> relation = Optional.empty();
      if (node.hasNonNull("relation")) {
        JsonNode rel = object(node, "relation", path);
        String relPath = path + "relation.";
        relation =
            Optional.of(
                new RelationSchema(
                    textList(rel, "in", relPath),
                    textList(rel, "out", relPath),
                    bool(rel, "enforced", relPath)));
      }
      String definition = text(node, "definition", path);
      SortedMap<String, FieldSchema> fields =
          map(
              node,
              "fields",
              path,
              (field, f) -> {
                String p = path + "fields." + field + ".";
                requireObject(f, p);
                return FieldSchema.builder()
                    .name(field)
                    .type(optionalText(f, "type", p))
                    .readonly(bool(f, "readonly", p))
                    .defaultValue(optionalText(f, "default", p))
                    .assertion(optionalText(f, "assert", p))
                    .value(optionalText(f, "value", p))
                    .definition(text(f, "definition", p))
                    .build();
              });
      SortedMap<String, IndexSchema> indexes =
          map(
              node,
              "indexes",
              path,
              (index, i) -> {
                String p = path + "indexes." + index + ".";
                requireObject(i, p);
                return IndexSchema.builder()
                    .name(index)
                    .columns(textList(i, "columns", p))
                    .kind(enumValue(i, "kind", p, IndexKind.class))
                    .definition(text(i, "definition", p))
                    .build();
              });
      SortedMap<String, EventSchema> events =
          map(
              node,
              "events",
              path,
              (event, e) -> {
                String p = path + "events." + event + ".";
                requireObject(e, p);
                return new EventSchema(event, text(e, "definition", p));
              });
      return TableSchema.builder()
          .name(name)
          .kind(kind)
          .schemafull(schemafull)
          .relation(relation)
          .definition(definition)
          .fields(fields)
          .indexes(indexes)
          .events(events)
          .build();
    }

    private void requireObject(JsonNode node, String path) {
      if (!node.isObject()) {
        throw invalid(
            origin,
            path.substring(0, path.length() - 1)
                + " must be an object, but is "
                + Abbreviation.abbreviate(node.toString(), 80));
      }
    }
  }
}

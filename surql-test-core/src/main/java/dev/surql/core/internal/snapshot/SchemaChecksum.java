package dev.surql.core.internal.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.surql.core.internal.json.SurqlJson;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.EventSchema;
import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.IndexSchema;
import dev.surql.core.snapshot.TableSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The checksum of a {@link DatabaseSchema}: lower-case hex SHA-256 of the UTF-8 bytes of its
 * canonical JSON. The same schema always gives the same checksum, whatever order it was created in;
 * any change of a table, field, index, event, function, param, analyzer, access or sequence
 * definition changes it.
 *
 * <p>The canonical JSON (see {@link #canonicalJson}) holds the server's {@code DEFINE} statements
 * only, not the attributes read from them, so a better parser never changes a checksum:
 *
 * <pre>{@code
 * {"accesses":{NAME:DEFINE,…},"analyzers":{…},"functions":{…},"params":{…},"sequences":{…},
 *  "tables":{NAME:{"definition":DEFINE,"events":{NAME:DEFINE,…},"fields":{PATH:DEFINE,…},
 *                  "indexes":{NAME:DEFINE,…}},…}}
 * }</pre>
 *
 * <p>Every object's keys are sorted by UTF-16 code units ({@link String#compareTo}); there is no
 * whitespace outside strings; strings escape {@code "} and {@code \} with a backslash, {@code \b \t
 * \n \f \r} as such, the other control characters below U+0020 as {@code \}{@code u00XX} with
 * upper-case hex digits, and nothing else; the text is encoded as UTF-8. Empty maps are kept
 * ({@code "events":{}}). Names are the keys {@code INFO FOR DB} and {@code INFO FOR TABLE} give
 * them. Because servers print definitions differently, checksums are comparable only between
 * snapshots of the same server version.
 */
public final class SchemaChecksum {
  private static final JsonFactory JSON = SurqlJson.mapper().getFactory();
  private static final byte[] TAIL = "}}".getBytes(StandardCharsets.UTF_8);

  /**
   * Each table's piece of the canonical text: consecutive snapshots of a walk share the objects of
   * unchanged tables, and escaping every definition of every table again for each snapshot was a
   * quarter of a verification's Java-side time.
   */
  private static final SchemaMemo<TableSchema, byte[]> TABLE_TEXT =
      SchemaMemo.of(4096, table -> tableText(table.name(), table));

  private SchemaChecksum() {}

  /** The checksum of a schema, as described in the class comment. */
  public static String of(DatabaseSchema schema) {
    Objects.requireNonNull(schema, "schema");
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    // the canonical text piece by piece, each table's piece remembered: the UTF-8 of a
    // concatenation
    // is the concatenation of the pieces' UTF-8 (they meet at ASCII characters)
    digest.update(head(schema).getBytes(StandardCharsets.UTF_8));
    boolean first = true;
    for (Map.Entry<String, TableSchema> entry : sorted(schema.tables()).entrySet()) {
      if (!first) {
        digest.update((byte) ',');
      }
      first = false;
      TableSchema table = entry.getValue();
      digest.update(
          entry.getKey().equals(table.name())
              ? TABLE_TEXT.get(table)
              : tableText(entry.getKey(), table));
    }
    digest.update(TAIL);
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The canonical JSON text the checksum is computed from, as described in the class comment. */
  public static String canonicalJson(DatabaseSchema schema) {
    Objects.requireNonNull(schema, "schema");
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      write(json, schema);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write maps of strings as JSON", e);
    }
    return text.toString();
  }

  /**
   * Writes the canonical JSON. Keys are written in the order of the schema's maps, which are sorted
   * by {@link String#compareTo} ({@link DatabaseSchema} and {@link TableSchema} keep them so), and
   * the fixed keys in their sorted order.
   */
  private static void write(JsonGenerator json, DatabaseSchema schema) throws IOException {
    writeHead(json, schema);
    for (Map.Entry<String, TableSchema> entry : sorted(schema.tables()).entrySet()) {
      writeTable(json, entry.getKey(), entry.getValue());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  /**
   * Everything before the first table: the database-level definitions and the opening of {@code
   * "tables"}.
   */
  private static void writeHead(JsonGenerator json, DatabaseSchema schema) throws IOException {
    json.writeStartObject();
    strings(json, "accesses", schema.accesses());
    strings(json, "analyzers", schema.analyzers());
    strings(json, "functions", schema.functions());
    strings(json, "params", schema.params());
    strings(json, "sequences", schema.sequences());
    json.writeObjectFieldStart("tables");
  }

  private static void writeTable(JsonGenerator json, String name, TableSchema table)
      throws IOException {
    json.writeObjectFieldStart(name);
    json.writeStringField("definition", table.definition());
    definitions(json, "events", table.events(), EventSchema::definition);
    definitions(json, "fields", table.fields(), FieldSchema::definition);
    definitions(json, "indexes", table.indexes(), IndexSchema::definition);
    json.writeEndObject();
  }

  /** The canonical text up to the first table, as {@link #write} writes it. */
  private static String head(DatabaseSchema schema) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      writeHead(json, schema);
      json.flush();
      return text.toString();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write maps of strings as JSON", e);
    }
  }

  /** A table's {@code "name":{…}} in the canonical text, as UTF-8, as {@link #write} writes it. */
  private static byte[] tableText(String name, TableSchema table) {
    StringWriter text = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(text)) {
      json.writeStartObject();
      writeTable(json, name, table);
      json.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("cannot write maps of strings as JSON", e);
    }
    String object = text.toString();
    return object.substring(1, object.length() - 1).getBytes(StandardCharsets.UTF_8);
  }

  private static void strings(JsonGenerator json, String name, Map<String, String> map)
      throws IOException {
    definitions(json, name, map, Function.identity());
  }

  private static <V> void definitions(
      JsonGenerator json, String name, Map<String, V> map, Function<V, String> f)
      throws IOException {
    json.writeObjectFieldStart(name);
    for (Map.Entry<String, V> entry : sorted(map).entrySet()) {
      json.writeStringField(entry.getKey(), f.apply(entry.getValue()));
    }
    json.writeEndObject();
  }

  private static <V> SortedMap<String, V> sorted(Map<String, V> map) {
    return map instanceof SortedMap<String, V> s && s.comparator() == null ? s : new TreeMap<>(map);
  }
}

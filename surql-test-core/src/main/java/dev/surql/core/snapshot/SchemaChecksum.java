package dev.surql.core.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
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
 * whitespace outside strings; strings escape {@code "} and {@code \} with a backslash, {@code \b
 * \t \n \f \r} as such, the other control characters below U+0020 as {@code \}{@code u00XX}
 * with upper-case hex digits, and nothing else; the text is encoded as UTF-8. Empty maps are kept
 * ({@code "events":{}}). Names are the keys {@code INFO FOR DB} and {@code INFO FOR TABLE} give
 * them. Because servers print definitions differently, checksums are comparable only between
 * snapshots of the same server version.
 */
public final class SchemaChecksum {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SchemaChecksum() {}

  /** The checksum of a schema, as described in the class comment. */
  public static String of(DatabaseSchema schema) {
    byte[] canonical = canonicalJson(schema).getBytes(StandardCharsets.UTF_8);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The canonical JSON text the checksum is computed from, as described in the class comment. */
  public static String canonicalJson(DatabaseSchema schema) {
    Objects.requireNonNull(schema, "schema");
    Map<String, Object> root = new TreeMap<>();
    root.put("accesses", schema.accesses());
    root.put("analyzers", schema.analyzers());
    root.put("functions", schema.functions());
    root.put("params", schema.params());
    root.put("sequences", schema.sequences());
    Map<String, Object> tables = new TreeMap<>();
    schema.tables().forEach((name, table) -> {
      Map<String, Object> t = new TreeMap<>();
      t.put("definition", table.definition());
      t.put("events", definitions(table.events(), EventSchema::definition));
      t.put("fields", definitions(table.fields(), FieldSchema::definition));
      t.put("indexes", definitions(table.indexes(), IndexSchema::definition));
      tables.put(name, t);
    });
    root.put("tables", tables);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write maps of strings as JSON", e);
    }
  }

  private static <V> Map<String, String> definitions(Map<String, V> map, Function<V, String> f) {
    Map<String, String> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k, f.apply(v)));
    return out;
  }
}

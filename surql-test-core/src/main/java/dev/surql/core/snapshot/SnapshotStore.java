package dev.surql.core.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.QueryResult;
import dev.surql.core.client.StatementResult;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.migration.MigrationVersions;
import dev.surql.core.internal.snapshot.SnapshotJson;
import dev.surql.core.internal.sql.RecordIdFunction;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps snapshots in the database itself, in the table {@value #TABLE} (defined on first use, left
 * out of every snapshot), one record per version with the record id {@code
 * _schema_snapshot:⟨version⟩}. Each record holds the snapshot's {@code SnapshotJson} text in the
 * string field {@code snapshot}, which is what {@link #load} reads back (so it round-trips
 * exactly), plus {@code version}, {@code created_at}, {@code server_version}, {@code checksum},
 * {@code table_count} and {@code migration_count} for people who query the table.
 *
 * <p>The snapshot text travels in the request body as an escaped string literal, not as a bound
 * parameter: bound parameters travel in the URL, which servers limit (16 KiB on the embedded
 * engine). Text longer than 256 Ki chars is sent in pieces, the first with the record and the rest
 * appended by further requests, so that no request exceeds SurrealDB's default 1 MiB body limit;
 * should one of those fail, {@link #load} reports the record as invalid. Every other value is a
 * bound parameter.
 *
 * <p>A version holds one snapshot. {@link #store} never overwrites: storing a snapshot with the
 * same checksum as the stored one does nothing, storing a different one fails, and {@link #replace}
 * overwrites on purpose. Lists are ordered by version as {@code MigrationVersions.ORDER} orders
 * them ({@code 2} before {@code 10}), then by creation time.
 */
public final class SnapshotStore {

  /** The table snapshots are kept in. */
  public static final String TABLE = "_schema_snapshot";

  private static final String DEFINE_TABLE =
      "DEFINE TABLE IF NOT EXISTS " + TABLE + " SCHEMALESS;\n";
  private static final String CONTENT =
      " CONTENT { version: <string>$version, created_at: <datetime>$created_at,"
          + " server_version: <string>$server_version, checksum: <string>$checksum, table_count: <int>$table_count,"
          + " migration_count: <int>$migration_count, snapshot: %s } RETURN NONE;";
  private static final Comparator<SchemaSnapshot> ORDER =
      Comparator.comparing(SchemaSnapshot::version, MigrationVersions.ORDER)
          .thenComparing(SchemaSnapshot::createdAt);

  /**
   * The most chars of snapshot text sent in one request: at most 768 KiB of UTF-8, below
   * SurrealDB's default limit of 1 MiB for a {@code POST /sql} body.
   */
  static final int CHUNK_CHARS = 256 * 1024;

  private final SurqlClient client;
  private final RecordIdFunction recordIdFunction;

  /** A store in the database the client is bound to. */
  public SnapshotStore(SurqlClient client) {
    this.client = Objects.requireNonNull(client, "client");
    this.recordIdFunction = new RecordIdFunction(client);
  }

  /** The record of the snapshot of {@code $version}. */
  private String record() {
    return recordIdFunction.call(TABLE, "<string>$version");
  }

  /**
   * Stores a snapshot under its version.
   *
   * @return the stored snapshot: {@code snapshot}, or the one already stored with the same checksum
   * @throws SurqlException {@link ErrorCode#SNAPSHOT_INVALID} if a snapshot with another checksum
   *     is already stored under the version (use {@link #replace} to overwrite it, or {@link
   *     #delete})
   */
  public SchemaSnapshot store(SchemaSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    List<String> chunks = chunks(SnapshotJson.toCompactJson(snapshot));
    QueryResult result =
        client.queryAllowingErrors(
            DEFINE_TABLE + "CREATE " + record() + CONTENT.formatted(literal(chunks.get(0))),
            parameters(snapshot));
    StatementResult create = result.last();
    if (result.allOk()) {
      appendRest(snapshot.version(), chunks);
      return snapshot;
    }
    Optional<SchemaSnapshot> existing = create.ok() ? Optional.empty() : load(snapshot.version());
    if (existing.isEmpty()) {
      throw new SurqlException(
          ErrorCode.SNAPSHOT_INVALID,
          "Cannot store snapshot "
              + snapshot.version()
              + " in "
              + where()
              + ": "
              + result.statements().stream()
                  .filter(r -> !r.ok())
                  .findFirst()
                  .flatMap(StatementResult::errorMessage)
                  .orElse("unknown error"));
    }
    SchemaSnapshot stored = existing.get();
    if (stored.checksum().equals(snapshot.checksum())) {
      return stored;
    }
    throw new SurqlException(
        ErrorCode.SNAPSHOT_INVALID,
        "A different snapshot is already stored for version "
            + snapshot.version()
            + " in "
            + where()
            + ":"
            + System.lineSeparator()
            + "  -> stored:    checksum "
            + stored.checksum()
            + ", taken "
            + stored.createdAt()
            + System.lineSeparator()
            + "  -> new:       checksum "
            + snapshot.checksum()
            + ", taken "
            + snapshot.createdAt()
            + System.lineSeparator()
            + "Use replace(snapshot) to overwrite it, or delete(\""
            + snapshot.version()
            + "\") first.");
  }

  /** Stores a snapshot under its version, overwriting whatever was stored there. */
  public SchemaSnapshot replace(SchemaSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    List<String> chunks = chunks(SnapshotJson.toCompactJson(snapshot));
    client.query(
        DEFINE_TABLE + "UPSERT " + record() + CONTENT.formatted(literal(chunks.get(0))),
        parameters(snapshot));
    appendRest(snapshot.version(), chunks);
    return snapshot;
  }

  /**
   * The snapshot stored under {@code version}, if any.
   *
   * @throws SurqlException {@link ErrorCode#SNAPSHOT_INVALID} if the stored record was edited and
   *     its checksum no longer matches
   */
  public Optional<SchemaSnapshot> load(String version) {
    Objects.requireNonNull(version, "version");
    QueryResult result =
        client.query(
            DEFINE_TABLE + "SELECT version, snapshot FROM ONLY " + record() + ";",
            Map.of("version", version));
    JsonNode row = JsonResults.tree(result.last());
    return row.isObject() ? Optional.of(read(row)) : Optional.empty();
  }

  /** Every stored snapshot, ordered by version, then creation time. */
  public List<SchemaSnapshot> list() {
    QueryResult result =
        client.query(DEFINE_TABLE + "SELECT version, snapshot FROM " + TABLE + ";");
    List<SchemaSnapshot> snapshots = new ArrayList<>();
    for (JsonNode row : JsonResults.rows(result)) {
      snapshots.add(read(row));
    }
    snapshots.sort(ORDER);
    return List.copyOf(snapshots);
  }

  /**
   * The versions that have a snapshot, in the order of {@link #list()}, without reading the
   * snapshots.
   */
  public List<String> versions() {
    QueryResult result =
        client.query(DEFINE_TABLE + "SELECT version, created_at FROM " + TABLE + ";");
    List<JsonNode> rows = new ArrayList<>(JsonResults.rows(result));
    rows.sort(
        Comparator.<JsonNode, String>comparing(
                r -> r.path("version").asText(), MigrationVersions.ORDER)
            .thenComparing(r -> createdAt(r.path("created_at").asText())));
    return rows.stream().map(r -> r.path("version").asText()).toList();
  }

  /** Whether no snapshot is stored. */
  public boolean isEmpty() {
    return JsonResults.rows(
            client.query(DEFINE_TABLE + "SELECT VALUE id FROM " + TABLE + " LIMIT 1;"))
        .isEmpty();
  }

  /** The snapshot of the highest version, if any. */
  public Optional<SchemaSnapshot> latest() {
    List<SchemaSnapshot> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Deletes the snapshot stored under {@code version}; returns whether there was one. */
  public boolean delete(String version) {
    Objects.requireNonNull(version, "version");
    QueryResult result =
        client.query(
            DEFINE_TABLE + "DELETE " + record() + " RETURN BEFORE;", Map.of("version", version));
    return !JsonResults.rows(result).isEmpty();
  }

  /**
   * Deletes all snapshots but the last {@code n} in the order of {@link #list()}, in one request.
   *
   * @return how many were deleted
   */
  public int keepLast(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, but was " + n);
    }
    List<String> versions = versions();
    List<String> doomed = versions.subList(0, Math.max(0, versions.size() - n));
    if (doomed.isEmpty()) {
      return 0;
    }
    StringBuilder sql = new StringBuilder();
    Map<String, String> parameters = new HashMap<>();
    for (int i = 0; i < doomed.size(); i++) {
      sql.append("DELETE " + recordIdFunction.call(TABLE, "<string>$v" + i) + " RETURN NONE;\n");
      parameters.put("v" + i, doomed.get(i));
    }
    client.query(sql.toString(), parameters);
    return doomed.size();
  }

  private static Instant createdAt(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return Instant.MIN;
    }
  }

  private SchemaSnapshot read(JsonNode row) {
    String version = row.path("version").asText("?");
    JsonNode text = row.get("snapshot");
    String origin = "record " + TABLE + ":⟨" + version + "⟩ in " + where();
    if (text == null || !text.isTextual()) {
      throw new SurqlException(
          ErrorCode.SNAPSHOT_INVALID,
          "Snapshot "
              + origin
              + " is invalid: its field 'snapshot' is not the snapshot's JSON text. Delete the record and store the "
              + "snapshot again.");
    }
    return SnapshotJson.fromJson(text.asText(), origin);
  }

  private static Map<String, Object> parameters(SchemaSnapshot snapshot) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("version", snapshot.version());
    parameters.put("created_at", snapshot.createdAt().toString());
    parameters.put("server_version", snapshot.serverVersion());
    parameters.put("checksum", snapshot.checksum());
    parameters.put("table_count", snapshot.schema().tables().size());
    parameters.put("migration_count", snapshot.migrationCount());
    return parameters;
  }

  private void appendRest(String version, List<String> chunks) {
    for (int i = 1; i < chunks.size(); i++) {
      client.query(
          "UPDATE "
              + record()
              + " SET snapshot = string::concat(snapshot, "
              + literal(chunks.get(i))
              + ") RETURN NONE;",
          Map.of("version", version));
    }
  }

  /**
   * The text cut into pieces of at most {@link #CHUNK_CHARS} chars, never inside a surrogate pair.
   */
  static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    int from = 0;
    do {
      int to = Math.min(text.length(), from + CHUNK_CHARS);
      if (to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))) {
        to--;
      }
      chunks.add(text.substring(from, to));
      from = to;
    } while (from < text.length());
    return chunks;
  }

  /**
   * The text as a SurrealQL string literal. Jackson's compact JSON holds no control characters, so
   * escaping {@code \} and {@code '} is all a literal needs.
   */
  static String literal(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 16).append('\'');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || c == '\'') {
        literal.append('\\');
      }
      literal.append(c);
    }
    return literal.append('\'').toString();
  }

  private String where() {
    return "namespace '"
        + client.settings().namespace()
        + "', database '"
        + client.settings().database()
        + "'";
  }

  @Override
  public String toString() {
    return "SnapshotStore[" + where() + "]";
  }
}

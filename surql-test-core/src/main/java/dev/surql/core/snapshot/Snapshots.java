package dev.surql.core.snapshot;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.snapshot.SchemaCapture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Takes and compares schema snapshots.
 *
 * <p>{@link #createSnapshot} reads the whole schema of the client's database in two requests,
 * whatever the number of tables: {@code INFO FOR DB}, then one request holding an {@code INFO FOR
 * TABLE} for every table. It keeps tables (relation tables and views included) with their fields
 * (nested {@code address.city} and array-element {@code tags.*} fields included), indexes and
 * events, and the database's functions, params, analyzers, accesses and sequences, each as the
 * server's canonical {@code DEFINE} statement plus the attributes read from it.
 *
 * <p>Left out, so that the same schema always gives the same snapshot:
 *
 * <ul>
 *   <li>surql-test's own tables, {@link #EXCLUDED_TABLES} and every table whose name starts with
 *       {@value #OWN_TABLE_PREFIX};
 *   <li>users: their {@code PASSHASH} is salted, so it differs every time a user is defined, and
 *       users are credentials rather than schema;
 *   <li>live queries ({@code lives}), whose ids are random;
 *   <li>the keys of accesses: every string literal after {@code KEY} is replaced by {@code
 *       '[REDACTED]'} (3.x already prints them so; 2.x prints keys in clear, including the random
 *       key it generates for a {@code TYPE RECORD} access), so snapshot files never hold secrets;
 *   <li>APIs, buckets, configs, models and modules, which are not part of {@link DatabaseSchema}.
 * </ul>
 */
public final class Snapshots {

  /** surql-test's own tables, never part of a snapshot. */
  public static final Set<String> EXCLUDED_TABLES =
      Set.of("_migration_history", "_schema_snapshot");

  /**
   * Tables whose name starts with this prefix belong to surql-test and are never part of a
   * snapshot.
   */
  public static final String OWN_TABLE_PREFIX = "_surql";

  private Snapshots() {}

  /** Whether a table belongs to surql-test itself and is left out of snapshots. */
  public static boolean isExcluded(String table) {
    Objects.requireNonNull(table, "table");
    return EXCLUDED_TABLES.contains(table) || table.startsWith(OWN_TABLE_PREFIX);
  }

  /**
   * Captures the schema of the client's database as a snapshot labelled {@code version}. The
   * server's version is asked once per server and kept with its clients ({@link
   * SurqlClient#attachment}).
   *
   * @param client a client bound to the namespace and database to capture
   * @param version the migration version (or label) the snapshot belongs to
   * @param migrationCount how many migrations have been applied
   */
  public static SchemaSnapshot createSnapshot(
      SurqlClient client, String version, int migrationCount) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(version, "version");
    if (version.isBlank()) {
      throw new IllegalArgumentException("version must not be blank");
    }
    String serverVersion = serverVersion(client);
    DatabaseSchema schema = captureSchema(client);
    return SchemaSnapshot.of(version, Instant.now(), serverVersion, migrationCount, schema);
  }

  /** Captures the schema of the client's database (two requests, see the class comment). */
  public static DatabaseSchema captureSchema(SurqlClient client) {
    Objects.requireNonNull(client, "client");
    return capture(client, Optional.empty(), Set.of());
  }

  /**
   * Captures the schema of the client's database after statements that could only have changed the
   * tables named in {@code possiblyChanged}, reusing the other tables from {@code previous}. {@code
   * INFO FOR DB} is always read, so tables that appeared, disappeared or whose own {@code DEFINE
   * TABLE} changed are always read too, as are all database-level definitions; only the {@code INFO
   * FOR TABLE} of tables that no statement named and whose definition is unchanged is skipped. The
   * result equals {@link #captureSchema(SurqlClient)} when the premise holds: DDL on a table always
   * names it ({@code DEFINE FIELD … ON user}), so a caller passes every identifier its statements
   * contain.
   *
   * @param previous the schema captured before the statements ran
   * @param possiblyChanged every table name the statements mention
   */
  public static DatabaseSchema captureSchema(
      SurqlClient client, DatabaseSchema previous, Set<String> possiblyChanged) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(possiblyChanged, "possiblyChanged");
    return capture(client, Optional.of(previous), possiblyChanged);
  }

  /** {@link #createSnapshot} with {@link #captureSchema(SurqlClient, DatabaseSchema, Set)}. */
  public static SchemaSnapshot createSnapshot(
      SurqlClient client,
      String version,
      int migrationCount,
      DatabaseSchema previous,
      Set<String> possiblyChanged) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(version, "version");
    String serverVersion = serverVersion(client);
    DatabaseSchema schema = captureSchema(client, previous, possiblyChanged);
    return SchemaSnapshot.of(version, Instant.now(), serverVersion, migrationCount, schema);
  }

  private static DatabaseSchema capture(
      SurqlClient client, Optional<DatabaseSchema> previous, Set<String> possiblyChanged) {
    return SchemaCapture.capture(client, previous, possiblyChanged, Optional.empty());
  }

  /** The server's version, asked once per server (engine) and kept with its clients. */
  static String serverVersion(SurqlClient client) {
    return SchemaCapture.serverVersion(client);
  }

  /**
   * The differences from snapshot {@code from} to snapshot {@code to}, ordered by element kind (the
   * order of {@link SchemaElement}) and then by name. A table whose own {@code DEFINE TABLE}
   * changed is MODIFIED; changes of its fields, indexes and events are reported as those elements.
   * The fields, indexes and events of an added or removed table are not listed separately. Relation
   * tables are reported as {@link SchemaElement#EDGE}. Names: {@code user} for tables, {@code
   * user.email} for fields, {@code user.email_idx} for indexes, {@code user.on_create} for events,
   * {@code fn::greet} for functions, {@code $max} for params, and the plain name for analyzers,
   * accesses and sequences.
   *
   * <p>Snapshots from different release lines (say 2.6 and 3.0) are first brought into one
   * representation by {@link CrossVersionNormalization}, and the diff's warning says so; the
   * checksums stay those each version computed over its own representation.
   */
  public static SnapshotDiff compareSnapshots(SchemaSnapshot from, SchemaSnapshot to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Optional<String> normalised = CrossVersionNormalization.note(from, to);
    List<SchemaChange> changes =
        normalised.isPresent()
            ? compareSchemas(
                CrossVersionNormalization.normalize(from.schema()),
                CrossVersionNormalization.normalize(to.schema()))
            : compareSchemas(from.schema(), to.schema());
    Optional<String> warning =
        from.serverVersion().equals(to.serverVersion())
            ? Optional.empty()
            : normalised.or(
                () ->
                    Optional.of(
                        "The snapshots come from different server versions ("
                            + from.serverVersion()
                            + " and "
                            + to.serverVersion()
                            + "): servers print definitions differently, so"
                            + " checksums are not comparable and some reported modifications may only be differences in formatting."));
    return SnapshotDiff.builder()
        .fromVersion(from.version())
        .toVersion(to.version())
        .changes(changes)
        .checksumMatch(
            // a derived checksum covers exactly the definitions compareSchemas compares, so without
            // normalisation no change means equal checksums: no need to hash both schemas
            normalised.isEmpty() && from.derivedChecksum() && to.derivedChecksum()
                ? changes.isEmpty()
                : from.checksum().equals(to.checksum()))
        .warning(warning)
        .build();
  }

  /** The differences between two schemas, ordered as described in {@link #compareSnapshots}. */
  public static List<SchemaChange> compareSchemas(DatabaseSchema a, DatabaseSchema b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    List<SchemaChange> changes = new ArrayList<>();
    // both table maps are sorted by name: walk them side by side instead of looking every name up
    Iterator<Map.Entry<String, TableSchema>> left = a.tables().entrySet().iterator();
    Iterator<Map.Entry<String, TableSchema>> right = b.tables().entrySet().iterator();
    Map.Entry<String, TableSchema> l = left.hasNext() ? left.next() : null;
    Map.Entry<String, TableSchema> r = right.hasNext() ? right.next() : null;
    while (l != null || r != null) {
      int order = l == null ? 1 : r == null ? -1 : l.getKey().compareTo(r.getKey());
      String name = order <= 0 ? l.getKey() : r.getKey();
      TableSchema before = order <= 0 ? l.getValue() : null;
      TableSchema after = order >= 0 ? r.getValue() : null;
      if (order <= 0) {
        l = left.hasNext() ? left.next() : null;
      }
      if (order >= 0) {
        r = right.hasNext() ? right.next() : null;
      }
      if (before == null || after == null) {
        TableSchema present = before == null ? after : before;
        changes.add(
            change(
                present.isRelation() ? SchemaElement.EDGE : SchemaElement.TABLE,
                name,
                before == null ? null : before.definition(),
                after == null ? null : after.definition()));
        continue;
      }
      if (before == after) {
        continue; // the same parsed table (see SnapshotCache): nothing changed
      }
      SchemaElement element =
          before.isRelation() || after.isRelation() ? SchemaElement.EDGE : SchemaElement.TABLE;
      if (!before.definition().equals(after.definition())) {
        changes.add(change(element, name, before.definition(), after.definition()));
      }
      compare(
          changes,
          SchemaElement.FIELD,
          name + ".",
          before.fields(),
          after.fields(),
          FieldSchema::definition);
      compare(
          changes,
          SchemaElement.INDEX,
          name + ".",
          before.indexes(),
          after.indexes(),
          IndexSchema::definition);
      compare(
          changes,
          SchemaElement.EVENT,
          name + ".",
          before.events(),
          after.events(),
          EventSchema::definition);
    }
    compare(
        changes, SchemaElement.FUNCTION, "fn::", a.functions(), b.functions(), Function.identity());
    compare(changes, SchemaElement.PARAM, "$", a.params(), b.params(), Function.identity());
    compare(changes, SchemaElement.ANALYZER, "", a.analyzers(), b.analyzers(), Function.identity());
    compare(changes, SchemaElement.ACCESS, "", a.accesses(), b.accesses(), Function.identity());
    compare(changes, SchemaElement.SEQUENCE, "", a.sequences(), b.sequences(), Function.identity());
    changes.sort(Comparator.comparing(SchemaChange::element).thenComparing(SchemaChange::name));
    return changes;
  }

  private static <V> void compare(
      List<SchemaChange> changes,
      SchemaElement element,
      String prefix,
      Map<String, V> a,
      Map<String, V> b,
      Function<V, String> definition) {
    for (String name : union(a, b)) {
      V before = a.get(name);
      V after = b.get(name);
      String beforeDefinition = before == null ? null : definition.apply(before);
      String afterDefinition = after == null ? null : definition.apply(after);
      if (!Objects.equals(beforeDefinition, afterDefinition)) {
        changes.add(change(element, prefix + name, beforeDefinition, afterDefinition));
      }
    }
  }

  private static SchemaChange change(
      SchemaElement element, String name, String before, String after) {
    ChangeType type =
        before == null
            ? ChangeType.ADDED
            : after == null ? ChangeType.REMOVED : ChangeType.MODIFIED;
    return SchemaChange.builder()
        .type(type)
        .element(element)
        .name(name)
        .before(Optional.ofNullable(before))
        .after(Optional.ofNullable(after))
        .build();
  }

  /**
   * The names of both maps, each once, in no particular order (the changes are sorted at the end):
   * without building a sorted set of every table's name for each of a walk's comparisons.
   */
  private static Iterable<String> union(Map<String, ?> a, Map<String, ?> b) {
    if (a.isEmpty()) {
      return b.keySet();
    }
    if (b.isEmpty()) {
      return a.keySet();
    }
    List<String> names = new ArrayList<>(a.keySet());
    for (String name : b.keySet()) {
      if (!a.containsKey(name)) {
        names.add(name);
      }
    }
    return names;
  }
}

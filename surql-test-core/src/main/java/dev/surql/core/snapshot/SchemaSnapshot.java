package dev.surql.core.snapshot;

import dev.surql.core.internal.snapshot.SchemaChecksum;

import java.time.Instant;
import java.util.Objects;

/**
 * The schema of a database at one version, with a SHA-256 checksum of the schema alone (not the
 * version, time or counts). Checksums are comparable only between snapshots from the same server
 * version, which the snapshot records.
 *
 * @param version the migration version (or label) the snapshot belongs to
 * @param createdAt when it was taken
 * @param serverVersion the server's version, e.g. {@code surrealdb-3.0.2}
 * @param migrationCount how many migrations were applied when it was taken
 * @param checksum lower-case hex SHA-256 of the canonical JSON of {@code schema}
 * @param schema the schema
 */
public record SchemaSnapshot(
    String version,
    Instant createdAt,
    String serverVersion,
    int migrationCount,
    String checksum,
    DatabaseSchema schema) {

  public SchemaSnapshot {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(serverVersion, "serverVersion");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(schema, "schema");
    if (migrationCount < 0) {
      throw new IllegalArgumentException("migrationCount must be >= 0, but was " + migrationCount);
    }
  }

  /** A snapshot of {@code schema} with its checksum computed by {@code SchemaChecksum.of}. */
  public static SchemaSnapshot of(
      String version, Instant createdAt, String serverVersion, int migrationCount, DatabaseSchema schema) {
    return new SchemaSnapshot(version, createdAt, serverVersion, migrationCount, SchemaChecksum.of(schema), schema);
  }

  /** Whether {@link #checksum()} is the checksum of {@link #schema()}, i.e. nothing was edited. */
  public boolean checksumValid() {
    return checksum.equals(SchemaChecksum.of(schema));
  }

  /** The differences from this snapshot to {@code other}; see {@link Snapshots#compareSnapshots}. */
  public SnapshotDiff compareTo(SchemaSnapshot other) {
    return Snapshots.compareSnapshots(this, other);
  }
}

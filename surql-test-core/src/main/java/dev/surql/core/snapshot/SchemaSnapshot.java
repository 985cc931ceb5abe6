package dev.surql.core.snapshot;

import dev.surql.core.internal.Required;
import dev.surql.core.internal.snapshot.SchemaChecksum;
import java.time.Instant;
import java.util.Objects;

/**
 * The schema of a database at one version, with a SHA-256 checksum of the schema alone (not the
 * version, time or counts). Checksums are comparable only between snapshots from the same server
 * version, which the snapshot records.
 *
 * <p>Built with {@link #builder()}, which needs {@code version}, {@code createdAt}, {@code
 * serverVersion} and {@code schema} (the checksum is computed when not given), or with {@link #of};
 * {@link #toBuilder()} copies one to change.
 */
public final class SchemaSnapshot {
  private final String version;
  private final Instant createdAt;
  private final String serverVersion;
  private final int migrationCount;
  private final DatabaseSchema schema;

  /**
   * Given, or computed on first use: a walk takes three snapshots per migration and compares
   * schemas structurally, so most checksums are never asked for.
   */
  private volatile String checksum;

  /** Whether the checksum is derived from {@link #schema} (not given to the builder). */
  private final boolean derivedChecksum;

  private SchemaSnapshot(
      String version,
      Instant createdAt,
      String serverVersion,
      int migrationCount,
      String checksum,
      DatabaseSchema schema) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(serverVersion, "serverVersion");
    Objects.requireNonNull(schema, "schema");
    if (migrationCount < 0) {
      throw new IllegalArgumentException("migrationCount must be >= 0, but was " + migrationCount);
    }
    this.version = version;
    this.createdAt = createdAt;
    this.serverVersion = serverVersion;
    this.migrationCount = migrationCount;
    this.checksum = checksum;
    this.derivedChecksum = checksum == null;
    this.schema = schema;
  }

  /** A builder of {@code SchemaSnapshot}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this schema snapshot's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.version = version;
    builder.createdAt = createdAt;
    builder.serverVersion = serverVersion;
    builder.migrationCount = migrationCount;
    builder.checksum = checksum();
    builder.schema = schema;
    return builder;
  }

  /** The migration version (or label) the snapshot belongs to. */
  public String version() {
    return version;
  }

  /** When it was taken. */
  public Instant createdAt() {
    return createdAt;
  }

  /** The server's version, e.g. {@code surrealdb-3.0.2}. */
  public String serverVersion() {
    return serverVersion;
  }

  /** How many migrations were applied when it was taken. */
  public int migrationCount() {
    return migrationCount;
  }

  /** Lower-case hex SHA-256 of the canonical JSON of {@code schema}. */
  public String checksum() {
    String known = checksum;
    if (known == null) {
      known = SchemaChecksum.of(schema);
      checksum = known;
    }
    return known;
  }

  /**
   * Whether {@link #checksum()} is computed from the schema rather than given (read from a file,
   * say): then equal definitions mean equal checksums, and comparing can tell without hashing.
   */
  boolean derivedChecksum() {
    return derivedChecksum;
  }

  /** The schema. */
  public DatabaseSchema schema() {
    return schema;
  }

  /** A snapshot of {@code schema} with its checksum computed by {@code SchemaChecksum.of}. */
  public static SchemaSnapshot of(
      String version,
      Instant createdAt,
      String serverVersion,
      int migrationCount,
      DatabaseSchema schema) {
    return new SchemaSnapshot(version, createdAt, serverVersion, migrationCount, null, schema);
  }

  /** Whether {@link #checksum()} is the checksum of {@link #schema()}, i.e. nothing was edited. */
  public boolean checksumValid() {
    return checksum().equals(SchemaChecksum.of(schema));
  }

  /**
   * The differences from this snapshot to {@code other}; see {@link Snapshots#compareSnapshots}.
   */
  public SnapshotDiff compareTo(SchemaSnapshot other) {
    return Snapshots.compareSnapshots(this, other);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof SchemaSnapshot that
        && version.equals(that.version)
        && createdAt.equals(that.createdAt)
        && serverVersion.equals(that.serverVersion)
        && migrationCount == that.migrationCount
        && schema.equals(that.schema)
        && checksum().equals(that.checksum());
  }

  @Override
  public int hashCode() {
    return Objects.hash(version, createdAt, serverVersion, migrationCount, checksum(), schema);
  }

  @Override
  public String toString() {
    return "SchemaSnapshot[version="
        + version
        + ", createdAt="
        + createdAt
        + ", serverVersion="
        + serverVersion
        + ", migrationCount="
        + migrationCount
        + ", checksum="
        + checksum()
        + ", schema="
        + schema
        + "]";
  }

  /**
   * Collects the values of a {@link SchemaSnapshot}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private String version;
    private Instant createdAt;
    private String serverVersion;
    private int migrationCount;
    private String checksum;
    private DatabaseSchema schema;

    private Builder() {}

    /**
     * Sets {@link SchemaSnapshot#version()}: the migration version (or label) the snapshot belongs
     * to.
     */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** Sets {@link SchemaSnapshot#createdAt()}: when it was taken. */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    /**
     * Sets {@link SchemaSnapshot#serverVersion()}: the server's version, e.g. {@code
     * surrealdb-3.0.2}.
     */
    public Builder serverVersion(String serverVersion) {
      this.serverVersion = Objects.requireNonNull(serverVersion, "serverVersion");
      return this;
    }

    /**
     * Sets {@link SchemaSnapshot#migrationCount()}: how many migrations were applied when it was
     * taken.
     */
    public Builder migrationCount(int migrationCount) {
      this.migrationCount = migrationCount;
      return this;
    }

    /**
     * Sets {@link SchemaSnapshot#checksum()}: lower-case hex SHA-256 of the canonical JSON of
     * {@code schema}. When not set, {@link #build()} computes it from the schema.
     */
    public Builder checksum(String checksum) {
      this.checksum = Objects.requireNonNull(checksum, "checksum");
      return this;
    }

    /** Sets {@link SchemaSnapshot#schema()}: the schema. */
    public Builder schema(DatabaseSchema schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
      return this;
    }

    /**
     * The schema snapshot of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public SchemaSnapshot build() {
      Required.set(version, "SchemaSnapshot", "version");
      Required.set(createdAt, "SchemaSnapshot", "createdAt");
      Required.set(serverVersion, "SchemaSnapshot", "serverVersion");
      Required.set(schema, "SchemaSnapshot", "schema");
      return new SchemaSnapshot(
          version, createdAt, serverVersion, migrationCount, checksum, schema);
    }
  }
}

package dev.surql.core.migration;

import dev.surql.core.internal.Required;
import java.time.Instant;
import java.util.Objects;

/**
 * One row of the {@code _migration_history} table: a migration that has been applied to a database,
 * with the checksum it had then, when and how long it took, where it came from and who applied it.
 *
 * <p>Built with {@link #builder()}, which needs {@code version}, {@code description}, {@code
 * checksum}, {@code appliedAt}, {@code source} and {@code appliedBy}; {@link #toBuilder()} copies
 * one to change.
 */
public final class AppliedMigration {
  private final String version;
  private final String description;
  private final String checksum;
  private final Instant appliedAt;
  private final long executionTimeMs;
  private final String source;
  private final int statementCount;
  private final String appliedBy;

  private AppliedMigration(
      String version,
      String description,
      String checksum,
      Instant appliedAt,
      long executionTimeMs,
      String source,
      int statementCount,
      String appliedBy) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(appliedAt, "appliedAt");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(appliedBy, "appliedBy");
    if (executionTimeMs < 0) {
      throw new IllegalArgumentException(
          "executionTimeMs must be >= 0, but was " + executionTimeMs);
    }
    if (statementCount < 0) {
      throw new IllegalArgumentException("statementCount must be >= 0, but was " + statementCount);
    }
    this.version = version;
    this.description = description;
    this.checksum = checksum;
    this.appliedAt = appliedAt;
    this.executionTimeMs = executionTimeMs;
    this.source = source;
    this.statementCount = statementCount;
    this.appliedBy = appliedBy;
  }

  /** A builder of {@code AppliedMigration}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this applied migration's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.version = version;
    builder.description = description;
    builder.checksum = checksum;
    builder.appliedAt = appliedAt;
    builder.executionTimeMs = executionTimeMs;
    builder.source = source;
    builder.statementCount = statementCount;
    builder.appliedBy = appliedBy;
    return builder;
  }

  /** The migration's version (also the record id). */
  public String version() {
    return version;
  }

  /** The migration's description when it was applied. */
  public String description() {
    return description;
  }

  /** The migration's checksum when it was applied. */
  public String checksum() {
    return checksum;
  }

  /** When the server committed it. */
  public Instant appliedAt() {
    return appliedAt;
  }

  /** How long its statements took on the server, in milliseconds. */
  public long executionTimeMs() {
    return executionTimeMs;
  }

  /** The file, classpath location or class it was loaded from. */
  public String source() {
    return source;
  }

  /** How many up statements it ran. */
  public int statementCount() {
    return statementCount;
  }

  /** What applied it, e.g. {@code surql-test}. */
  public String appliedBy() {
    return appliedBy;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof AppliedMigration that
        && version.equals(that.version)
        && description.equals(that.description)
        && checksum.equals(that.checksum)
        && appliedAt.equals(that.appliedAt)
        && executionTimeMs == that.executionTimeMs
        && source.equals(that.source)
        && statementCount == that.statementCount
        && appliedBy.equals(that.appliedBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        version,
        description,
        checksum,
        appliedAt,
        executionTimeMs,
        source,
        statementCount,
        appliedBy);
  }

  @Override
  public String toString() {
    return "AppliedMigration[version="
        + version
        + ", description="
        + description
        + ", checksum="
        + checksum
        + ", appliedAt="
        + appliedAt
        + ", executionTimeMs="
        + executionTimeMs
        + ", source="
        + source
        + ", statementCount="
        + statementCount
        + ", appliedBy="
        + appliedBy
        + "]";
  }

  /**
   * Collects the values of a {@link AppliedMigration}; {@link #build()} checks that the required
   * ones are set.
   */
  public static final class Builder {
    private String version;
    private String description;
    private String checksum;
    private Instant appliedAt;
    private long executionTimeMs;
    private String source;
    private int statementCount;
    private String appliedBy;

    private Builder() {}

    /** Sets {@link AppliedMigration#version()}: the migration's version (also the record id). */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Sets {@link AppliedMigration#description()}: the migration's description when it was applied.
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** Sets {@link AppliedMigration#checksum()}: the migration's checksum when it was applied. */
    public Builder checksum(String checksum) {
      this.checksum = Objects.requireNonNull(checksum, "checksum");
      return this;
    }

    /** Sets {@link AppliedMigration#appliedAt()}: when the server committed it. */
    public Builder appliedAt(Instant appliedAt) {
      this.appliedAt = Objects.requireNonNull(appliedAt, "appliedAt");
      return this;
    }

    /**
     * Sets {@link AppliedMigration#executionTimeMs()}: how long its statements took on the server,
     * in milliseconds.
     */
    public Builder executionTimeMs(long executionTimeMs) {
      this.executionTimeMs = executionTimeMs;
      return this;
    }

    /**
     * Sets {@link AppliedMigration#source()}: the file, classpath location or class it was loaded
     * from.
     */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Sets {@link AppliedMigration#statementCount()}: how many up statements it ran. */
    public Builder statementCount(int statementCount) {
      this.statementCount = statementCount;
      return this;
    }

    /** Sets {@link AppliedMigration#appliedBy()}: what applied it, e.g. {@code surql-test}. */
    public Builder appliedBy(String appliedBy) {
      this.appliedBy = Objects.requireNonNull(appliedBy, "appliedBy");
      return this;
    }

    /**
     * The applied migration of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public AppliedMigration build() {
      Required.set(version, "AppliedMigration", "version");
      Required.set(description, "AppliedMigration", "description");
      Required.set(checksum, "AppliedMigration", "checksum");
      Required.set(appliedAt, "AppliedMigration", "appliedAt");
      Required.set(source, "AppliedMigration", "source");
      Required.set(appliedBy, "AppliedMigration", "appliedBy");
      return new AppliedMigration(
          version,
          description,
          checksum,
          appliedAt,
          executionTimeMs,
          source,
          statementCount,
          appliedBy);
    }
  }
}

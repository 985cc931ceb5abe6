package dev.surql.core.migration;

import dev.surql.core.internal.Required;
import dev.surql.core.internal.text.Abbreviation;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A row of {@code _migration_history} that records a migration as failed: a migration run with
 * {@code -- @transaction: none} stopped part way, so the statements before the failing one are
 * applied and the rest are not. It is neither applied nor pending; {@link Migrator#migrate()}
 * refuses to run until it is repaired ({@link Migrator#repair(String, RepairAction)}).
 *
 * <p>Built with {@link #builder()}, which needs {@code version}, {@code description}, {@code
 * checksum}, {@code failedAt}, {@code source}, {@code direction}, {@code statement} and {@code
 * serverMessage}; {@link #toBuilder()} copies one to change.
 */
public final class FailedMigration {
  private final String version;
  private final String description;
  private final String checksum;
  private final Instant failedAt;
  private final String source;
  private final MigrationDirection direction;
  private final int statementNumber;
  private final int statementCount;
  private final int line;
  private final String statement;
  private final String serverMessage;

  private FailedMigration(
      String version,
      String description,
      String checksum,
      Instant failedAt,
      String source,
      MigrationDirection direction,
      int statementNumber,
      int statementCount,
      int line,
      String statement,
      String serverMessage) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(failedAt, "failedAt");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(serverMessage, "serverMessage");
    this.version = version;
    this.description = description;
    this.checksum = checksum;
    this.failedAt = failedAt;
    this.source = source;
    this.direction = direction;
    this.statementNumber = statementNumber;
    this.statementCount = statementCount;
    this.line = line;
    this.statement = statement;
    this.serverMessage = serverMessage;
  }

  /** A builder of {@code FailedMigration}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this failed migration's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.version = version;
    builder.description = description;
    builder.checksum = checksum;
    builder.failedAt = failedAt;
    builder.source = source;
    builder.direction = direction;
    builder.statementNumber = statementNumber;
    builder.statementCount = statementCount;
    builder.line = line;
    builder.statement = statement;
    builder.serverMessage = serverMessage;
    return builder;
  }

  /** The migration's version (also the record id). */
  public String version() {
    return version;
  }

  /** The migration's description. */
  public String description() {
    return description;
  }

  /** The migration's checksum when it failed. */
  public String checksum() {
    return checksum;
  }

  /** When the failure was recorded. */
  public Instant failedAt() {
    return failedAt;
  }

  /** The file, classpath location or class it was loaded from. */
  public String source() {
    return source;
  }

  /** Whether it failed while being applied ({@code UP}) or rolled back ({@code DOWN}). */
  public MigrationDirection direction() {
    return direction;
  }

  /** 1-based position of the failing statement in its section. */
  public int statementNumber() {
    return statementNumber;
  }

  /** How many statements the section has. */
  public int statementCount() {
    return statementCount;
  }

  /** The failing statement's line in {@code source} (0 if unknown). */
  public int line() {
    return line;
  }

  /** The failing statement's text. */
  public String statement() {
    return statement;
  }

  /** The server's error message. */
  public String serverMessage() {
    return serverMessage;
  }

  /** How many statements of the failing section were applied before the failure. */
  public int statementsApplied() {
    return Math.max(0, statementNumber - 1);
  }

  /** {@code file:line}, or the file when the line is unknown. */
  public String location() {
    return line > 0 ? source + ":" + line : source;
  }

  /** What to do about it: put the database right, then one of the three repairs (CLI and Java). */
  public String repairAdvice() {
    return Migrator.repairAdvice(version);
  }

  /**
   * One sentence: where it stopped, e.g. {@code up statement 3 of 5 (file:12): DEFINE INDEX … —
   * server: …}.
   */
  public String describe() {
    return direction.name().toLowerCase(Locale.ROOT)
        + " statement "
        + statementNumber
        + " of "
        + statementCount
        + " ("
        + location()
        + "): "
        + Abbreviation.abbreviate(statement.strip(), 500)
        + " — server: "
        + serverMessage;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof FailedMigration that
        && version.equals(that.version)
        && description.equals(that.description)
        && checksum.equals(that.checksum)
        && failedAt.equals(that.failedAt)
        && source.equals(that.source)
        && direction.equals(that.direction)
        && statementNumber == that.statementNumber
        && statementCount == that.statementCount
        && line == that.line
        && statement.equals(that.statement)
        && serverMessage.equals(that.serverMessage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        version,
        description,
        checksum,
        failedAt,
        source,
        direction,
        statementNumber,
        statementCount,
        line,
        statement,
        serverMessage);
  }

  @Override
  public String toString() {
    return "FailedMigration[version="
        + version
        + ", description="
        + description
        + ", checksum="
        + checksum
        + ", failedAt="
        + failedAt
        + ", source="
        + source
        + ", direction="
        + direction
        + ", statementNumber="
        + statementNumber
        + ", statementCount="
        + statementCount
        + ", line="
        + line
        + ", statement="
        + statement
        + ", serverMessage="
        + serverMessage
        + "]";
  }

  /**
   * Collects the values of a {@link FailedMigration}; {@link #build()} checks that the required
   * ones are set.
   */
  public static final class Builder {
    private String version;
    private String description;
    private String checksum;
    private Instant failedAt;
    private String source;
    private MigrationDirection direction;
    private int statementNumber;
    private int statementCount;
    private int line;
    private String statement;
    private String serverMessage;

    private Builder() {}

    /** Sets {@link FailedMigration#version()}: the migration's version (also the record id). */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** Sets {@link FailedMigration#description()}: the migration's description. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** Sets {@link FailedMigration#checksum()}: the migration's checksum when it failed. */
    public Builder checksum(String checksum) {
      this.checksum = Objects.requireNonNull(checksum, "checksum");
      return this;
    }

    /** Sets {@link FailedMigration#failedAt()}: when the failure was recorded. */
    public Builder failedAt(Instant failedAt) {
      this.failedAt = Objects.requireNonNull(failedAt, "failedAt");
      return this;
    }

    /**
     * Sets {@link FailedMigration#source()}: the file, classpath location or class it was loaded
     * from.
     */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Sets {@link FailedMigration#direction()}: whether it failed while being applied ({@code UP})
     * or rolled back ({@code DOWN}).
     */
    public Builder direction(MigrationDirection direction) {
      this.direction = Objects.requireNonNull(direction, "direction");
      return this;
    }

    /**
     * Sets {@link FailedMigration#statementNumber()}: 1-based position of the failing statement in
     * its section.
     */
    public Builder statementNumber(int statementNumber) {
      this.statementNumber = statementNumber;
      return this;
    }

    /** Sets {@link FailedMigration#statementCount()}: how many statements the section has. */
    public Builder statementCount(int statementCount) {
      this.statementCount = statementCount;
      return this;
    }

    /**
     * Sets {@link FailedMigration#line()}: the failing statement's line in {@code source} (0 if
     * unknown).
     */
    public Builder line(int line) {
      this.line = line;
      return this;
    }

    /** Sets {@link FailedMigration#statement()}: the failing statement's text. */
    public Builder statement(String statement) {
      this.statement = Objects.requireNonNull(statement, "statement");
      return this;
    }

    /** Sets {@link FailedMigration#serverMessage()}: the server's error message. */
    public Builder serverMessage(String serverMessage) {
      this.serverMessage = Objects.requireNonNull(serverMessage, "serverMessage");
      return this;
    }

    /**
     * The failed migration of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public FailedMigration build() {
      Required.set(version, "FailedMigration", "version");
      Required.set(description, "FailedMigration", "description");
      Required.set(checksum, "FailedMigration", "checksum");
      Required.set(failedAt, "FailedMigration", "failedAt");
      Required.set(source, "FailedMigration", "source");
      Required.set(direction, "FailedMigration", "direction");
      Required.set(statement, "FailedMigration", "statement");
      Required.set(serverMessage, "FailedMigration", "serverMessage");
      return new FailedMigration(
          version,
          description,
          checksum,
          failedAt,
          source,
          direction,
          statementNumber,
          statementCount,
          line,
          statement,
          serverMessage);
    }
  }
}

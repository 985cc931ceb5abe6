package dev.surql.core.upgrade;

import dev.surql.core.internal.Required;
import dev.surql.core.migration.Migration;
import dev.surql.core.rule.Finding;
import dev.surql.core.snapshot.SchemaChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The upgrade check's verdict on one migration.
 *
 * <p>Built with {@link #builder()}, which needs {@code migration} and {@code status}; {@link
 * #toBuilder()} copies one to change.
 */
public final class UpgradeResult {
  private final Migration migration;
  private final UpgradeStatus status;
  private final List<Finding> findings;
  private final Optional<String> serverMessage;
  private final List<SchemaChange> differences;

  private UpgradeResult(
      Migration migration,
      UpgradeStatus status,
      List<Finding> findings,
      Optional<String> serverMessage,
      List<SchemaChange> differences) {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    Objects.requireNonNull(serverMessage, "serverMessage");
    differences = List.copyOf(Objects.requireNonNull(differences, "differences"));
    this.migration = migration;
    this.status = status;
    this.findings = findings;
    this.serverMessage = serverMessage;
    this.differences = differences;
  }

  /** A builder of {@code UpgradeResult}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this upgrade result's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.migration = migration;
    builder.status = status;
    builder.findings = findings;
    builder.serverMessage = serverMessage;
    builder.differences = differences;
    return builder;
  }

  /** The migration. */
  public Migration migration() {
    return migration;
  }

  /** What happened on the two versions. */
  public UpgradeStatus status() {
    return status;
  }

  /** One per breaking statement (with file:line and a hint) or per schema difference. */
  public List<Finding> findings() {
    return findings;
  }

  /** The target's (or, for {@link UpgradeStatus#FAILS_ON_SOURCE}, the source's) error message. */
  public Optional<String> serverMessage() {
    return serverMessage;
  }

  /**
   * For {@link UpgradeStatus#SCHEMA_DIFFERS}: from the source's schema to the target's, after
   * normalising, limited to what the migration touched.
   */
  public List<SchemaChange> differences() {
    return differences;
  }

  public String version() {
    return migration.version();
  }

  /** Whether this migration stops the upgrade. */
  public boolean breaks() {
    return status.breaks();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof UpgradeResult that
        && migration.equals(that.migration)
        && status.equals(that.status)
        && findings.equals(that.findings)
        && serverMessage.equals(that.serverMessage)
        && differences.equals(that.differences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(migration, status, findings, serverMessage, differences);
  }

  @Override
  public String toString() {
    return "UpgradeResult[migration="
        + migration
        + ", status="
        + status
        + ", findings="
        + findings
        + ", serverMessage="
        + serverMessage
        + ", differences="
        + differences
        + "]";
  }

  /**
   * Collects the values of a {@link UpgradeResult}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private Migration migration;
    private UpgradeStatus status;
    private List<Finding> findings = List.of();
    private Optional<String> serverMessage = Optional.empty();
    private List<SchemaChange> differences = List.of();

    private Builder() {}

    /** Sets {@link UpgradeResult#migration()}: the migration. */
    public Builder migration(Migration migration) {
      this.migration = Objects.requireNonNull(migration, "migration");
      return this;
    }

    /** Sets {@link UpgradeResult#status()}: what happened on the two versions. */
    public Builder status(UpgradeStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets {@link UpgradeResult#findings()}: one per breaking statement (with file:line and a hint)
     * or per schema difference.
     */
    public Builder findings(List<Finding> findings) {
      this.findings = Objects.requireNonNull(findings, "findings");
      return this;
    }

    /**
     * Sets {@link UpgradeResult#serverMessage()}: the target's (or, for {@link
     * UpgradeStatus#FAILS_ON_SOURCE}, the source's) error message.
     */
    public Builder serverMessage(Optional<String> serverMessage) {
      this.serverMessage = Objects.requireNonNull(serverMessage, "serverMessage");
      return this;
    }

    /** Sets {@link UpgradeResult#serverMessage()} to {@code serverMessage}. */
    public Builder serverMessage(String serverMessage) {
      this.serverMessage = Optional.of(Objects.requireNonNull(serverMessage, "serverMessage"));
      return this;
    }

    /**
     * Sets {@link UpgradeResult#differences()}: for {@link UpgradeStatus#SCHEMA_DIFFERS}: from the
     * source's schema to the target's, after normalising, limited to what the migration touched.
     */
    public Builder differences(List<SchemaChange> differences) {
      this.differences = Objects.requireNonNull(differences, "differences");
      return this;
    }

    /**
     * The upgrade result of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public UpgradeResult build() {
      Required.set(migration, "UpgradeResult", "migration");
      Required.set(status, "UpgradeResult", "status");
      return new UpgradeResult(migration, status, findings, serverMessage, differences);
    }
  }
}

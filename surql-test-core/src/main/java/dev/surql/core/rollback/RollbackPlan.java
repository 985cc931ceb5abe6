package dev.surql.core.rollback;

import dev.surql.core.internal.Required;
import dev.surql.core.migration.Migration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What rolling back to a target version would do: the applied migrations to undo (newest first),
 * the issues found in their downs, the overall safety, and a fingerprint of the history the plan
 * was made against (execution refuses a plan whose history has changed since).
 *
 * <p>Built with {@link #builder()}, which needs {@code fromVersion}, {@code staticSafety}, {@code
 * overallSafety} and {@code historyFingerprint}; {@link #toBuilder()} copies one to change.
 */
public final class RollbackPlan {
  private final String fromVersion;
  private final Optional<String> toVersion;
  private final List<Migration> migrations;
  private final List<RollbackIssue> issues;
  private final RollbackSafety staticSafety;
  private final RollbackSafety overallSafety;
  private final boolean dataAware;
  private final String historyFingerprint;

  private RollbackPlan(
      String fromVersion,
      Optional<String> toVersion,
      List<Migration> migrations,
      List<RollbackIssue> issues,
      RollbackSafety staticSafety,
      RollbackSafety overallSafety,
      boolean dataAware,
      String historyFingerprint) {
    Objects.requireNonNull(fromVersion, "fromVersion");
    Objects.requireNonNull(toVersion, "toVersion");
    migrations = List.copyOf(Objects.requireNonNull(migrations, "migrations"));
    issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
    Objects.requireNonNull(staticSafety, "staticSafety");
    Objects.requireNonNull(overallSafety, "overallSafety");
    Objects.requireNonNull(historyFingerprint, "historyFingerprint");
    this.fromVersion = fromVersion;
    this.toVersion = toVersion;
    this.migrations = migrations;
    this.issues = issues;
    this.staticSafety = staticSafety;
    this.overallSafety = overallSafety;
    this.dataAware = dataAware;
    this.historyFingerprint = historyFingerprint;
  }

  /** A builder of {@code RollbackPlan}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this rollback plan's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.fromVersion = fromVersion;
    builder.toVersion = toVersion;
    builder.migrations = migrations;
    builder.issues = issues;
    builder.staticSafety = staticSafety;
    builder.overallSafety = overallSafety;
    builder.dataAware = dataAware;
    builder.historyFingerprint = historyFingerprint;
    return builder;
  }

  /** The current (latest applied) version. */
  public String fromVersion() {
    return fromVersion;
  }

  /** The version that will be the latest applied afterwards; empty for "nothing applied". */
  public Optional<String> toVersion() {
    return toVersion;
  }

  /** The migrations to undo, newest first. */
  public List<Migration> migrations() {
    return migrations;
  }

  /** Every issue found, in the order the downs would run. */
  public List<RollbackIssue> issues() {
    return issues;
  }

  /** The overall level for a database full of data. */
  public RollbackSafety staticSafety() {
    return staticSafety;
  }

  /**
   * The overall level after counting real data (equal to staticSafety without a data-aware
   * analysis).
   */
  public RollbackSafety overallSafety() {
    return overallSafety;
  }

  /** Whether real data was counted. */
  public boolean dataAware() {
    return dataAware;
  }

  /** Fingerprint of {@code _migration_history} when planned. */
  public String historyFingerprint() {
    return historyFingerprint;
  }

  public int migrationCount() {
    return migrations.size();
  }

  /** Whether executing the plan needs {@code force} (anything but SAFE). */
  public boolean requiresApproval() {
    return overallSafety != RollbackSafety.SAFE;
  }

  /** Whether data would be lost (DATA_LOSS or UNSAFE). */
  public boolean hasDataLoss() {
    return overallSafety != RollbackSafety.SAFE;
  }

  public boolean isSafe() {
    return overallSafety == RollbackSafety.SAFE;
  }

  /** The versions rolled back, newest first. */
  public List<String> versions() {
    return migrations.stream().map(Migration::version).toList();
  }

  /** The down statements that would run, in order. */
  public List<String> statements() {
    return migrations.stream().flatMap(m -> m.downStatements().stream()).toList();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof RollbackPlan that
        && fromVersion.equals(that.fromVersion)
        && toVersion.equals(that.toVersion)
        && migrations.equals(that.migrations)
        && issues.equals(that.issues)
        && staticSafety.equals(that.staticSafety)
        && overallSafety.equals(that.overallSafety)
        && dataAware == that.dataAware
        && historyFingerprint.equals(that.historyFingerprint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        fromVersion,
        toVersion,
        migrations,
        issues,
        staticSafety,
        overallSafety,
        dataAware,
        historyFingerprint);
  }

  @Override
  public String toString() {
    return "RollbackPlan[fromVersion="
        + fromVersion
        + ", toVersion="
        + toVersion
        + ", migrations="
        + migrations
        + ", issues="
        + issues
        + ", staticSafety="
        + staticSafety
        + ", overallSafety="
        + overallSafety
        + ", dataAware="
        + dataAware
        + ", historyFingerprint="
        + historyFingerprint
        + "]";
  }

  /**
   * Collects the values of a {@link RollbackPlan}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private String fromVersion;
    private Optional<String> toVersion = Optional.empty();
    private List<Migration> migrations = List.of();
    private List<RollbackIssue> issues = List.of();
    private RollbackSafety staticSafety;
    private RollbackSafety overallSafety;
    private boolean dataAware;
    private String historyFingerprint;

    private Builder() {}

    /** Sets {@link RollbackPlan#fromVersion()}: the current (latest applied) version. */
    public Builder fromVersion(String fromVersion) {
      this.fromVersion = Objects.requireNonNull(fromVersion, "fromVersion");
      return this;
    }

    /**
     * Sets {@link RollbackPlan#toVersion()}: the version that will be the latest applied
     * afterwards; empty for "nothing applied".
     */
    public Builder toVersion(Optional<String> toVersion) {
      this.toVersion = Objects.requireNonNull(toVersion, "toVersion");
      return this;
    }

    /** Sets {@link RollbackPlan#toVersion()} to {@code toVersion}. */
    public Builder toVersion(String toVersion) {
      this.toVersion = Optional.of(Objects.requireNonNull(toVersion, "toVersion"));
      return this;
    }

    /** Sets {@link RollbackPlan#migrations()}: the migrations to undo, newest first. */
    public Builder migrations(List<Migration> migrations) {
      this.migrations = Objects.requireNonNull(migrations, "migrations");
      return this;
    }

    /** Sets {@link RollbackPlan#issues()}: every issue found, in the order the downs would run. */
    public Builder issues(List<RollbackIssue> issues) {
      this.issues = Objects.requireNonNull(issues, "issues");
      return this;
    }

    /** Sets {@link RollbackPlan#staticSafety()}: the overall level for a database full of data. */
    public Builder staticSafety(RollbackSafety staticSafety) {
      this.staticSafety = Objects.requireNonNull(staticSafety, "staticSafety");
      return this;
    }

    /**
     * Sets {@link RollbackPlan#overallSafety()}: the overall level after counting real data (equal
     * to staticSafety without a data-aware analysis).
     */
    public Builder overallSafety(RollbackSafety overallSafety) {
      this.overallSafety = Objects.requireNonNull(overallSafety, "overallSafety");
      return this;
    }

    /** Sets {@link RollbackPlan#dataAware()}: whether real data was counted. */
    public Builder dataAware(boolean dataAware) {
      this.dataAware = dataAware;
      return this;
    }

    /**
     * Sets {@link RollbackPlan#historyFingerprint()}: fingerprint of {@code _migration_history}
     * when planned.
     */
    public Builder historyFingerprint(String historyFingerprint) {
      this.historyFingerprint = Objects.requireNonNull(historyFingerprint, "historyFingerprint");
      return this;
    }

    /**
     * The rollback plan of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public RollbackPlan build() {
      Required.set(fromVersion, "RollbackPlan", "fromVersion");
      Required.set(staticSafety, "RollbackPlan", "staticSafety");
      Required.set(overallSafety, "RollbackPlan", "overallSafety");
      Required.set(historyFingerprint, "RollbackPlan", "historyFingerprint");
      return new RollbackPlan(
          fromVersion,
          toVersion,
          migrations,
          issues,
          staticSafety,
          overallSafety,
          dataAware,
          historyFingerprint);
    }
  }
}

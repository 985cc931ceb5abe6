package dev.surql.core.migration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a database stands against a {@link MigrationSet}: the migrations applied to it (from its
 * history), the migrations recorded as failed (neither applied nor pending: a {@code --
 * @transaction: none} migration that stopped part way), the local migrations not applied yet, and
 * any disagreements that stop {@link Migrator#migrate()} (a failed migration is one of them until
 * it is repaired).
 *
 * <p>Built with {@link #builder()}; {@link #toBuilder()} copies one to change.
 */
public final class MigrationStatus {
  private final List<AppliedMigration> applied;
  private final List<FailedMigration> failed;
  private final List<Migration> pending;
  private final List<MigrationStatusProblem> problems;

  private MigrationStatus(
      List<AppliedMigration> applied,
      List<FailedMigration> failed,
      List<Migration> pending,
      List<MigrationStatusProblem> problems) {
    applied = List.copyOf(Objects.requireNonNull(applied, "applied"));
    failed = List.copyOf(Objects.requireNonNull(failed, "failed"));
    pending = List.copyOf(Objects.requireNonNull(pending, "pending"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    this.applied = applied;
    this.failed = failed;
    this.pending = pending;
    this.problems = problems;
  }

  /** A builder of {@code MigrationStatus}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this migration status's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.applied = applied;
    builder.failed = failed;
    builder.pending = pending;
    builder.problems = problems;
    return builder;
  }

  /** The applied history rows, ordered by version. */
  public List<AppliedMigration> applied() {
    return applied;
  }

  /** The history rows recording a failed migration, ordered by version. */
  public List<FailedMigration> failed() {
    return failed;
  }

  /** Local migrations neither applied nor failed, ordered by version. */
  public List<Migration> pending() {
    return pending;
  }

  /** Disagreements between history and local migrations; empty when consistent. */
  public List<MigrationStatusProblem> problems() {
    return problems;
  }

  /** Whether history and local migrations agree. */
  public boolean isConsistent() {
    return problems.isEmpty();
  }

  /** Whether every local migration is applied. */
  public boolean isUpToDate() {
    return pending.isEmpty();
  }

  /** The newest applied version, if any. */
  public Optional<String> currentVersion() {
    return applied.isEmpty()
        ? Optional.empty()
        : Optional.of(applied.get(applied.size() - 1).version());
  }

  /** The problems of one kind. */
  public List<MigrationStatusProblem> problems(MigrationStatusProblem.Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind).toList();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof MigrationStatus that
        && applied.equals(that.applied)
        && failed.equals(that.failed)
        && pending.equals(that.pending)
        && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(applied, failed, pending, problems);
  }

  @Override
  public String toString() {
    return "MigrationStatus[applied="
        + applied
        + ", failed="
        + failed
        + ", pending="
        + pending
        + ", problems="
        + problems
        + "]";
  }

  /**
   * Collects the values of a {@link MigrationStatus}; {@link #build()} checks that the required
   * ones are set.
   */
  public static final class Builder {
    private List<AppliedMigration> applied = List.of();
    private List<FailedMigration> failed = List.of();
    private List<Migration> pending = List.of();
    private List<MigrationStatusProblem> problems = List.of();

    private Builder() {}

    /** Sets {@link MigrationStatus#applied()}: the applied history rows, ordered by version. */
    public Builder applied(List<AppliedMigration> applied) {
      this.applied = Objects.requireNonNull(applied, "applied");
      return this;
    }

    /**
     * Sets {@link MigrationStatus#failed()}: the history rows recording a failed migration, ordered
     * by version.
     */
    public Builder failed(List<FailedMigration> failed) {
      this.failed = Objects.requireNonNull(failed, "failed");
      return this;
    }

    /**
     * Sets {@link MigrationStatus#pending()}: local migrations neither applied nor failed, ordered
     * by version.
     */
    public Builder pending(List<Migration> pending) {
      this.pending = Objects.requireNonNull(pending, "pending");
      return this;
    }

    /**
     * Sets {@link MigrationStatus#problems()}: disagreements between history and local migrations;
     * empty when consistent.
     */
    public Builder problems(List<MigrationStatusProblem> problems) {
      this.problems = Objects.requireNonNull(problems, "problems");
      return this;
    }

    /**
     * The migration status of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public MigrationStatus build() {
      return new MigrationStatus(applied, failed, pending, problems);
    }
  }
}

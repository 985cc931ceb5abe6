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
 * @param applied the applied history rows, ordered by version
 * @param failed the history rows recording a failed migration, ordered by version
 * @param pending local migrations neither applied nor failed, ordered by version
 * @param problems disagreements between history and local migrations; empty when consistent
 */
public record MigrationStatus(
    List<AppliedMigration> applied, List<FailedMigration> failed, List<Migration> pending,
    List<MigrationStatusProblem> problems) {

  public MigrationStatus {
    applied = List.copyOf(Objects.requireNonNull(applied, "applied"));
    failed = List.copyOf(Objects.requireNonNull(failed, "failed"));
    pending = List.copyOf(Objects.requireNonNull(pending, "pending"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** A status without failed migrations. */
  public MigrationStatus(List<AppliedMigration> applied, List<Migration> pending,
      List<MigrationStatusProblem> problems) {
    this(applied, List.of(), pending, problems);
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
    return applied.isEmpty() ? Optional.empty() : Optional.of(applied.get(applied.size() - 1).version());
  }

  /** The problems of one kind. */
  public List<MigrationStatusProblem> problems(MigrationStatusProblem.Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind).toList();
  }
}

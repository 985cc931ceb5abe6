package dev.surql.core.migration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a database stands against a {@link MigrationSet}: the migrations applied to it (from its
 * history), the local migrations not applied yet, and any disagreements that stop {@link
 * Migrator#migrate()}.
 *
 * @param applied the history rows, ordered by version
 * @param pending local migrations not applied yet, ordered by version
 * @param problems disagreements between history and local migrations; empty when consistent
 */
public record MigrationStatus(
    List<AppliedMigration> applied, List<Migration> pending, List<MigrationStatusProblem> problems) {

  public MigrationStatus {
    applied = List.copyOf(Objects.requireNonNull(applied, "applied"));
    pending = List.copyOf(Objects.requireNonNull(pending, "pending"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
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

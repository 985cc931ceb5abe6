package dev.surql.core.forward;

import dev.surql.core.migration.Migration;
import java.util.List;
import java.util.Objects;

/**
 * What the pending migrations' ups would do to the data already in a database: the pending
 * migrations in the order they would run, and the {@link ForwardIssue}s of their ups, counted in
 * that database. From {@code SurqlTest.planUp()}; the counterpart of a rollback plan.
 *
 * @param pending the migrations that would run, oldest first
 * @param issues the findings of their ups, in the order of the statements
 */
public record ForwardPlan(List<Migration> pending, List<ForwardIssue> issues) {

  /** Copies the lists; neither may be null. */
  public ForwardPlan {
    pending = List.copyOf(Objects.requireNonNull(pending, "pending"));
    issues = List.copyOf(Objects.requireNonNull(issues, "issues"));
  }

  /** The findings of one pending migration's up. */
  public List<ForwardIssue> issues(String version) {
    Objects.requireNonNull(version, "version");
    return issues.stream().filter(i -> i.version().equals(version)).toList();
  }

  /**
   * What one pending migration's up does on this data: the riskiest of its findings, SAFE if none.
   */
  public ForwardSafety safety(String version) {
    return ForwardAnalyzer.overallSafety(issues(version));
  }

  /** Whether nothing is pending. */
  public boolean isEmpty() {
    return pending.isEmpty();
  }
}

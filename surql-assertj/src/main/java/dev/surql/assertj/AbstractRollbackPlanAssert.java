package dev.surql.assertj;

import static dev.surql.assertj.error.ShouldHaveIssue.shouldHaveAffectedRecords;
import static dev.surql.assertj.error.ShouldHaveIssue.shouldHaveIssue;
import static dev.surql.assertj.error.ShouldHaveIssue.shouldHaveIssueContaining;
import static dev.surql.assertj.error.ShouldHaveIssue.shouldHaveNoIssues;
import static dev.surql.assertj.error.ShouldHaveMigrationCount.shouldHaveMigrationCount;
import static dev.surql.assertj.error.ShouldHaveMigrationCount.shouldRollBackVersions;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldHaveDataLoss;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldHaveOverallSafety;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldHaveStaticSafety;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldNotRequireApproval;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldRequireApproval;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackSafety;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on a rollback plan before it runs: its safety (static and data-aware), whether it
 * needs approval, which migrations it undoes, and the issues found in their downs.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractRollbackPlanAssert<SELF extends AbstractRollbackPlanAssert<SELF>>
    extends AbstractAssert<SELF, RollbackPlan> {

  protected AbstractRollbackPlanAssert(RollbackPlan actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
    if (actual != null) {
      info.description(new TextDescription("rollback plan %s → %s", actual.fromVersion(),
          actual.toVersion().orElse("(nothing applied)")));
    }
  }

  /** Verifies the overall safety level, after counting real data when the plan is data-aware. */
  public SELF hasOverallSafety(RollbackSafety expected) {
    Checks.notNull(expected, "rollback safety");
    isNotNull();
    if (actual.overallSafety() != expected) {
      throwAssertionError(shouldHaveOverallSafety(actual, expected));
    }
    return myself;
  }

  /** Verifies the static safety level, for a database full of data. */
  public SELF hasStaticSafety(RollbackSafety expected) {
    Checks.notNull(expected, "rollback safety");
    isNotNull();
    if (actual.staticSafety() != expected) {
      throwAssertionError(shouldHaveStaticSafety(actual, expected));
    }
    return myself;
  }

  /** Verifies that the overall safety is SAFE. */
  public SELF isSafe() {
    return hasOverallSafety(RollbackSafety.SAFE);
  }

  /** Verifies that the plan would lose data (overall DATA_LOSS or UNSAFE). */
  public SELF hasDataLoss() {
    isNotNull();
    if (!actual.hasDataLoss()) {
      throwAssertionError(shouldHaveDataLoss(actual));
    }
    return myself;
  }

  /** Verifies that executing the plan needs approval ({@code force}). */
  public SELF requiresApproval() {
    isNotNull();
    if (!actual.requiresApproval()) {
      throwAssertionError(shouldRequireApproval(actual));
    }
    return myself;
  }

  /** Verifies that the plan can execute without approval. */
  public SELF doesNotRequireApproval() {
    isNotNull();
    if (actual.requiresApproval()) {
      throwAssertionError(shouldNotRequireApproval(actual));
    }
    return myself;
  }

  /** Verifies the number of migrations the plan undoes. */
  public SELF hasMigrationCount(int expected) {
    Checks.notNegative(expected, "number of migrations");
    isNotNull();
    if (actual.migrationCount() != expected) {
      throwAssertionError(shouldHaveMigrationCount(actual, expected));
    }
    return myself;
  }

  /** Verifies the versions the plan undoes: exactly these, in this order (newest first). */
  public SELF rollsBackVersions(String... versions) {
    List<String> expected = Checks.names(versions, "versions");
    isNotNull();
    if (!actual.versions().equals(expected)) {
      throwAssertionError(shouldRollBackVersions(actual, expected));
    }
    return myself;
  }

  /** Verifies that the plan has no issue at all. */
  public SELF hasNoIssues() {
    isNotNull();
    if (!actual.issues().isEmpty()) {
      throwAssertionError(shouldHaveNoIssues(actual));
    }
    return myself;
  }

  /** Verifies that the down of {@code version} has an issue of that (data-aware) safety. */
  public SELF hasIssue(String version, RollbackSafety safety) {
    Checks.notNull(version, "version");
    Checks.notNull(safety, "rollback safety");
    isNotNull();
    if (issues(version).stream().noneMatch(i -> i.safety() == safety)) {
      throwAssertionError(shouldHaveIssue(actual, version, safety));
    }
    return myself;
  }

  /** Verifies that the down of {@code version} has an issue of that safety whose description contains the fragment. */
  public SELF hasIssueContaining(String version, RollbackSafety safety, String descriptionFragment) {
    Checks.notNull(version, "version");
    Checks.notNull(safety, "rollback safety");
    Checks.notNull(descriptionFragment, "description fragment");
    isNotNull();
    if (issues(version).stream()
        .noneMatch(i -> i.safety() == safety && i.description().contains(descriptionFragment))) {
      throwAssertionError(shouldHaveIssueContaining(actual, version, safety, descriptionFragment));
    }
    return myself;
  }

  /** Verifies the number of records at stake in the issues of {@code version}, summed over those that were counted. */
  public SELF hasAffectedRecords(String version, long expected) {
    Checks.notNull(version, "version");
    Checks.notNegative(expected, "number of affected records");
    isNotNull();
    long found = issues(version).stream()
        .mapToLong(i -> i.affectedRecords().isPresent() ? i.affectedRecords().getAsLong() : 0L).sum();
    if (found != expected) {
      throwAssertionError(shouldHaveAffectedRecords(actual, version, expected, found));
    }
    return myself;
  }

  private List<RollbackIssue> issues(String version) {
    return actual.issues().stream().filter(i -> i.version().equals(version)).toList();
  }
}

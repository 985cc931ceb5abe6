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
      info.description(
          new TextDescription(
              "rollback plan %s → %s",
              actual.fromVersion(), actual.toVersion().orElse("(nothing applied)")));
    }
  }

  /**
   * Verifies the overall safety level, after counting real data when the plan is data-aware.
   *
   * <pre>{@code
   * // rolling back V3 and V2: V3's down removes user.bio (1,204 records hold a value),
   * // V2's down removes an index
   * RollbackPlan plan = …;     // data-aware: counted on the database
   * RollbackPlan onlyV1 = …;   // V1's down only removes an index
   *
   * // assertion will pass
   * assertThat(plan).hasOverallSafety(DATA_LOSS);
   *
   * // assertion will fail
   * assertThat(plan).hasOverallSafety(SAFE);
   * }</pre>
   */
  public SELF hasOverallSafety(RollbackSafety expected) {
    Checks.notNull(expected, "rollback safety");
    isNotNull();
    if (actual.overallSafety() != expected) {
      throwAssertionError(shouldHaveOverallSafety(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies the static safety level, for a database full of data.
   *
   * <pre>{@code
   * // rolling back V3 and V2: V3's down removes user.bio (1,204 records hold a value),
   * // V2's down removes an index
   * RollbackPlan plan = …;     // data-aware: counted on the database
   * RollbackPlan onlyV1 = …;   // V1's down only removes an index
   *
   * // assertion will pass
   * assertThat(plan).hasStaticSafety(DATA_LOSS);
   *
   * // assertion will fail
   * assertThat(plan).hasStaticSafety(UNSAFE);
   * }</pre>
   */
  public SELF hasStaticSafety(RollbackSafety expected) {
    Checks.notNull(expected, "rollback safety");
    isNotNull();
    if (actual.staticSafety() != expected) {
      throwAssertionError(shouldHaveStaticSafety(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that the overall safety is SAFE.
   *
   * <pre>{@code
   * // rolling back V3 and V2: V3's down removes user.bio (1,204 records hold a value),
   * // V2's down removes an index
   * RollbackPlan plan = …;     // data-aware: counted on the database
   * RollbackPlan onlyV1 = …;   // V1's down only removes an index
   *
   * // assertion will pass
   * assertThat(onlyV1).isSafe();
   *
   * // assertion will fail
   * assertThat(plan).isSafe();
   * }</pre>
   */
  public SELF isSafe() {
    return hasOverallSafety(RollbackSafety.SAFE);
  }

  /**
   * Verifies that the plan would lose data (overall DATA_LOSS or UNSAFE).
   *
   * <pre>{@code
   * // rolling back V3 and V2: V3's down removes user.bio (1,204 records hold a value),
   * // V2's down removes an index
   * RollbackPlan plan = …;     // data-aware: counted on the database
   * RollbackPlan onlyV1 = …;   // V1's down only removes an index
   *
   * // assertion will pass
   * assertThat(plan).hasDataLoss();
   *
   * // assertion will fail
   * assertThat(onlyV1).hasDataLoss();
   * }</pre>
   */
  public SELF hasDataLoss() {
    isNotNull();
    if (!actual.hasDataLoss()) {
      throwAssertionError(shouldHaveDataLoss(actual));
    }
    return myself;
  }

  /**
   * Verifies that executing the plan needs approval ({@code force}).
   *
   * <pre>{@code
   * // rolling back V3 and V2: V3's down removes user.bio (1,204 records hold a value),
   * // V2's down removes an index
   * RollbackPlan plan = …;     // data-aware: counted on the database
   * RollbackPlan onlyV1 = …;   // V1's down only removes an index
   *
   * // assertion will pass
   * assertThat(plan).requiresApproval();
   *
   * // assertion will fail
   * assertThat(onlyV1).requiresApproval();
   * }</pre>
   */
  public SELF requiresApproval() {
    isNotNull();
    if (!actual.requiresApproval()) {
      throwAssertionError(shouldRequireApproval(actual));
    }
    return myself;
  }

  /**
   * Verifies that the plan can execute without approval.
   *
   * <pre>{@code
   * // rolling back V3 and V2: V3's down removes user.bio (1,204 records hold a value),
   * // V2's down removes an index
   * RollbackPlan plan = …;     // data-aware: counted on the database
   * RollbackPlan onlyV1 = …;   // V1's down only removes an index
   *
   * // assertion will pass
   * assertThat(onlyV1).doesNotRequireApproval();
   *
   * // assertion will fail
   * assertThat(plan).doesNotRequireApproval();
   * }</pre>
   */
  public SELF doesNotRequireApproval() {
    isNotNull();
    if (actual.requiresApproval()) {
      throwAssertionError(shouldNotRequireApproval(actual));
    }
    return myself;
  }

  /**
   * Verifies the number of migrations the plan undoes.
   *
   * <pre>{@code
   * // rolling back V3 and V2: V3's down removes user.bio (1,204 records hold a value),
   * // V2's down removes an index
   * RollbackPlan plan = …;     // data-aware: counted on the database
   * RollbackPlan onlyV1 = …;   // V1's down only removes an index
   *
   * // assertion will pass
   * assertThat(plan).hasMigrationCount(2);
   *
   * // assertion will fail
   * assertThat(plan).hasMigrationCount(1);
   * }</pre>
   */
  public SELF hasMigrationCount(int expected) {
    Checks.notNegative(expected, "number of migrations");
    isNotNull();
    if (actual.migrationCount() != expected) {
      throwAssertionError(shouldHaveMigrationCount(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies the versions the plan undoes: exactly these, in this order (newest first).
   *
   * <pre>{@code
   * // rolling back V3 and V2: V3's down removes user.bio (1,204 records hold a value),
   * // V2's down removes an index
   * RollbackPlan plan = …;     // data-aware: counted on the database
   * RollbackPlan onlyV1 = …;   // V1's down only removes an index
   *
   * // assertion will pass
   * assertThat(plan).rollsBackVersions("V3", "V2");
   *
   * // assertion will fail
   * assertThat(plan).rollsBackVersions("V2", "V3");
   * }</pre>
   */
  public SELF rollsBackVersions(String... versions) {
    List<String> expected = Checks.names(versions, "versions");
    isNotNull();
    if (!actual.versions().equals(expected)) {
      throwAssertionError(shouldRollBackVersions(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that the plan has no issue at all.
   *
   * <pre>{@code
   * // rolling back V3 and V2: V3's down removes user.bio (1,204 records hold a value),
   * // V2's down removes an index
   * RollbackPlan plan = …;     // data-aware: counted on the database
   * RollbackPlan onlyV1 = …;   // V1's down only removes an index
   *
   * // assertion will pass
   * assertThat(onlyV1).hasNoIssues();
   *
   * // assertion will fail
   * assertThat(plan).hasNoIssues();
   * }</pre>
   */
  public SELF hasNoIssues() {
    isNotNull();
    if (!actual.issues().isEmpty()) {
      throwAssertionError(shouldHaveNoIssues(actual));
    }
    return myself;
  }

  /**
   * Verifies that the down of {@code version} has an issue of that (data-aware) safety.
   *
   * <pre>{@code
   * // rolling back V3 and V2: V3's down removes user.bio (1,204 records hold a value),
   * // V2's down removes an index
   * RollbackPlan plan = …;     // data-aware: counted on the database
   * RollbackPlan onlyV1 = …;   // V1's down only removes an index
   *
   * // assertion will pass
   * assertThat(plan).hasIssue("V3", DATA_LOSS);
   *
   * // assertion will fail
   * assertThat(plan).hasIssue("V3", UNSAFE);
   * }</pre>
   */
  public SELF hasIssue(String version, RollbackSafety safety) {
    Checks.notNull(version, "version");
    Checks.notNull(safety, "rollback safety");
    isNotNull();
    if (issues(version).stream().noneMatch(i -> i.safety() == safety)) {
      throwAssertionError(shouldHaveIssue(actual, version, safety));
    }
    return myself;
  }

  /**
   * Verifies that the down of {@code version} has an issue of that safety whose description
   * contains the fragment.
   *
   * <pre>{@code
   * // rolling back V3 and V2: V3's down removes user.bio (1,204 records hold a value),
   * // V2's down removes an index
   * RollbackPlan plan = …;     // data-aware: counted on the database
   * RollbackPlan onlyV1 = …;   // V1's down only removes an index
   *
   * // assertion will pass
   * assertThat(plan).hasIssueContaining("V3", DATA_LOSS, "field bio");
   *
   * // assertion will fail
   * assertThat(plan).hasIssueContaining("V3", DATA_LOSS, "table post");
   * }</pre>
   */
  public SELF hasIssueContaining(
      String version, RollbackSafety safety, String descriptionFragment) {
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

  /**
   * Verifies the number of records at stake in the issues of {@code version}, summed over those
   * that were counted.
   *
   * <pre>{@code
   * // rolling back V3 and V2: V3's down removes user.bio (1,204 records hold a value),
   * // V2's down removes an index
   * RollbackPlan plan = …;     // data-aware: counted on the database
   * RollbackPlan onlyV1 = …;   // V1's down only removes an index
   *
   * // assertion will pass
   * assertThat(plan).hasAffectedRecords("V3", 1204);
   *
   * // assertion will fail
   * assertThat(plan).hasAffectedRecords("V3", 0);
   * }</pre>
   */
  public SELF hasAffectedRecords(String version, long expected) {
    Checks.notNull(version, "version");
    Checks.notNegative(expected, "number of affected records");
    isNotNull();
    long found =
        issues(version).stream()
            .mapToLong(i -> i.affectedRecords().isPresent() ? i.affectedRecords().getAsLong() : 0L)
            .sum();
    if (found != expected) {
      throwAssertionError(shouldHaveAffectedRecords(actual, version, expected, found));
    }
    return myself;
  }

  private List<RollbackIssue> issues(String version) {
    return actual.issues().stream().filter(i -> i.version().equals(version)).toList();
  }
}

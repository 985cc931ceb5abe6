package dev.surql.assertj;

import static dev.surql.assertj.error.ShouldBeReversible.shouldBeReversible;
import static dev.surql.assertj.error.ShouldHaveReversibilityStatus.shouldHaveStatus;
import static dev.surql.assertj.error.ShouldHaveReversibilityStatus.shouldHaveStatusIn;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldHaveAnalysedSafety;
import static dev.surql.assertj.error.ShouldHaveRoundTrip.shouldHaveRoundTrip;
import static dev.surql.assertj.error.ShouldHaveSafetyInRange.shouldHaveAnalysedSafetyAtLeast;
import static dev.surql.assertj.error.ShouldHaveSafetyInRange.shouldHaveAnalysedSafetyAtMost;
import static dev.surql.assertj.error.ShouldNotBeRiskierThanDeclared.shouldNotBeRiskierThanDeclared;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.verify.MigrationVerdict;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.ReversibilityStatus;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on everything known about one migration: its reversibility round trip and the rollback
 * safety of its down, analysed and declared. Failures say the same as the assertions on the round
 * trip and the timeline step they join.
 *
 * <pre>{@code
 * for (MigrationVerdict verdict : migrations.verify().verdicts()) {
 *   assertThat(verdict).hasStatusIn(REVERSIBLE, IRREVERSIBLE).hasAnalysedSafetyAtMost(DATA_LOSS);
 * }
 * }</pre>
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractMigrationVerdictAssert<
        SELF extends AbstractMigrationVerdictAssert<SELF>>
    extends AbstractAssert<SELF, MigrationVerdict> {

  protected AbstractMigrationVerdictAssert(MigrationVerdict actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
    if (actual != null) {
      info.description(new TextDescription("migration %s", actual.version()));
    }
  }

  /**
   * Verifies that a round trip ran and its down restored the schema up started from.
   *
   * <pre>{@code
   * // V1: reversible, analysed SAFE, nothing declared;
   * // V2: not reversible, analysed DATA_LOSS, declared -- @rollback: safe
   * MigrationVerdict v1 = …, v2 = …;
   *
   * // assertion will pass
   * assertThat(v1).isReversible();
   *
   * // assertion will fail
   * assertThat(v2).isReversible();
   * }</pre>
   */
  public SELF isReversible() {
    ReversibilityResult result = roundTrip();
    if (!result.reversible()) {
      throwAssertionError(shouldBeReversible(result));
    }
    return myself;
  }

  /**
   * Verifies the outcome of the round trip.
   *
   * <pre>{@code
   * // V1: reversible, analysed SAFE, nothing declared;
   * // V2: not reversible, analysed DATA_LOSS, declared -- @rollback: safe
   * MigrationVerdict v1 = …, v2 = …;
   *
   * // assertion will pass
   * assertThat(v2).hasStatus(NOT_REVERSIBLE);
   *
   * // assertion will fail
   * assertThat(v2).hasStatus(REVERSIBLE);
   * }</pre>
   */
  public SELF hasStatus(ReversibilityStatus expected) {
    Checks.notNull(expected, "status");
    ReversibilityResult result = roundTrip();
    if (result.status() != expected) {
      throwAssertionError(shouldHaveStatus(result, expected));
    }
    return myself;
  }

  /**
   * Verifies that the outcome of the round trip is one of {@code expected}.
   *
   * <pre>{@code
   * // V1: reversible, analysed SAFE, nothing declared;
   * // V2: not reversible, analysed DATA_LOSS, declared -- @rollback: safe
   * MigrationVerdict v1 = …, v2 = …;
   *
   * // assertion will pass
   * assertThat(v1).hasStatusIn(REVERSIBLE, REAPPLY_DIFFERS);
   *
   * // assertion will fail
   * assertThat(v2).hasStatusIn(REVERSIBLE, REAPPLY_DIFFERS);
   * }</pre>
   */
  public SELF hasStatusIn(ReversibilityStatus... expected) {
    List<ReversibilityStatus> statuses = Checks.nonEmpty(expected, "statuses");
    ReversibilityResult result = roundTrip();
    if (!statuses.contains(result.status())) {
      throwAssertionError(shouldHaveStatusIn(result, statuses));
    }
    return myself;
  }

  /**
   * Verifies the static rollback safety the analysis found for the migration's down.
   *
   * <pre>{@code
   * // V1: reversible, analysed SAFE, nothing declared;
   * // V2: not reversible, analysed DATA_LOSS, declared -- @rollback: safe
   * MigrationVerdict v1 = …, v2 = …;
   *
   * // assertion will pass
   * assertThat(v2).hasAnalysedSafety(DATA_LOSS);
   *
   * // assertion will fail
   * assertThat(v2).hasAnalysedSafety(SAFE);
   * }</pre>
   */
  public SELF hasAnalysedSafety(RollbackSafety expected) {
    Checks.notNull(expected, "rollback safety");
    isNotNull();
    if (actual.analysedSafety() != expected) {
      throwAssertionError(
          shouldHaveAnalysedSafety(
              actual.version(), actual.analysedSafety(), actual.rollbackIssues(), expected));
    }
    return myself;
  }

  /**
   * Verifies that the analysed rollback safety of the down is {@code minimum} or riskier.
   *
   * <pre>{@code
   * // V1: reversible, analysed SAFE, nothing declared;
   * // V2: not reversible, analysed DATA_LOSS, declared -- @rollback: safe
   * MigrationVerdict v1 = …, v2 = …;
   *
   * // assertion will pass
   * assertThat(v2).hasAnalysedSafetyAtLeast(SAFE).hasAnalysedSafetyAtLeast(DATA_LOSS);
   *
   * // assertion will fail
   * assertThat(v2).hasAnalysedSafetyAtLeast(UNSAFE);
   * }</pre>
   */
  public SELF hasAnalysedSafetyAtLeast(RollbackSafety minimum) {
    Checks.notNull(minimum, "rollback safety");
    isNotNull();
    if (minimum.isRiskierThan(actual.analysedSafety())) {
      throwAssertionError(
          shouldHaveAnalysedSafetyAtLeast(
              actual.version(), actual.analysedSafety(), actual.rollbackIssues(), minimum));
    }
    return myself;
  }

  /**
   * Verifies that the analysed rollback safety of the down is {@code maximum} or less risky.
   *
   * <pre>{@code
   * // V1: reversible, analysed SAFE, nothing declared;
   * // V2: not reversible, analysed DATA_LOSS, declared -- @rollback: safe
   * MigrationVerdict v1 = …, v2 = …;
   *
   * // assertion will pass
   * assertThat(v2).hasAnalysedSafetyAtMost(UNSAFE).hasAnalysedSafetyAtMost(DATA_LOSS);
   *
   * // assertion will fail
   * assertThat(v2).hasAnalysedSafetyAtMost(SAFE);
   * }</pre>
   */
  public SELF hasAnalysedSafetyAtMost(RollbackSafety maximum) {
    Checks.notNull(maximum, "rollback safety");
    isNotNull();
    if (actual.analysedSafety().isRiskierThan(maximum)) {
      throwAssertionError(
          shouldHaveAnalysedSafetyAtMost(
              actual.version(), actual.analysedSafety(), actual.rollbackIssues(), maximum));
    }
    return myself;
  }

  /**
   * Verifies that the down is not riskier than the author's {@code -- @rollback:} declaration (if
   * any).
   *
   * <pre>{@code
   * // V1: reversible, analysed SAFE, nothing declared;
   * // V2: not reversible, analysed DATA_LOSS, declared -- @rollback: safe
   * MigrationVerdict v1 = …, v2 = …;
   *
   * // assertion will pass
   * assertThat(v1).isNotRiskierThanDeclared();
   *
   * // assertion will fail
   * assertThat(v2).isNotRiskierThanDeclared();
   * }</pre>
   */
  public SELF isNotRiskierThanDeclared() {
    isNotNull();
    if (actual.riskierThanDeclared()) {
      throwAssertionError(
          shouldNotBeRiskierThanDeclared(
              actual.version(),
              actual.declaredSafety(),
              actual.analysedSafety(),
              actual.rollbackIssues()));
    }
    return myself;
  }

  private ReversibilityResult roundTrip() {
    isNotNull();
    if (actual.reversibility().isEmpty()) {
      throwAssertionError(shouldHaveRoundTrip(actual));
    }
    return actual.reversibility().get();
  }
}

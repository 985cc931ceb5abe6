package dev.surql.assertj;

import static dev.surql.assertj.error.ShouldHaveSafetyInRange.shouldBeAtLeast;
import static dev.surql.assertj.error.ShouldHaveSafetyInRange.shouldBeAtMost;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.rollback.RollbackSafety;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a rollback safety level as a range, the levels ordered SAFE &lt; DATA_LOSS &lt;
 * UNSAFE: {@code assertThat(plan.overallSafety()).isAtMost(DATA_LOSS)}.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractRollbackSafetyAssert<SELF extends AbstractRollbackSafetyAssert<SELF>>
    extends AbstractAssert<SELF, RollbackSafety> {

  protected AbstractRollbackSafetyAssert(RollbackSafety actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
  }

  /**
   * Verifies that the level is {@code minimum} or riskier.
   *
   * <pre>{@code
   * // from least to most risky: SAFE < DATA_LOSS < UNSAFE
   *
   * // assertion will pass
   * assertThat(DATA_LOSS).isAtLeast(SAFE).isAtLeast(DATA_LOSS);
   *
   * // assertion will fail
   * assertThat(SAFE).isAtLeast(DATA_LOSS);
   * }</pre>
   */
  public SELF isAtLeast(RollbackSafety minimum) {
    Checks.notNull(minimum, "rollback safety");
    isNotNull();
    if (minimum.isRiskierThan(actual)) {
      throwAssertionError(shouldBeAtLeast(actual, minimum));
    }
    return myself;
  }

  /**
   * Verifies that the level is {@code maximum} or less risky.
   *
   * <pre>{@code
   * // from least to most risky: SAFE < DATA_LOSS < UNSAFE
   *
   * // assertion will pass
   * assertThat(DATA_LOSS).isAtMost(UNSAFE).isAtMost(DATA_LOSS);
   *
   * // assertion will fail
   * assertThat(UNSAFE).isAtMost(DATA_LOSS);
   * }</pre>
   */
  public SELF isAtMost(RollbackSafety maximum) {
    Checks.notNull(maximum, "rollback safety");
    isNotNull();
    if (actual.isRiskierThan(maximum)) {
      throwAssertionError(shouldBeAtMost(actual, maximum));
    }
    return myself;
  }
}

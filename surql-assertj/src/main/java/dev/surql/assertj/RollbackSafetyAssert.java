package dev.surql.assertj;

import dev.surql.core.rollback.RollbackSafety;

/**
 * Assertions on a {@link RollbackSafety} level; create one with {@link
 * SurqlAssertions#assertThat(RollbackSafety)}.
 */
public class RollbackSafetyAssert extends AbstractRollbackSafetyAssert<RollbackSafetyAssert> {

  public RollbackSafetyAssert(RollbackSafety actual) {
    super(actual, RollbackSafetyAssert.class);
  }
}

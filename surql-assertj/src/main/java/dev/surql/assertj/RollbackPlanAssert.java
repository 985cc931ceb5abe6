package dev.surql.assertj;

import dev.surql.core.rollback.RollbackPlan;

/**
 * Assertions on a {@link RollbackPlan}; create one with {@link
 * SurqlAssertions#assertThat(RollbackPlan)}.
 */
public class RollbackPlanAssert extends AbstractRollbackPlanAssert<RollbackPlanAssert> {

  public RollbackPlanAssert(RollbackPlan actual) {
    super(actual, RollbackPlanAssert.class);
  }
}

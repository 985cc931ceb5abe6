package dev.surql.assertj;

import dev.surql.core.verify.ReversibilityResult;

/**
 * Assertions on a {@link ReversibilityResult}; create one with {@link
 * SurqlAssertions#assertThat(ReversibilityResult)}.
 */
public class ReversibilityResultAssert
    extends AbstractReversibilityResultAssert<ReversibilityResultAssert> {

  public ReversibilityResultAssert(ReversibilityResult actual) {
    super(actual, ReversibilityResultAssert.class);
  }
}

package dev.surql.assertj;

import dev.surql.core.verify.TimelineStep;

/**
 * Assertions on a {@link TimelineStep}; reach one with {@code
 * assertThat(timeline).step("20260109_120000")}.
 */
public class TimelineStepAssert extends AbstractTimelineStepAssert<TimelineStepAssert> {

  public TimelineStepAssert(TimelineStep actual) {
    super(actual, TimelineStepAssert.class);
  }
}

package dev.surql.assertj;

import dev.surql.core.verify.MigrationTimeline;

/**
 * Assertions on a {@link MigrationTimeline}; create one with {@link
 * SurqlAssertions#assertThat(MigrationTimeline)}.
 */
public class MigrationTimelineAssert
    extends AbstractMigrationTimelineAssert<MigrationTimelineAssert> {

  public MigrationTimelineAssert(MigrationTimeline actual) {
    super(actual, MigrationTimelineAssert.class);
  }
}

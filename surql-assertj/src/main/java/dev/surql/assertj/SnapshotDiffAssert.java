package dev.surql.assertj;

import dev.surql.core.snapshot.SnapshotDiff;

/**
 * Assertions on a {@link SnapshotDiff}; create one with {@link
 * SurqlAssertions#assertThat(SnapshotDiff)}.
 */
public class SnapshotDiffAssert extends AbstractSnapshotDiffAssert<SnapshotDiffAssert> {

  public SnapshotDiffAssert(SnapshotDiff actual) {
    super(actual, SnapshotDiffAssert.class);
  }
}

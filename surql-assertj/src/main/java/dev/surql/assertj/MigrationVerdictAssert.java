package dev.surql.assertj;

import dev.surql.core.verify.MigrationVerdict;

/**
 * Assertions on a {@link MigrationVerdict}; create one with {@link
 * SurqlAssertions#assertThat(MigrationVerdict)}.
 */
public class MigrationVerdictAssert extends AbstractMigrationVerdictAssert<MigrationVerdictAssert> {

  public MigrationVerdictAssert(MigrationVerdict actual) {
    super(actual, MigrationVerdictAssert.class);
  }
}

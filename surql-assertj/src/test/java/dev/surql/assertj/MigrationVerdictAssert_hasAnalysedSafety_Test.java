package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.VerdictFixtures.APPLIED_ONLY;
import static dev.surql.assertj.VerdictFixtures.BROKEN;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldHaveAnalysedSafety;
import static dev.surql.assertj.error.ShouldHaveSafetyInRange.shouldHaveAnalysedSafetyAtLeast;
import static dev.surql.assertj.error.ShouldHaveSafetyInRange.shouldHaveAnalysedSafetyAtMost;
import static dev.surql.core.rollback.RollbackSafety.DATA_LOSS;
import static dev.surql.core.rollback.RollbackSafety.SAFE;
import static dev.surql.core.rollback.RollbackSafety.UNSAFE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/**
 * {@code hasAnalysedSafety}, {@code hasAnalysedSafetyAtLeast} and {@code hasAnalysedSafetyAtMost}
 * on a verdict.
 */
class MigrationVerdictAssert_hasAnalysedSafety_Test {

  @Test
  void should_pass_for_the_level_and_a_range_around_it_even_without_a_round_trip() {
    assertThat(BROKEN)
        .hasAnalysedSafety(DATA_LOSS)
        .hasAnalysedSafetyAtLeast(DATA_LOSS)
        .hasAnalysedSafetyAtMost(UNSAFE);
    assertThat(APPLIED_ONLY).hasAnalysedSafety(UNSAFE).hasAnalysedSafetyAtLeast(SAFE);
  }

  @Test
  void should_fail_with_the_issues_behind_the_analysis() {
    assertThat(expectAssertionError(() -> assertThat(BROKEN).hasAnalysedSafety(SAFE)))
        .hasMessage(
            message(
                shouldHaveAnalysedSafety("V2", DATA_LOSS, BROKEN.rollbackIssues(), SAFE),
                "migration V2"))
        .hasMessageContaining("Removes field bio on table user");
    assertThat(expectAssertionError(() -> assertThat(BROKEN).hasAnalysedSafetyAtMost(SAFE)))
        .hasMessage(
            message(
                shouldHaveAnalysedSafetyAtMost("V2", DATA_LOSS, BROKEN.rollbackIssues(), SAFE),
                "migration V2"));
    assertThat(expectAssertionError(() -> assertThat(BROKEN).hasAnalysedSafetyAtLeast(UNSAFE)))
        .hasMessage(
            message(
                shouldHaveAnalysedSafetyAtLeast("V2", DATA_LOSS, BROKEN.rollbackIssues(), UNSAFE),
                "migration V2"));
  }

  @Test
  void should_throw_if_expected_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(BROKEN).hasAnalysedSafetyAtMost(null))
        .withMessage("The rollback safety to compare against should not be null");
  }
}

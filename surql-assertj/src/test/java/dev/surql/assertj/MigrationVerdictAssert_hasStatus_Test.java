package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.VerdictFixtures.APPLIED_ONLY;
import static dev.surql.assertj.VerdictFixtures.BROKEN;
import static dev.surql.assertj.VerdictFixtures.BROKEN_TRIP;
import static dev.surql.assertj.VerdictFixtures.GOOD;
import static dev.surql.assertj.error.ShouldHaveReversibilityStatus.shouldHaveStatus;
import static dev.surql.assertj.error.ShouldHaveRoundTrip.shouldHaveRoundTrip;
import static dev.surql.core.verify.ReversibilityStatus.NOT_REVERSIBLE;
import static dev.surql.core.verify.ReversibilityStatus.REVERSIBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class MigrationVerdictAssert_hasStatus_Test {

  @Test
  void should_pass_if_the_round_trip_had_that_outcome() {
    assertThat(GOOD).hasStatus(REVERSIBLE);
    assertThat(BROKEN).hasStatus(NOT_REVERSIBLE);
  }

  @Test
  void should_fail_if_the_outcome_differs() {
    assertThat(expectAssertionError(() -> assertThat(BROKEN).hasStatus(REVERSIBLE)))
        .hasMessage(message(shouldHaveStatus(BROKEN_TRIP, REVERSIBLE), "migration V2"));
  }

  @Test
  void should_fail_if_no_round_trip_ran() {
    assertThat(expectAssertionError(() -> assertThat(APPLIED_ONLY).hasStatus(REVERSIBLE)))
        .hasMessage(message(shouldHaveRoundTrip(APPLIED_ONLY), "migration V3"));
  }

  @Test
  void should_throw_if_expected_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(GOOD).hasStatus(null))
        .withMessage("The status to compare against should not be null");
  }
}

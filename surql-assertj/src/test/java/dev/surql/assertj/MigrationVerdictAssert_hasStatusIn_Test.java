package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.VerdictFixtures.APPLIED_ONLY;
import static dev.surql.assertj.VerdictFixtures.BROKEN;
import static dev.surql.assertj.VerdictFixtures.BROKEN_TRIP;
import static dev.surql.assertj.VerdictFixtures.GOOD;
import static dev.surql.assertj.error.ShouldHaveReversibilityStatus.shouldHaveStatusIn;
import static dev.surql.assertj.error.ShouldHaveRoundTrip.shouldHaveRoundTrip;
import static dev.surql.core.verify.ReversibilityStatus.IRREVERSIBLE;
import static dev.surql.core.verify.ReversibilityStatus.REVERSIBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationVerdictAssert_hasStatusIn_Test {

  @Test
  void should_pass_if_the_outcome_is_one_of_the_given() {
    assertThat(GOOD).hasStatusIn(REVERSIBLE, IRREVERSIBLE);
  }

  @Test
  void should_fail_if_the_outcome_is_none_of_the_given() {
    assertThat(expectAssertionError(() -> assertThat(BROKEN).hasStatusIn(REVERSIBLE, IRREVERSIBLE)))
        .hasMessage(
            message(
                shouldHaveStatusIn(BROKEN_TRIP, List.of(REVERSIBLE, IRREVERSIBLE)),
                "migration V2"));
  }

  @Test
  void should_fail_if_no_round_trip_ran() {
    assertThat(expectAssertionError(() -> assertThat(APPLIED_ONLY).hasStatusIn(REVERSIBLE)))
        .hasMessage(message(shouldHaveRoundTrip(APPLIED_ONLY), "migration V3"));
  }

  @Test
  void should_throw_if_no_status_is_given() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(GOOD).hasStatusIn())
        .withMessage("The statuses to look for should not be empty");
  }
}

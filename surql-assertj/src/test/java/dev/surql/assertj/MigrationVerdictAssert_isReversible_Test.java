package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.VerdictFixtures.APPLIED_ONLY;
import static dev.surql.assertj.VerdictFixtures.BROKEN;
import static dev.surql.assertj.VerdictFixtures.BROKEN_TRIP;
import static dev.surql.assertj.VerdictFixtures.GOOD;
import static dev.surql.assertj.error.ShouldBeReversible.shouldBeReversible;
import static dev.surql.assertj.error.ShouldHaveRoundTrip.shouldHaveRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.verify.MigrationVerdict;
import org.junit.jupiter.api.Test;

class MigrationVerdictAssert_isReversible_Test {

  @Test
  void should_pass_if_the_round_trip_restored_the_schema() {
    assertThat(GOOD).isReversible();
  }

  @Test
  void should_fail_like_the_round_trip_assertion_if_down_did_not_restore_the_schema() {
    AssertionError error = expectAssertionError(() -> assertThat(BROKEN).isReversible());

    assertThat(error).hasMessage(message(shouldBeReversible(BROKEN_TRIP), "migration V2"));
    assertThat(error.getMessage())
        .contains("What down did not restore (S0 → S2):", "~ field user.email");
  }

  @Test
  void should_fail_if_no_round_trip_ran_saying_where_to_get_one() {
    AssertionError error = expectAssertionError(() -> assertThat(APPLIED_ONLY).isReversible());

    assertThat(error).hasMessage(message(shouldHaveRoundTrip(APPLIED_ONLY), "migration V3"));
    assertThat(error)
        .hasMessage(
            String.format(
                "[migration V3] %nExpecting a reversibility round trip of migration V3"
                    + " but none ran: the verdict comes from a run that only applied migrations.%nTake the verdicts of a"
                    + " verification run instead: SurqlMigrations.verify().verdicts() or MigrationVerifier…verify().verdicts()."));
  }

  @Test
  void should_fail_if_actual_is_null() {
    assertThat(expectAssertionError(() -> assertThat((MigrationVerdict) null).isReversible()))
        .hasMessage(Fixtures.actualIsNull());
  }
}

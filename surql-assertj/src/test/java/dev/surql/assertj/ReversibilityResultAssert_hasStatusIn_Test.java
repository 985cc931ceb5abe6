package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.field;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.roundTrip;
import static dev.surql.assertj.Fixtures.snapshot;
import static dev.surql.assertj.Fixtures.table;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldHaveReversibilityStatus.shouldHaveStatusIn;
import static dev.surql.core.verify.ReversibilityStatus.IRREVERSIBLE;
import static dev.surql.core.verify.ReversibilityStatus.NOT_REVERSIBLE;
import static dev.surql.core.verify.ReversibilityStatus.REAPPLY_DIFFERS;
import static dev.surql.core.verify.ReversibilityStatus.REVERSIBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.ReversibilityStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReversibilityResultAssert_hasStatusIn_Test {

  private final SchemaSnapshot s0 = snapshot("S0", table("user", field("user", "email", "string")));
  private final SchemaSnapshot s1 =
      snapshot(
          "S1", table("user", field("user", "email", "string"), field("user", "bio", "string")));
  private final SchemaSnapshot s2 =
      snapshot("S2", table("user", field("user", "email", "option<string>")));
  private final ReversibilityResult good = roundTrip("V1", REVERSIBLE, s0, s0, s1, s1);
  private final ReversibilityResult broken = roundTrip("V2", NOT_REVERSIBLE, s0, s2, s1, s1);

  @Test
  void should_pass_if_status_is_one_of_the_given() {
    assertThat(good).hasStatusIn(REVERSIBLE, IRREVERSIBLE).hasStatusIn(REVERSIBLE);
  }

  @Test
  void should_fail_if_status_is_none_of_the_given_showing_what_down_did_not_restore() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(broken).hasStatusIn(REVERSIBLE, REAPPLY_DIFFERS));
    // THEN
    assertThat(error)
        .hasMessage(
            message(
                shouldHaveStatusIn(broken, List.of(REVERSIBLE, REAPPLY_DIFFERS)),
                "round trip of migration V2"));
    assertThat(error.getMessage())
        .startsWith(
            String.format(
                "[round trip of migration V2] %nExpecting the round trip"
                    + " of migration V2 to be one of:%n  <[REVERSIBLE, REAPPLY_DIFFERS]>%nbut was:%n  <NOT_REVERSIBLE>%n"))
        .contains("~ field user.email");
  }

  @Test
  void should_fail_if_actual_is_null() {
    assertThat(
            expectAssertionError(
                () -> assertThat((ReversibilityResult) null).hasStatusIn(REVERSIBLE)))
        .hasMessage(Fixtures.actualIsNull());
  }

  @Test
  void should_throw_if_statuses_are_null_or_empty() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(good).hasStatusIn((ReversibilityStatus[]) null))
        .withMessage("The statuses to compare against should not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(good).hasStatusIn())
        .withMessage("The statuses to look for should not be empty");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(good).hasStatusIn(REVERSIBLE, null))
        .withMessage(
            "The statuses to compare against should not contain null, but element 1 was null");
  }
}

package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.field;
import static dev.surql.assertj.Fixtures.issue;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.migration;
import static dev.surql.assertj.Fixtures.snapshot;
import static dev.surql.assertj.Fixtures.step;
import static dev.surql.assertj.Fixtures.table;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldHaveSafetyInRange.shouldHaveAnalysedSafetyAtMost;
import static dev.surql.core.rollback.RollbackSafety.DATA_LOSS;
import static dev.surql.core.rollback.RollbackSafety.SAFE;
import static dev.surql.core.rollback.RollbackSafety.UNSAFE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.verify.TimelineStep;
import org.junit.jupiter.api.Test;

class TimelineStepAssert_hasAnalysedSafetyAtMost_Test {

  private final SchemaSnapshot before =
      snapshot("V1", table("user", field("user", "email", "string")));
  private final SchemaSnapshot after =
      snapshot(
          "V2", table("user", field("user", "email", "string"), field("user", "bio", "string")));
  private final TimelineStep step =
      step(
          migration("V2"),
          before,
          after,
          DATA_LOSS,
          issue("V2", DATA_LOSS, "Removes field bio on table user", 12L));

  @Test
  void should_pass_if_analysed_level_is_the_maximum_or_less_risky() {
    assertThat(step).hasAnalysedSafetyAtMost(DATA_LOSS).hasAnalysedSafetyAtMost(UNSAFE);
  }

  @Test
  void should_fail_if_analysed_level_is_riskier_listing_the_issues() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(step).hasAnalysedSafetyAtMost(SAFE));
    // THEN
    assertThat(error)
        .hasMessage(
            message(
                shouldHaveAnalysedSafetyAtMost("V2", DATA_LOSS, step.issues(), SAFE),
                "migration V2"));
    assertThat(error.getMessage())
        .startsWith(
            String.format(
                "[migration V2] %nExpecting the analysed rollback safety"
                    + " of migration V2 to be at most:%n  <SAFE>%nbut was:%n  <DATA_LOSS>%n(from least to most risky: SAFE <"
                    + " DATA_LOSS < UNSAFE)%nIssues:%n  [DATA_LOSS] SQ102 remove-field V2"))
        .contains("Removes field bio on table user");
  }

  @Test
  void should_fail_if_actual_is_null() {
    assertThat(
            expectAssertionError(
                () -> assertThat((TimelineStep) null).hasAnalysedSafetyAtMost(SAFE)))
        .hasMessage(Fixtures.actualIsNull());
  }

  @Test
  void should_throw_if_maximum_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(step).hasAnalysedSafetyAtMost(null))
        .withMessage("The rollback safety to compare against should not be null");
  }
}

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
import static dev.surql.assertj.error.ShouldHaveSafetyInRange.shouldHaveAnalysedSafetyAtLeast;
import static dev.surql.core.rollback.RollbackSafety.DATA_LOSS;
import static dev.surql.core.rollback.RollbackSafety.SAFE;
import static dev.surql.core.rollback.RollbackSafety.UNSAFE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.verify.TimelineStep;
import org.junit.jupiter.api.Test;

class TimelineStepAssert_hasAnalysedSafetyAtLeast_Test {

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
  void should_pass_if_analysed_level_is_the_minimum_or_riskier() {
    assertThat(step).hasAnalysedSafetyAtLeast(DATA_LOSS).hasAnalysedSafetyAtLeast(SAFE);
  }

  @Test
  void should_fail_if_analysed_level_is_less_risky_listing_the_issues() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(step).hasAnalysedSafetyAtLeast(UNSAFE));
    // THEN
    assertThat(error)
        .hasMessage(
            message(
                shouldHaveAnalysedSafetyAtLeast("V2", DATA_LOSS, step.issues(), UNSAFE),
                "migration V2"));
    assertThat(error.getMessage())
        .startsWith(
            String.format(
                "[migration V2] %nExpecting the analysed rollback safety"
                    + " of migration V2 to be at least:%n  <UNSAFE>%nbut was:%n  <DATA_LOSS>%n(from least to most risky: SAFE <"
                    + " DATA_LOSS < UNSAFE)%nIssues:%n  [DATA_LOSS] SQ102 remove-field V2"))
        .contains("Removes field bio on table user");
  }

  @Test
  void should_fail_if_actual_is_null() {
    assertThat(
            expectAssertionError(
                () -> assertThat((TimelineStep) null).hasAnalysedSafetyAtLeast(SAFE)))
        .hasMessage(Fixtures.actualIsNull());
  }

  @Test
  void should_throw_if_minimum_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(step).hasAnalysedSafetyAtLeast(null))
        .withMessage("The rollback safety to compare against should not be null");
  }
}

package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.field;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.roundTrip;
import static dev.surql.assertj.Fixtures.snapshot;
import static dev.surql.assertj.Fixtures.table;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldBeReversible.shouldAllBeReversible;
import static dev.surql.assertj.error.ShouldBeReversible.shouldBeReversible;
import static dev.surql.assertj.error.ShouldHaveReversibilityStatus.shouldHaveResult;
import static dev.surql.assertj.error.ShouldHaveReversibilityStatus.shouldHaveStatus;
import static dev.surql.assertj.error.ShouldLoseNoData.shouldAllLoseNoData;
import static dev.surql.assertj.error.ShouldLoseNoData.shouldLoseNoData;
import static dev.surql.assertj.error.ShouldLoseNoData.shouldLoseRecords;
import static dev.surql.assertj.error.ShouldReapplyIdentically.shouldAllReapplyIdentically;
import static dev.surql.assertj.error.ShouldReapplyIdentically.shouldReapplyIdentically;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.verify.DataLoss;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.ReversibilityStatus;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReversibilityResultAssert_Test {

  private final SchemaSnapshot s0 = snapshot("S0", table("user", field("user", "email", "string")));
  private final SchemaSnapshot s1 =
      snapshot(
          "S1", table("user", field("user", "email", "string"), field("user", "bio", "string")));
  private final SchemaSnapshot s2Broken =
      snapshot("S2", table("user", field("user", "email", "option<string>")));
  private final SchemaSnapshot s3Other =
      snapshot(
          "S3",
          table("user", field("user", "email", "string"), field("user", "bio", "option<string>")));
  private final ReversibilityResult good =
      roundTrip("V1", ReversibilityStatus.REVERSIBLE, s0, s0, s1, s1);
  private final ReversibilityResult broken =
      roundTrip(
          "V2",
          ReversibilityStatus.NOT_REVERSIBLE,
          s0,
          s2Broken,
          s1,
          s3Other,
          new DataLoss("user", Optional.of("bio"), 10, 0),
          new DataLoss("user", Optional.empty(), 5, 3));

  @Test
  void should_pass_if_round_trip_is_clean() {
    assertThat(good)
        .isReversible()
        .reappliesIdentically()
        .losesNoData()
        .losesRecords(0)
        .hasStatus(ReversibilityStatus.REVERSIBLE);
    assertThat(broken).losesRecords(12);
    assertThat(List.of(good))
        .allReversible()
        .allReapplyIdentically()
        .noneLoseData()
        .hasSize(1)
        .result("V1")
        .isReversible();
  }

  @Test
  void should_fail_if_not_reversible_showing_what_down_did_not_restore() {
    AssertionError error = expectAssertionError(() -> assertThat(broken).isReversible());
    assertThat(error).hasMessage(message(shouldBeReversible(broken), "round trip of migration V2"));
    assertThat(error.getMessage())
        .contains(
            "but it was:%n  <NOT_REVERSIBLE>".formatted(),
            "What down did not restore (S0 → S2):",
            "~ field user.email",
            "after:  DEFINE FIELD email ON user TYPE option<string> PERMISSIONS FULL");
  }

  @Test
  void should_fail_if_reapply_differs_showing_how() {
    AssertionError error = expectAssertionError(() -> assertThat(broken).reappliesIdentically());
    assertThat(error)
        .hasMessage(message(shouldReapplyIdentically(broken), "round trip of migration V2"));
    assertThat(error.getMessage())
        .contains("How re-applying differed (S1 → S3):", "~ field user.bio");
  }

  @Test
  void should_fail_on_data_loss() {
    assertThat(expectAssertionError(() -> assertThat(broken).losesNoData()))
        .hasMessage(message(shouldLoseNoData(broken), "round trip of migration V2"))
        .hasMessageContaining("10 values of user.bio (10 → 0)");
    assertThat(expectAssertionError(() -> assertThat(broken).losesRecords(3)))
        .hasMessage(message(shouldLoseRecords(broken, 3), "round trip of migration V2"));
    assertThat(
            expectAssertionError(
                () -> assertThat(broken).hasStatus(ReversibilityStatus.REVERSIBLE)))
        .hasMessage(
            message(
                shouldHaveStatus(broken, ReversibilityStatus.REVERSIBLE),
                "round trip of migration V2"));
  }

  @Test
  void should_report_every_failing_migration_of_a_list() {
    List<ReversibilityResult> results = List.of(good, broken);
    String description = "round trips of 2 migrations";
    assertThat(expectAssertionError(() -> assertThat(results).allReversible()))
        .hasMessage(message(shouldAllBeReversible(List.of(broken), 2), description))
        .hasMessageContaining("Expecting all 2 migrations to be reversible but 1 were not");
    assertThat(expectAssertionError(() -> assertThat(results).allReapplyIdentically()))
        .hasMessage(message(shouldAllReapplyIdentically(List.of(broken), 2), description));
    assertThat(expectAssertionError(() -> assertThat(results).noneLoseData()))
        .hasMessage(message(shouldAllLoseNoData(List.of(broken)), description));
    assertThat(expectAssertionError(() -> assertThat(results).result("V9")))
        .hasMessage(message(shouldHaveResult(List.of("V1", "V2"), "V9"), description));
    assertThat(expectAssertionError(() -> assertThat(results).result("V2").isReversible()))
        .hasMessage(
            message(shouldBeReversible(broken), "round trips of 2 migrations, migration V2"));
  }

  @Test
  void should_fail_if_actual_is_null() {
    expectAssertionError(() -> assertThat((ReversibilityResult) null).isReversible());
    expectAssertionError(() -> assertThat((List<ReversibilityResult>) null).allReversible());
  }

  @Test
  void should_throw_if_expected_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(good).hasStatus(null))
        .withMessage("The status to compare against should not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(good).losesRecords(-1))
        .withMessage("The expected number of records lost should be >= 0, but was -1");
  }
}

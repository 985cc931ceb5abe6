package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldHaveSafetyInRange.shouldBeAtMost;
import static dev.surql.core.rollback.RollbackSafety.DATA_LOSS;
import static dev.surql.core.rollback.RollbackSafety.SAFE;
import static dev.surql.core.rollback.RollbackSafety.UNSAFE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.rollback.RollbackSafety;
import org.junit.jupiter.api.Test;

class RollbackSafetyAssert_isAtMost_Test {

  @Test
  void should_pass_if_level_is_the_maximum_or_less_risky() {
    assertThat(DATA_LOSS).isAtMost(UNSAFE).isAtMost(DATA_LOSS);
    assertThat(SAFE).isAtMost(SAFE);
  }

  @Test
  void should_fail_if_level_is_riskier() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(UNSAFE).isAtMost(DATA_LOSS));
    // THEN
    assertThat(error).hasMessage(message(shouldBeAtMost(UNSAFE, DATA_LOSS), ""));
    assertThat(error)
        .hasMessage(
            String.format(
                "%nExpecting rollback safety:%n  <UNSAFE>%nto be at most:%n  <DATA_LOSS>%n"
                    + "(from least to most risky: SAFE < DATA_LOSS < UNSAFE)"));
  }

  @Test
  void should_fail_if_actual_is_null() {
    assertThat(expectAssertionError(() -> assertThat((RollbackSafety) null).isAtMost(SAFE)))
        .hasMessage(Fixtures.actualIsNull());
  }

  @Test
  void should_throw_if_maximum_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(SAFE).isAtMost(null))
        .withMessage("The rollback safety to compare against should not be null");
  }
}

package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldHaveSafetyInRange.shouldBeAtLeast;
import static dev.surql.core.rollback.RollbackSafety.DATA_LOSS;
import static dev.surql.core.rollback.RollbackSafety.SAFE;
import static dev.surql.core.rollback.RollbackSafety.UNSAFE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.rollback.RollbackSafety;
import org.junit.jupiter.api.Test;

class RollbackSafetyAssert_isAtLeast_Test {

  @Test
  void should_pass_if_level_is_the_minimum_or_riskier() {
    assertThat(DATA_LOSS).isAtLeast(SAFE).isAtLeast(DATA_LOSS);
    assertThat(UNSAFE).isAtLeast(DATA_LOSS);
  }

  @Test
  void should_fail_if_level_is_less_risky() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(SAFE).isAtLeast(DATA_LOSS));
    // THEN
    assertThat(error).hasMessage(message(shouldBeAtLeast(SAFE, DATA_LOSS), ""));
    assertThat(error)
        .hasMessage(
            String.format(
                "%nExpecting rollback safety:%n  <SAFE>%nto be at least:%n  <DATA_LOSS>%n"
                    + "(from least to most risky: SAFE < DATA_LOSS < UNSAFE)"));
  }

  @Test
  void should_fail_if_actual_is_null() {
    assertThat(expectAssertionError(() -> assertThat((RollbackSafety) null).isAtLeast(SAFE)))
        .hasMessage(Fixtures.actualIsNull());
  }

  @Test
  void should_throw_if_minimum_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(SAFE).isAtLeast(null))
        .withMessage("The rollback safety to compare against should not be null");
  }
}

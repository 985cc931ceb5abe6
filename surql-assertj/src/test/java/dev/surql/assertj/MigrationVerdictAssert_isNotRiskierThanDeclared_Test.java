package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.VerdictFixtures.APPLIED_ONLY;
import static dev.surql.assertj.VerdictFixtures.BROKEN;
import static dev.surql.assertj.VerdictFixtures.GOOD;
import static dev.surql.assertj.error.ShouldNotBeRiskierThanDeclared.shouldNotBeRiskierThanDeclared;
import static dev.surql.core.rollback.RollbackSafety.DATA_LOSS;
import static dev.surql.core.rollback.RollbackSafety.SAFE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationVerdictAssert_isNotRiskierThanDeclared_Test {

  @Test
  void should_pass_without_a_declaration_or_within_it() {
    assertThat(GOOD).isNotRiskierThanDeclared();
    assertThat(APPLIED_ONLY).isNotRiskierThanDeclared();
  }

  @Test
  void should_fail_naming_both_levels_and_the_fix() {
    AssertionError error =
        expectAssertionError(() -> assertThat(BROKEN).isNotRiskierThanDeclared());

    assertThat(error)
        .hasMessage(
            message(
                shouldNotBeRiskierThanDeclared(
                    "V2", Optional.of(SAFE), DATA_LOSS, BROKEN.rollbackIssues()),
                "migration V2"));
    assertThat(error.getMessage())
        .contains(
            "<@rollback: safe>",
            "<DATA_LOSS>",
            "Fix the down, or declare the real level with -- @rollback: data_loss");
  }
}

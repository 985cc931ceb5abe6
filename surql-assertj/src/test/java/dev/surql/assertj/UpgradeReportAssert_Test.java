package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.actualIsNull;
import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.migration;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldApplyOnTarget.shouldApplyOnTarget;
import static dev.surql.assertj.error.ShouldHaveUpgradeFinding.shouldHaveUpgradeFinding;
import static dev.surql.assertj.error.ShouldHaveUpgradeStatus.shouldHaveUpgradeStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.SourceLocation;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.upgrade.UpgradeResult;
import dev.surql.core.upgrade.UpgradeStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class UpgradeReportAssert_Test {
  private static final String DESCRIPTION = "upgrade check 2.6 → 3.0 of classpath:history-2x";

  private final UpgradeResult ok =
      UpgradeResult.builder()
          .migration(migration("V1"))
          .status(UpgradeStatus.APPLIES_ON_BOTH)
          .build();
  private final Finding renamed =
      Finding.of(Rule.RENAMED_FUNCTION, "V2", "string::is::email fails on 3.0: Parse error")
          .withLocation(SourceLocation.of("migrations/V2.surql", 8))
          .withHint(
              "Replace string::is::email with string::is_email (SurrealDB 3.x: string::is::* → string::is_*).");
  private final UpgradeResult broken =
      UpgradeResult.builder()
          .migration(migration("V2"))
          .status(UpgradeStatus.FAILS_ON_TARGET)
          .findings(List.of(renamed))
          .serverMessage("Parse error")
          .build();

  private static UpgradeReport report(UpgradeResult... results) {
    return UpgradeReport.builder()
        .location("classpath:history-2x")
        .fromVersion("surrealdb-2.6.0")
        .toVersion("surrealdb-3.0.2")
        .results(List.of(results))
        .duration(Duration.ofMillis(5))
        .build();
  }

  @Test
  void should_pass_if_every_migration_applies_on_both() {
    assertThat(report(ok)).appliesOnTarget().hasStatus("V1", UpgradeStatus.APPLIES_ON_BOTH);
    assertThat(report(ok, broken))
        .hasStatus("V2", UpgradeStatus.FAILS_ON_TARGET)
        .hasFinding("V2", Rule.RENAMED_FUNCTION);
  }

  @Test
  void should_fail_listing_each_breaking_statement_with_its_hint() {
    // GIVEN
    UpgradeReport report = report(ok, broken);
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(report).appliesOnTarget());
    // THEN
    assertThat(error).hasMessage(message(shouldApplyOnTarget(report), DESCRIPTION));
    assertThat(error.getMessage())
        .contains(
            "Expecting all 2 migrations to apply on surrealdb-3.0.2 as on "
                + "surrealdb-2.6.0 but 1 did not:")
        .contains("V2: FAILS_ON_TARGET")
        .contains("SQ501 renamed-function [migrations/V2.surql:8] string::is::email fails on 3.0")
        .contains("hint: Replace string::is::email with string::is_email");
  }

  @Test
  void should_fail_if_status_differs() {
    AssertionError error =
        expectAssertionError(
            () -> assertThat(report(ok, broken)).hasStatus("V2", UpgradeStatus.APPLIES_ON_BOTH));
    assertThat(error)
        .hasMessage(
            message(shouldHaveUpgradeStatus(broken, UpgradeStatus.APPLIES_ON_BOTH), DESCRIPTION));
  }

  @Test
  void should_fail_if_finding_is_missing() {
    AssertionError error =
        expectAssertionError(
            () -> assertThat(report(ok, broken)).hasFinding("V2", Rule.MTREE_INDEX));
    assertThat(error)
        .hasMessage(message(shouldHaveUpgradeFinding(broken, Rule.MTREE_INDEX), DESCRIPTION));
  }

  @Test
  void should_fail_if_actual_is_null() {
    AssertionError error =
        expectAssertionError(() -> assertThat((UpgradeReport) null).appliesOnTarget());
    assertThat(error).hasMessage(actualIsNull());
  }

  @Test
  void should_reject_unknown_version_and_null_arguments() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(report(ok)).hasStatus("V9", UpgradeStatus.APPLIES_ON_BOTH))
        .withMessageContaining("no migration V9; its versions are [V1]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(report(ok)).hasFinding("V1", null));
  }
}

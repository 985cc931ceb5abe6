package dev.surql.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.rule.Finding;
import dev.surql.core.verify.MigrationCheck;
import dev.surql.core.verify.MigrationVerdict;
import dev.surql.core.verify.VerificationReport;
import dev.surql.junit5.SurqlMigrationChecks;
import dev.surql.junit5.SurqlMigrationTest;
import dev.surql.junit5.SurqlMigrations;
import dev.surql.junit5.SurqlSeed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Forward safety on the member migrations: one migration per rule family (a field narrowed by an
 * ASSERT, a table switched to SCHEMAFULL, an access method re-applied), each with its {@code
 * -- @forward:} declaration. The built-in checks prove that no up does more than declared and that
 * on the seeded members the engine refuses exactly the writes the findings predict.
 */
@SurqlMigrationTest(migrations = "classpath:db/forward-safety")
@SurqlSeed(
    before = "20260302_090000",
    statements = {
      "CREATE member:ada SET name = 'Ada', nickname = 'countess'",
      "CREATE member:x SET name = 'X'"
    })
class ForwardSafetyExamplesTest extends SurqlMigrationChecks {

  @Test
  void each_up_reports_what_it_does_to_the_seeded_members(SurqlMigrations migrations) {
    VerificationReport report = migrations.verify();

    assertThat(findings(report, "20260301_090000")).isEmpty();
    assertThat(findings(report, "20260302_090000"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().code()).isEqualTo("SQ403");
              assertThat(f.message())
                  .contains("[1 record in member has a value in name that fails the new ASSERT]");
            });
    assertThat(findings(report, "20260303_090000"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule().code()).isEqualTo("SQ407");
              assertThat(f.message())
                  .contains("1 record in member holds fields the schema does not define: nickname");
            });
    assertThat(findings(report, "20260304_090000"))
        .extracting(f -> f.rule().code())
        .containsExactly("SQ412");
    assertThat(report.check(MigrationCheck.FORWARD_PREDICTIONS_CONFIRMED).orElseThrow().notes())
        .anySatisfy(
            n ->
                assertThat(n)
                    .startsWith("20260302_090000: SQ403 field-assert-tightened")
                    .contains("confirmed: the engine refused the next write of all 1 re-written"));
  }

  private static List<Finding> findings(VerificationReport report, String version) {
    return report.verdict(version).map(MigrationVerdict::forwardFindings).orElseThrow();
  }
}

package dev.surql.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.report.Findings;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.report.VerificationReports;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.RuleLevel;
import dev.surql.core.rule.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings of a real verification: codes, locations, {@code @allow} and what fails. */
class FindingsVerificationTest {

  @TempDir Path dir;

  private VerificationReport verify(String prefix) throws IOException {
    return MigrationVerifier.of(SurqlEngines.shared(), MigrationLoader.load(dir))
        .withDatabasePrefix(prefix)
        .verify();
  }

  @Test
  void an_up_that_fails_is_reported_at_the_statement_that_failed_not_at_the_first()
      throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("20260101_000000_item.surql"),
            """
        -- @up
        DEFINE TABLE item SCHEMAFULL;
        DEFINE FIELD qty ON item TYPE int;
        CREATE item:1 SET qty = 'many';
        -- @down
        REMOVE TABLE item;
        """);

    VerificationReport report = verify("findings_sq205_at");

    Finding finding =
        report.findings().stream()
            .filter(f -> f.rule() == Rule.UP_FAILED && f.message().startsWith("up failed"))
            .findFirst()
            .orElseThrow();
    assertThat(finding.location()).contains(new SourceLocation(file.toString(), 4, 1));
    assertThat(report.result("20260101_000000").orElseThrow().failedStatement())
        .hasValueSatisfying(s -> assertThat(s.text()).startsWith("CREATE item:1"));
  }

  @Test
  void a_down_that_fails_is_reported_at_the_statement_that_failed() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("20260101_000000_item.surql"),
            """
        -- @rollback: unsafe
        -- @up
        DEFINE TABLE item SCHEMAFULL;
        -- @down
        REMOVE TABLE item;
        THROW 'this down cannot run';
        """);

    VerificationReport report = verify("findings_sq204_at");

    Finding finding =
        report.findings().stream()
            .filter(f -> f.rule() == Rule.ROUND_TRIP_FAILED)
            .findFirst()
            .orElseThrow();
    assertThat(finding.location()).contains(new SourceLocation(file.toString(), 6, 1));
  }

  @Test
  void should_report_a_down_that_does_not_restore_as_SQ202_at_the_down_and_fail()
      throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("20260101_000000_user.surql"),
            """
        -- @rollback: unsafe
        -- @up
        DEFINE TABLE user SCHEMAFULL;
        DEFINE FIELD email ON user TYPE string;
        -- @down
        REMOVE FIELD email ON user;
        """);

    VerificationReport report = verify("findings_sq202");

    assertThat(report.passed()).isFalse();
    Finding finding =
        report.findings().stream()
            .filter(f -> f.rule() == Rule.DOWN_NOT_RESTORING)
            .findFirst()
            .orElseThrow();
    assertThat(finding.level()).isEqualTo(RuleLevel.ERROR);
    assertThat(finding.version()).isEqualTo("20260101_000000");
    assertThat(finding.location()).contains(new SourceLocation(file.toString(), 6, 1));
    assertThat(report.check(MigrationCheck.EVERY_MIGRATION_REVERSIBLE).orElseThrow().failures())
        .singleElement()
        .asString()
        .startsWith(
            "20260101_000000: SQ202 down-not-restoring ["
                + file
                + ":6:1] down does not restore the schema");
    assertThat(report.findings("20260101_000000"))
        .extracting(Finding::rule)
        .contains(Rule.REMOVE_FIELD);
    assertThat(VerificationReports.toJson(report)).contains("\"rule\" : \"SQ202\"");
    assertThat(VerificationReports.toMarkdown(report))
        .contains("## Findings")
        .contains("| SQ202 down-not-restoring | error | 20260101_000000 | `" + file + ":6:1` |");
  }

  @Test
  void should_accept_an_allowed_statement_without_failing_the_declared_safety_check()
      throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("20260101_000000_audit.surql"),
            """
        -- @rollback: safe
        -- @up
        DEFINE TABLE audit;
        -- @down
        -- @allow: SQ101 the audit log is rebuilt from events
        REMOVE TABLE audit;
        """);

    VerificationReport report = verify("findings_allow");

    assertThat(report.passed()).isTrue();
    assertThat(report.check(MigrationCheck.DECLARED_SAFETY_MATCHES).orElseThrow().passed())
        .isTrue();
    assertThat(report.timeline().step("20260101_000000").orElseThrow().riskierThanDeclared())
        .isFalse();
    assertThat(report.findings())
        .filteredOn(f -> f.rule() == Rule.REMOVE_TABLE)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.allowedBecause()).contains("the audit log is rebuilt from events");
              assertThat(f.location()).contains(new SourceLocation(file.toString(), 6, 1));
            });
    assertThat(VerificationReports.toMarkdown(report))
        .contains("| SQ101 remove-table | allowed |")
        .contains("(allowed: the audit log is rebuilt from events)");
    assertThat(VerificationReports.toJson(report))
        .contains("\"allowedReason\" : \"the audit log is rebuilt from events\"");
  }

  @Test
  void should_fail_the_declared_safety_check_with_SQ301_at_the_riskiest_statement_without_allow()
      throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("20260101_000000_audit.surql"),
            """
        -- @rollback: safe
        -- @up
        DEFINE TABLE audit;
        -- @down
        REMOVE TABLE audit;
        """);

    VerificationReport report = verify("findings_sq301");

    assertThat(report.passed()).isFalse();
    assertThat(report.findings())
        .filteredOn(Findings::fails)
        .extracting(Finding::rule, Finding::location)
        .containsExactly(
            tuple(
                Rule.RISKIER_THAN_DECLARED,
                java.util.Optional.of(new SourceLocation(file.toString(), 5, 1))));
  }

  @Test
  void should_report_an_allow_that_matches_nothing_as_SQ304_at_its_line() throws IOException {
    Files.writeString(
        dir.resolve("20260101_000000_audit.surql"),
        """
        -- @rollback: unsafe
        -- @up
        DEFINE TABLE audit;
        -- @down
        REMOVE TABLE audit;
        """);
    Path file =
        Files.writeString(
            dir.resolve("20260102_000000_note.surql"),
            """
        -- @rollback: data_loss
        -- @up
        DEFINE FIELD note ON audit TYPE option<string>;
        -- @down
        -- @allow: SQ101 the wrong rule: this statement removes a field
        REMOVE FIELD note ON audit;
        """);

    VerificationReport report = verify("findings_sq304");

    assertThat(report.passed()).isTrue();
    assertThat(report.findings())
        .filteredOn(f -> f.rule() == Rule.UNUSED_ALLOW)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.level()).isEqualTo(RuleLevel.WARNING);
              assertThat(f.location()).contains(SourceLocation.of(file.toString(), 5));
              assertThat(f.message()).contains("SQ101").contains("line 6");
            });
    assertThat(report.findings())
        .filteredOn(f -> f.rule() == Rule.REMOVE_FIELD)
        .singleElement()
        .satisfies(f -> assertThat(f.isAllowed()).isFalse());
  }

  @Test
  void should_let_a_finding_added_by_another_check_fail_the_report_unless_allowed()
      throws IOException {
    Files.writeString(
        dir.resolve("20260101_000000_t.surql"),
        """
        -- @rollback: safe
        -- @up
        DEFINE TABLE t;
        -- @down
        -- @allow: SQ202 accepted for this test
        REMOVE TABLE t;
        """);
    VerificationReport report = verify("findings_added");
    assertThat(report.passed()).isFalse(); // SQ301: REMOVE TABLE is unsafe, declared safe

    VerificationReport more =
        report.withFindings(List.of(Finding.of(Rule.DOWN_NOT_RESTORING, "20260101_000000", "x")));

    assertThat(more.findings())
        .filteredOn(f -> f.rule() == Rule.DOWN_NOT_RESTORING)
        .singleElement()
        .satisfies(f -> assertThat(f.allowedBecause()).contains("accepted for this test"));
    assertThat(report.findings()).extracting(Finding::rule).contains(Rule.UNUSED_ALLOW);
    assertThat(more.findings()).extracting(Finding::rule).doesNotContain(Rule.UNUSED_ALLOW);
  }
}

package dev.surql.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.report.VerificationReports;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier on {@code -- @transaction: none}, placeholders, no-op downs and ups that change
 * nothing.
 */
class MigrationVerifierDirectivesTest {

  @TempDir Path dir;

  private VerificationReport verify(MigrationSet migrations) {
    return MigrationVerifier.of(SurqlEngines.shared(), migrations)
        .withDatabasePrefix("verify_dir")
        .verify();
  }

  private void write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content);
  }

  @Test
  void a_rebuild_with_transaction_none_and_a_placeholder_verify_as_reversible_with_notes() {
    VerificationReport report = verify(MigrationLoader.load("classpath:dev/surql/core/rebuild"));

    assertThat(report.results())
        .extracting(ReversibilityResult::version, ReversibilityResult::status)
        .containsExactly(
            tuple("20260501_090000", ReversibilityStatus.REVERSIBLE),
            tuple("20260502_090000", ReversibilityStatus.REVERSIBLE),
            tuple("20260503_090000", ReversibilityStatus.REVERSIBLE));
    assertThat(report.passed()).as("%s", report.checks()).isTrue();
    assertThat(
            report
                .result("20260502_090000")
                .orElseThrow()
                .s1()
                .orElseThrow()
                .schema()
                .table("w")
                .orElseThrow()
                .fields())
        .containsKeys("n", "m");
    assertThat(report.result("20260502_090000").orElseThrow().notes()).isEmpty();
    ReversibilityResult todo = report.result("20260503_090000").orElseThrow();
    assertThat(todo.notes())
        .extracting(Finding::rule)
        .containsExactly(Rule.NO_OP_UP, Rule.NO_OP_DOWN);
    assertThat(todo.notes().get(0).message())
        .isEqualTo(
            "the up holds only comments: a placeholder, recorded in the"
                + " history as applied; it changes nothing");
    assertThat(VerificationReports.toMarkdown(report))
        .contains("| yes (no-op up) |")
        .contains("- note `SQ210 no-op-up`: the up holds only comments");
    assertThat(VerificationReports.toJson(report))
        .containsPattern("\"rule\" ?: ?\"SQ210\"")
        .containsPattern("\"name\" ?: ?\"no-op-down\"");
  }

  @Test
  void the_same_rebuild_in_one_transaction_fails_with_the_diagnosis() throws IOException {
    write(
        "20260501_090000_create_w.surql",
        "-- @up\nDEFINE TABLE w SCHEMAFULL;\nDEFINE FIELD n ON w TYPE int;\n"
            + "DEFINE INDEX i ON w FIELDS n;\n-- @down\nREMOVE TABLE w;\n");
    write(
        "20260502_090000_rebuild_w.surql",
        "-- @up\nREMOVE TABLE w;\nDEFINE TABLE w SCHEMAFULL;\n"
            + "DEFINE FIELD n ON w TYPE int;\nDEFINE INDEX i ON w FIELDS n;\n-- @down\n");

    VerificationReport report = verify(MigrationLoader.load(dir));

    ReversibilityResult rebuild = report.result("20260502_090000").orElseThrow();
    assertThat(rebuild.status()).isEqualTo(ReversibilityStatus.FAILED);
    assertThat(rebuild.error())
        .hasValueSatisfying(
            e ->
                assertThat(e)
                    .startsWith(
                        "up failed: SurrealDB could not commit migration 20260502_090000 rebuild w (")
                    .contains(
                        "SQ913 transaction-conflict", "add '-- @transaction: none' to its header")
                    .doesNotContain("probably another process"));
  }

  @Test
  void an_up_that_changes_nothing_is_noted_and_a_no_op_down_is_judged_like_any_down()
      throws IOException {
    write(
        "20260101_120000_person.surql",
        "-- @up\nDEFINE TABLE person;\nCREATE person:1 SET name = 'a';\n"
            + "-- @down\nREMOVE TABLE person;\n");
    write(
        "20260102_120000_again.surql",
        "-- @up\nDEFINE TABLE IF NOT EXISTS person;\n-- @down\n-- nothing\n");
    write(
        "20260103_120000_nobody.surql",
        "-- @up\nUPDATE person SET name = 'b' WHERE name = 'nobody';\n" + "-- @down\n");
    write(
        "20260104_120000_rename.surql",
        "-- @up\nUPDATE person SET name = 'b' WHERE name = 'a';\n-- @down\n"
            + "UPDATE person SET name = 'a' WHERE name = 'b';\n");
    write(
        "20260105_120000_field.surql",
        "-- @up\nDEFINE FIELD age ON person TYPE option<int>;\n-- @down\n"
            + "-- forgot to remove it\n");

    VerificationReport report = verify(MigrationLoader.load(dir));

    assertThat(report.results())
        .extracting(
            ReversibilityResult::version,
            ReversibilityResult::status,
            r -> r.notes().stream().map(Finding::rule).toList())
        .containsExactly(
            tuple("20260101_120000", ReversibilityStatus.REVERSIBLE, java.util.List.of()),
            tuple(
                "20260102_120000",
                ReversibilityStatus.REVERSIBLE,
                java.util.List.of(Rule.UP_CHANGED_NOTHING, Rule.NO_OP_DOWN)),
            tuple(
                "20260103_120000",
                ReversibilityStatus.REVERSIBLE,
                java.util.List.of(Rule.UP_CHANGED_NOTHING, Rule.NO_OP_DOWN)),
            tuple("20260104_120000", ReversibilityStatus.REVERSIBLE, java.util.List.of()),
            tuple(
                "20260105_120000",
                ReversibilityStatus.NOT_REVERSIBLE,
                java.util.List.of(Rule.NO_OP_DOWN)));
    Finding nothing = report.result("20260102_120000").orElseThrow().notes().get(0);
    assertThat(nothing.message())
        .isEqualTo(
            "up changed nothing: neither the schema nor any data of the database it"
                + " ran in changed");
    assertThat(nothing.location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(2));
    assertThat(VerificationReports.toMarkdown(report)).contains("| yes (up changed nothing) |");
  }

  @Test
  void
      a_down_that_stops_part_way_fails_its_round_trip_and_the_walk_goes_on_from_a_rebuilt_database()
          throws IOException {
    write(
        "20260101_120000_ab.surql",
        """
        -- @transaction: none
        -- @up
        DEFINE TABLE a;
        DEFINE TABLE b;
        -- @down
        REMOVE TABLE b;
        THROW 'the down stops here';
        REMOVE TABLE a;
        """);
    write("20260102_120000_c.surql", "-- @up\nDEFINE TABLE c;\n-- @down\nREMOVE TABLE c;\n");

    VerificationReport report = verify(MigrationLoader.load(dir));

    assertThat(report.results())
        .extracting(ReversibilityResult::status)
        .containsExactly(ReversibilityStatus.FAILED, ReversibilityStatus.REVERSIBLE);
    assertThat(report.result("20260101_120000").orElseThrow().error())
        .hasValueSatisfying(
            e ->
                assertThat(e)
                    .startsWith(
                        "down failed: Rolling back migration 20260101_120000 ab (-- @transaction: none) failed at down"
                            + " statement 2 of 3"));
    assertThat(
            report
                .result("20260102_120000")
                .orElseThrow()
                .s0()
                .orElseThrow()
                .schema()
                .tables()
                .keySet())
        .containsExactly("a", "b");
  }
}

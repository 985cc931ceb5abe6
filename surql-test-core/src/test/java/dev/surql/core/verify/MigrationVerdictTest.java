package dev.surql.core.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.rollback.RollbackSafety;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One verdict per migration: its step and its round trip joined by version, on a real verification
 * run.
 */
class MigrationVerdictTest {

  @TempDir Path dir;

  private MigrationSet migrations() throws IOException {
    Files.writeString(
        dir.resolve("20260101_120000_one.surql"),
        "-- @rollback: unsafe\n-- @up\nDEFINE TABLE one SCHEMAFULL;\nDEFINE FIELD a ON one TYPE string;\n"
            + "-- @down\nREMOVE TABLE one;\n");
    Files.writeString(
        dir.resolve("20260102_120000_two.surql"),
        "-- @rollback: safe\n-- @up\nDEFINE FIELD b ON one TYPE int;\n-- @down\nREMOVE FIELD b ON one;\n");
    Files.writeString(dir.resolve("20260103_120000_three.surql"), "-- @up\nDEFINE TABLE three;\n");
    return MigrationLoader.load(dir);
  }

  @Test
  void a_verification_report_gives_one_verdict_per_migration_with_its_round_trip_and_safety()
      throws IOException {
    VerificationReport report =
        MigrationVerifier.of(SurqlEngines.shared(), migrations())
            .withDatabasePrefix("verdicts")
            .verify();

    List<MigrationVerdict> verdicts = report.verdicts();

    assertThat(verdicts)
        .extracting(
            MigrationVerdict::version,
            v -> v.status().orElseThrow(),
            MigrationVerdict::analysedSafety,
            MigrationVerdict::declaredSafety,
            MigrationVerdict::riskierThanDeclared)
        .containsExactly(
            tuple(
                "20260101_120000",
                ReversibilityStatus.REVERSIBLE,
                RollbackSafety.UNSAFE,
                Optional.of(RollbackSafety.UNSAFE),
                false),
            tuple(
                "20260102_120000",
                ReversibilityStatus.REVERSIBLE,
                RollbackSafety.DATA_LOSS,
                Optional.of(RollbackSafety.SAFE),
                true),
            tuple(
                "20260103_120000",
                ReversibilityStatus.IRREVERSIBLE,
                RollbackSafety.UNSAFE,
                Optional.empty(),
                false));
    assertThat(verdicts.get(1).rollbackIssues())
        .isEqualTo(report.timeline().step("20260102_120000").orElseThrow().issues());
    assertThat(verdicts.get(1).reversibility()).isEqualTo(report.result("20260102_120000"));
    // the forward analysis of each up, against the schema before it: a required field added to an
    // existing table
    assertThat(verdicts.get(0).forwardFindings()).isEmpty();
    assertThat(verdicts.get(1).forwardFindings())
        .extracting(f -> f.rule().code())
        .containsExactly("SQ401");
    assertThat(report.verdict("20260102_120000")).contains(verdicts.get(1));
    assertThat(report.verdict("20990101_000000")).isEmpty();
  }

  @Test
  void a_timeline_gives_verdicts_without_round_trips() throws IOException {
    MigrationSet migrations = migrations();
    VerificationReport report =
        MigrationVerifier.of(SurqlEngines.shared(), migrations)
            .withDatabasePrefix("verdicts_timeline")
            .verify();

    List<MigrationVerdict> verdicts = report.timeline().verdicts();
    assertThat(verdicts)
        .extracting(MigrationVerdict::version)
        .containsExactly("20260101_120000", "20260102_120000", "20260103_120000");
    assertThat(verdicts).allSatisfy(v -> assertThat(v.reversibility()).isEmpty());
    assertThat(verdicts)
        .extracting(MigrationVerdict::analysedSafety)
        .containsExactly(RollbackSafety.UNSAFE, RollbackSafety.DATA_LOSS, RollbackSafety.UNSAFE);
  }

  /**
   * Found on real histories (conformance/plexus 0003 on 3.0.2): when an up does not apply, nothing
   * is known of the schema its down would meet, so a redefinition in that down must not be read as
   * a new field on an empty schema (SAFE) but as a possible type change (DATA_LOSS).
   */
  @Test
  void a_migration_whose_up_failed_has_its_down_analysed_against_an_unknown_schema()
      throws IOException {
    Files.writeString(
        dir.resolve("20260101_120000_one.surql"),
        "-- @up\nDEFINE TABLE one SCHEMAFULL;\nDEFINE FIELD a ON one TYPE object;\n-- @down\nREMOVE TABLE one;\n");
    Files.writeString(
        dir.resolve("20260102_120000_two.surql"),
        "-- @up\nDEFINE FIELD OVERWRITE a ON one TYPE object FLEXIBLE;\nTHROW 'fails on purpose';\n"
            + "-- @down\nDEFINE FIELD OVERWRITE a ON one TYPE object;\n");
    Files.writeString(
        dir.resolve("20260103_120000_three.surql"),
        "-- @up\nDEFINE FIELD b ON one TYPE int;\n-- @down\nDEFINE FIELD OVERWRITE b ON one TYPE string;\n");

    VerificationReport report =
        MigrationVerifier.of(SurqlEngines.shared(), MigrationLoader.load(dir))
            .withDatabasePrefix("verdicts_failed")
            .verify();

    assertThat(report.verdicts())
        .extracting(
            MigrationVerdict::version,
            v -> v.status().orElseThrow(),
            MigrationVerdict::analysedSafety)
        .containsExactly(
            tuple("20260101_120000", ReversibilityStatus.REVERSIBLE, RollbackSafety.UNSAFE),
            tuple("20260102_120000", ReversibilityStatus.FAILED, RollbackSafety.DATA_LOSS),
            tuple("20260103_120000", ReversibilityStatus.FAILED, RollbackSafety.DATA_LOSS));
  }

  @Test
  void a_round_trip_of_another_migration_is_refused() throws IOException {
    VerificationReport report =
        MigrationVerifier.of(SurqlEngines.shared(), migrations())
            .withDatabasePrefix("verdicts_mismatch")
            .verify();
    TimelineStep one = report.timeline().steps().get(0);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> MigrationVerdict.of(one, report.result("20260102_120000").orElseThrow()))
        .withMessage("reversibility is the round trip of 20260102_120000, not of 20260101_120000");
  }
}

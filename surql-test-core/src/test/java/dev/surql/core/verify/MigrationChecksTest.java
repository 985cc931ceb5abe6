package dev.surql.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.RuleLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in checks on a real verification run, for what they did not check as much as for what
 * they did.
 */
class MigrationChecksTest {

  @TempDir Path dir;

  /**
   * Found on real histories (conformance/summer on 3.0.2: one migration checked, four whose up did
   * not apply): the round-trip checks passed without a word about the migrations they never
   * reached. They still pass (the failure belongs to "all migrations apply"), but say what they
   * could not check.
   */
  @Test
  void round_trip_checks_name_the_migrations_they_could_not_check() throws IOException {
    Files.writeString(
        dir.resolve("20260101_120000_one.surql"),
        "-- @up\nDEFINE TABLE one SCHEMAFULL;\n-- @down\nREMOVE TABLE one;\n");
    Files.writeString(
        dir.resolve("20260102_120000_two.surql"),
        "-- @up\nTHROW 'fails on purpose';\n-- @down\nRETURN 1;\n");
    Files.writeString(
        dir.resolve("20260103_120000_three.surql"),
        "-- @up\nDEFINE TABLE three;\n-- @down\nREMOVE TABLE three;\n");

    VerificationReport report =
        MigrationVerifier.of(SurqlEngines.shared(), MigrationLoader.load(dir))
            .withDatabasePrefix("checks_unchecked")
            .verify();

    assertThat(report.check(MigrationCheck.ALL_MIGRATIONS_APPLY).orElseThrow().passed()).isFalse();
    for (MigrationCheck roundTrip :
        new MigrationCheck[] {
          MigrationCheck.EVERY_MIGRATION_REVERSIBLE, MigrationCheck.REAPPLY_SAME_CHECKSUM
        }) {
      CheckResult result = report.check(roundTrip).orElseThrow();
      assertThat(result.passed()).as(roundTrip.name()).isTrue();
      assertThat(result.notes())
          .as(roundTrip.name())
          .containsExactly(
              "20260102_120000: SQ205 up-failed ["
                  + dir.resolve("20260102_120000_two.surql")
                  + "] not checked, its up did not apply",
              "20260103_120000: SQ206 not-attempted ["
                  + dir.resolve("20260103_120000_three.surql")
                  + "] not checked, its up was not attempted after 20260102_120000 failed");
      assertThat(result.findings())
          .as(roundTrip.name())
          .extracting(Finding::level)
          .containsOnly(RuleLevel.NOTE);
    }
  }
}

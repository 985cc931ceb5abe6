package dev.surql.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.core.SurqlException;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.verify.MigrationVerdict;
import dev.surql.core.verify.ReversibilityStatus;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SurqlMigrations#verdicts()}: one verdict per migration, without joining steps and results
 * by version.
 */
class VerdictsTest {
  @TempDir Path reports;

  @Test
  void the_runner_gives_one_verdict_per_migration() {
    SurqlTestKit.run(reports, VerdictTestCases.class)
        .testEvents()
        .assertStatistics(s -> s.started(2).succeeded(2).failed(0));
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/irreversible")
  static class VerdictTestCases {
    @Test
    void verdicts(SurqlMigrations migrations) {
      assertThat(migrations.verdicts())
          .extracting(MigrationVerdict::version, MigrationVerdict::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(
                  "20260301_090000", Optional.of(ReversibilityStatus.REVERSIBLE)),
              org.assertj.core.groups.Tuple.tuple(
                  "20260302_090000", Optional.of(ReversibilityStatus.IRREVERSIBLE)));
      MigrationVerdict irreversible = migrations.verdict("20260302_090000");
      assertThat(irreversible.analysedSafety()).isEqualTo(RollbackSafety.UNSAFE);
      assertThat(irreversible.reversibility())
          .isEqualTo(migrations.verify().result("20260302_090000"));
    }

    @Test
    void an_unknown_version_names_the_known_ones(SurqlMigrations migrations) {
      assertThatThrownBy(() -> migrations.verdict("20990101_000000"))
          .isInstanceOf(SurqlException.class)
          .hasMessageContaining("20260301_090000, 20260302_090000");
    }
  }
}

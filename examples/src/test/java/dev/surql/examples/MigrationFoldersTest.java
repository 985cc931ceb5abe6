package dev.surql.examples;

import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.core.verify.ReversibilityStatus.IRREVERSIBLE;
import static dev.surql.core.verify.ReversibilityStatus.NOT_REVERSIBLE;
import static dev.surql.core.verify.ReversibilityStatus.REVERSIBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.core.SurqlTest;
import dev.surql.core.migration.ScanOptions;
import dev.surql.core.verify.MigrationVerdict;
import dev.surql.core.verify.VerificationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The programmatic route: load a migration history and verify it without
 * {@code @SurqlMigrationTest}, here once per folder under {@code src/main/resources/db} (one
 * history per service, tenant or product line), through the entry point {@link SurqlTest}. The same
 * calls serve any runner or tool.
 */
class MigrationFoldersTest {

  static Stream<Path> histories() throws IOException {
    try (Stream<Path> folders = Files.list(Path.of("src/main/resources/db"))) {
      return folders.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("histories")
  void everyHistoryIsReversibleAndHonestAboutItsRollbacks(Path folder) {
    VerificationReport report = verify(folder);

    assertThat(report.verdicts()).isNotEmpty();
    for (MigrationVerdict verdict : report.verdicts()) {
      assertThat(verdict).hasStatusIn(REVERSIBLE, IRREVERSIBLE).isNotRiskierThanDeclared();
    }
  }

  /** Load (skipping archived copies), verify on the shared engine, return the report. */
  static VerificationReport verify(Path folder) {
    try (SurqlTest surql =
        SurqlTest.configure()
            .migrations(folder)
            .scanOptions(ScanOptions.defaults().withExclude("archive"))
            .load()) {
      return surql.verify();
    }
  }

  @Test
  void the_same_code_catches_the_broken_history() {
    VerificationReport report = verify(Path.of("src/test/resources/db/broken-migrations"));

    assertThat(report.verdict("20260202_100000").orElseThrow()).hasStatus(NOT_REVERSIBLE);
    assertThatThrownBy(
            () -> report.verdicts().forEach(v -> assertThat(v).isNotRiskierThanDeclared()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Expecting the down of migration 20260203_100000 not to be riskier than declared");
  }

  @Test
  void the_histories_are_found() throws IOException {
    assertThat(histories())
        .containsExactly(
            Path.of("src/main/resources/db/forward-safety"),
            Path.of("src/main/resources/db/migrations"));
  }
}

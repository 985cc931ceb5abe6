package dev.surql.junit5;

import dev.surql.core.verify.CheckResult;
import dev.surql.core.verify.MigrationCheck;
import dev.surql.core.verify.MigrationChecks;
import dev.surql.core.verify.VerificationReport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The built-in migration checks as tests, with zero code: extend it and point {@link
 * SurqlMigrationTest} at your migrations.
 *
 * <pre>{@code
 * @SurqlMigrationTest(migrations = "classpath:db/migrations")
 * class ShopMigrationsTest extends SurqlMigrationChecks {}
 * }</pre>
 *
 * <p>The checks: all migrations apply from empty; every migration is reversible (one dynamic test
 * per migration); re-applying after down gives the same checksum; each declared {@code @rollback}
 * safety matches the analysis; no up does more to existing data than its declared {@code @forward}
 * level; on seed data ({@link SurqlSeed}), the records a forward finding predicts to fail their
 * next write really fail it; the test database's history has no checksum drift; the version graph
 * has a single head; and, with {@code @SurqlMigrationTest(upgradeTo = "3.0")}, every migration
 * applies on that release line as on the class's (one dynamic test per migration). A failing check
 * lists every problem it found, one per line.
 */
@SurqlMigrationTest
public abstract class SurqlMigrationChecks {

  /** For subclasses. */
  protected SurqlMigrationChecks() {}

  @Test
  @DisplayName("all migrations apply from empty")
  void allMigrationsApply(SurqlMigrations migrations) {
    assertPassed(migrations.verify(), MigrationCheck.ALL_MIGRATIONS_APPLY);
  }

  @TestFactory
  @DisplayName("every migration is reversible")
  Stream<DynamicTest> everyMigrationIsReversible(SurqlMigrations migrations) {
    return migrations.reversibilityTests();
  }

  @TestFactory
  @DisplayName("every migration applies on the upgrade target")
  Stream<DynamicTest> everyMigrationAppliesOnUpgradeTarget(SurqlMigrations migrations) {
    return migrations.upgradeTests();
  }

  @Test
  @DisplayName("re-applying after down gives the same checksum")
  void reapplyGivesSameChecksum(SurqlMigrations migrations) {
    assertPassed(migrations.verify(), MigrationCheck.REAPPLY_SAME_CHECKSUM);
  }

  @Test
  @DisplayName("declared rollback safety matches the analysis")
  void declaredSafetyMatches(SurqlMigrations migrations) {
    assertPassed(migrations.verify(), MigrationCheck.DECLARED_SAFETY_MATCHES);
  }

  @Test
  @DisplayName("no forward finding above the declared @forward level")
  void forwardSafetyMatches(SurqlMigrations migrations) {
    assertPassed(migrations.verify(), MigrationCheck.FORWARD_SAFETY_MATCHES);
  }

  @Test
  @DisplayName("forward findings are confirmed by the engine on seed data")
  void forwardPredictionsConfirmed(SurqlMigrations migrations) {
    assertPassed(migrations.verify(), MigrationCheck.FORWARD_PREDICTIONS_CONFIRMED);
  }

  @Test
  @DisplayName("no checksum drift against the database history")
  void noChecksumDrift(SurqlMigrations migrations) {
    assertPassed(MigrationChecks.noChecksumDrift(migrations.client(), migrations.migrations()));
  }

  @Test
  @DisplayName("the version graph has a single head")
  void singleHead(SurqlMigrations migrations) {
    assertPassed(migrations.verify(), MigrationCheck.SINGLE_HEAD);
  }

  private static void assertPassed(VerificationReport report, MigrationCheck check) {
    assertPassed(
        report
            .check(check)
            .orElseThrow(
                () ->
                    new AssertionError(
                        "The verification run did not evaluate the check: " + check.title())));
  }

  private static void assertPassed(CheckResult result) {
    if (!result.passed()) {
      Assertions.fail(String.join(System.lineSeparator(), result.failures()));
    }
  }
}

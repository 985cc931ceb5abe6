package dev.surql.junit5;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.migration.MigrateResult;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.rollback.RollbackOptions;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackPlanner;
import dev.surql.core.rollback.RollbackResult;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.MigrationVerdict;
import dev.surql.core.verify.TimelineRecorder;
import dev.surql.core.verify.VerificationReport;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Drives the migrations of one test scope's database from a test: apply up to a version, roll back
 * to one, take snapshots, and run the reversibility round trips. Inject it into a test or lifecycle
 * method of a {@link SurqlMigrationTest} class.
 *
 * <pre>{@code
 * @Test
 * void loyaltyRollsBack(SurqlMigrations migrations) {
 *   migrations.rollbackTo("20260107_090000");
 *   assertThat(migrations.snapshot().schema().tables()).doesNotContainKey("loyalty");
 * }
 * }</pre>
 */
public final class SurqlMigrations {
  private final SuiteState suite;
  private final MigrationScope scope;

  SurqlMigrations(SuiteState suite, MigrationScope scope) {
    this.suite = suite;
    this.scope = scope;
  }

  /** Applies every pending migration (no seed data runs). */
  public MigrateResult migrate() {
    return scope.surql().migrate();
  }

  /**
   * Applies the pending migrations up to and including {@code version} (no seed data runs).
   *
   * @throws dev.surql.core.SurqlException naming the known versions if {@code version} is unknown
   */
  public MigrateResult migrateTo(String version) {
    Objects.requireNonNull(version, "version");
    return scope.surql().migrate(version);
  }

  /**
   * Rolls back every applied migration newer than {@code version}, newest first, with the rollback
   * planner and executor (forced: a test accepts data loss), each down in its own transaction;
   * {@code version} itself stays applied.
   *
   * @throws dev.surql.core.SurqlException naming the known versions if {@code version} is unknown,
   *     if {@code version} is not applied, or if a down fails (the message says which and why; the
   *     failing migration stays applied)
   */
  public RollbackResult rollbackTo(String version) {
    Objects.requireNonNull(version, "version");
    suite.migrations().get(version);
    return rollback(version);
  }

  /** Rolls back every applied migration, newest first. See {@link #rollbackTo(String)}. */
  public RollbackResult rollbackAll() {
    if (scope.surql().applied().isEmpty()) {
      SchemaSnapshot now = snapshot();
      return RollbackResult.builder()
          .success(true)
          .duration(Duration.ZERO)
          .before(now)
          .after(now)
          .build();
    }
    return rollback(RollbackPlanner.NOTHING);
  }

  /**
   * What rolling back to {@code target} would do, with the data at stake counted in this scope's
   * database; executes nothing. {@code target} {@value RollbackPlanner#NOTHING} plans rolling back
   * everything.
   *
   * @throws dev.surql.core.SurqlException if nothing is applied or {@code target} is not applied
   */
  public RollbackPlan planRollback(String target) {
    Objects.requireNonNull(target, "target");
    return scope.surql().planRollback(target);
  }

  private RollbackResult rollback(String target) {
    // the scope's timeline recorder hears each down: it is the entry point's listener
    RollbackResult result =
        scope.surql().rollback(target, RollbackOptions.defaults().withForce(true));
    if (!result.success()) {
      throw new SurqlException(
          ErrorCode.ROLLBACK_FAILED,
          "Rolling back "
              + scope.database().database()
              + " to "
              + target
              + " failed:"
              + System.lineSeparator()
              + String.join(System.lineSeparator(), result.errors()));
    }
    return result;
  }

  /** The versions applied to this scope's database, oldest first. */
  public List<String> appliedVersions() {
    return scope.surql().applied().stream().map(AppliedMigration::version).toList();
  }

  /** A snapshot of the database's schema now, named after the latest applied version. */
  public SchemaSnapshot snapshot() {
    return scope.surql().snapshot();
  }

  /**
   * The timeline of this scope's database: a snapshot before the first and after every migration
   * applied so far, including those applied by {@link #migrateTo(String)}.
   *
   * @throws IllegalStateException if the class disabled snapshots ({@code snapshots = false})
   */
  public MigrationTimeline timeline() {
    return scope
        .recorder()
        .map(TimelineRecorder::timeline)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No timeline: "
                        + suite.testClass().getName()
                        + " sets @SurqlMigrationTest(snapshots = false). Remove"
                        + " snapshots = false to record a snapshot before and after every migration."));
  }

  /** The migrations of the test class. */
  public MigrationSet migrations() {
    return suite.migrations();
  }

  /** A client bound to this scope's database. */
  public SurqlClient client() {
    return scope.database().client();
  }

  /** This scope's database. */
  public SurqlDatabase database() {
    return scope.database();
  }

  /**
   * Runs the reversibility round trip of every migration (up, down, up again, with the class's seed
   * data) on fresh databases, and the built-in checks. Runs once per test class; later calls return
   * the same report.
   */
  public VerificationReport verify() {
    return suite.verify();
  }

  /**
   * One verdict per migration, in order: its reversibility round trip joined with the analysed and
   * declared rollback safety of its down. Runs {@link #verify()} (once per class).
   */
  public List<MigrationVerdict> verdicts() {
    return verify().verdicts();
  }

  /**
   * The verdict on one migration. See {@link #verdicts()}.
   *
   * @throws dev.surql.core.SurqlException naming the known versions if {@code version} is unknown
   */
  public MigrationVerdict verdict(String version) {
    Objects.requireNonNull(version, "version");
    suite.migrations().get(version);
    return verify()
        .verdict(version)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The verification run of "
                        + suite.testClass().getName()
                        + " has no verdict on "
                        + version));
  }

  /**
   * One dynamic test per migration, named after it ({@code 20260101_090000 create customer}):
   * passes when its down restores the schema it started from and re-applying it gives the same
   * schema; fails with the structural difference and the seeded data the down destroyed; is aborted
   * (skipped) for a migration without a down section. The round trips run on the first test.
   */
  public Stream<DynamicTest> reversibilityTests() {
    return ReversibilityTests.of(suite);
  }

  /**
   * The upgrade check from this class's release line to {@code @SurqlMigrationTest(upgradeTo = …)}:
   * the history applied on both lines, per migration. Runs once per class and line.
   *
   * @throws IllegalStateException if the annotation names no other line in {@code upgradeTo}
   */
  public UpgradeReport upgradeCheck() {
    return suite
        .upgradeCheck()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No upgrade check: "
                        + suite.testClass().getName()
                        + " names no other release line in @SurqlMigrationTest(upgradeTo = …); set"
                        + " upgradeTo = \"3.0\" (say) to check an upgrade to that line."));
  }

  /**
   * One dynamic test per migration, named {@code 20250101_090000 create user applies on 3.0}:
   * passes when the migration applies on the {@code upgradeTo} line as on the class's line; fails
   * with each breaking statement's file:line, the server's message and the replacement. No tests
   * when {@code upgradeTo} is empty or the class's own line.
   */
  public Stream<DynamicTest> upgradeTests() {
    return UpgradeTests.of(suite);
  }

  @Override
  public String toString() {
    return "SurqlMigrations[" + suite.migrations().location() + " on " + scope.database() + "]";
  }
}

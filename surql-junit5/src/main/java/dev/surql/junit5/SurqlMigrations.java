package dev.surql.junit5;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.migration.MigrateResult;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.MigrationVersions;
import dev.surql.core.rollback.RollbackResult;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.Snapshots;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.TimelineRecorder;
import dev.surql.core.verify.VerificationReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    return scope.migrator().migrate();
  }

  /**
   * Applies the pending migrations up to and including {@code version} (no seed data runs).
   *
   * @throws dev.surql.core.SurqlException naming the known versions if {@code version} is unknown
   */
  public MigrateResult migrateTo(String version) {
    Objects.requireNonNull(version, "version");
    return scope.migrator().migrate(version);
  }

  /**
   * Rolls back every applied migration newer than {@code version}, newest first, running each one's
   * down in its own transaction; {@code version} itself stays applied.
   *
   * @throws dev.surql.core.SurqlException naming the known versions if {@code version} is unknown,
   *     or if a migration to undo is irreversible or its down fails (the failing one stays applied)
   */
  public RollbackResult rollbackTo(String version) {
    Objects.requireNonNull(version, "version");
    suite.migrations().get(version);
    return rollback(Optional.of(version));
  }

  /** Rolls back every applied migration, newest first. See {@link #rollbackTo(String)}. */
  public RollbackResult rollbackAll() {
    return rollback(Optional.empty());
  }

  private RollbackResult rollback(Optional<String> target) {
    long started = System.nanoTime();
    SchemaSnapshot before = snapshot();
    List<AppliedMigration> applied = new ArrayList<>(scope.migrator().history().applied());
    applied.sort((a, b) -> MigrationVersions.compare(b.version(), a.version()));
    List<String> done = new ArrayList<>();
    for (AppliedMigration migration : applied) {
      if (target.isPresent() && MigrationVersions.compare(migration.version(), target.get()) <= 0) {
        break;
      }
      scope.migrator().down(migration.version());
      done.add(migration.version());
    }
    return new RollbackResult(true, false, done, Duration.ofNanos(System.nanoTime() - started), List.of(),
        Optional.of(before), Optional.of(snapshot()));
  }

  /** The versions applied to this scope's database, oldest first. */
  public List<String> appliedVersions() {
    return scope.migrator().history().applied().stream().map(AppliedMigration::version).toList();
  }

  /** A snapshot of the database's schema now, named after the latest applied version. */
  public SchemaSnapshot snapshot() {
    List<AppliedMigration> applied = scope.migrator().history().applied();
    String version = applied.isEmpty() ? "initial" : applied.get(applied.size() - 1).version();
    return Snapshots.createSnapshot(client(), version, applied.size());
  }

  /**
   * The timeline of this scope's database: a snapshot before the first and after every migration
   * applied so far, including those applied by {@link #migrateTo(String)}.
   *
   * @throws IllegalStateException if the class disabled snapshots ({@code snapshots = false})
   */
  public MigrationTimeline timeline() {
    return scope.recorder().map(TimelineRecorder::timeline).orElseThrow(() -> new IllegalStateException(
        "No timeline: " + suite.testClass().getName() + " sets @SurqlMigrationTest(snapshots = false). Remove"
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
   * One dynamic test per migration, named after it ({@code 20260101_090000 create customer}): passes
   * when its down restores the schema it started from and re-applying it gives the same schema;
   * fails with the structural difference and the seeded data the down destroyed; is aborted
   * (skipped) for a migration without a down section. The round trips run on the first test.
   */
  public Stream<DynamicTest> reversibilityTests() {
    return ReversibilityTests.of(suite);
  }

  @Override
  public String toString() {
    return "SurqlMigrations[" + suite.migrations().location() + " on " + scope.database() + "]";
  }
}

package dev.surql.junit5;

import dev.surql.core.SurqlTest;
import dev.surql.core.SurqlTestConfiguration;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.internal.migration.Seeding;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.Migrator;
import dev.surql.core.snapshot.Snapshots;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.TimelineRecorder;
import java.util.List;
import java.util.Optional;

/**
 * One test scope's database (a class's, or a method's under {@link Isolation#PER_METHOD}): created,
 * seeded and migrated when opened, removed when JUnit closes the store that holds it.
 */
final class MigrationScope implements AutoCloseable {
  private final SurqlDatabase database;
  private final SurqlTest surql;
  private final Optional<TimelineRecorder> recorder;
  private final MigrationTimeline setupTimeline;
  private final SurqlMigrations runner;

  private MigrationScope(SuiteState suite, SurqlDatabase database) {
    this.database = database;
    this.recorder =
        suite.snapshots()
            ? Optional.of(new TimelineRecorder(database.client(), 0))
            : Optional.empty();
    SurqlTestConfiguration configuration =
        SurqlTest.configure().migrations(suite.migrations()).database(database);
    recorder.ifPresent(configuration::listener);
    this.surql = configuration.load();
    // setting up applies each migration to a fresh database in order, with its seed data before it:
    // no need to
    // re-read the history every time, as migrate() does
    Migrator plain = new Migrator(database.client(), suite.migrations());
    Migrator migrator = recorder.map(plain::withListener).orElse(plain);
    List<Migration> toApply =
        suite.target().map(suite.migrations()::upTo).orElse(suite.migrations().migrations());
    for (Migration migration : toApply) {
      seed(suite, migration);
      migrator.apply(migration);
    }
    this.setupTimeline =
        recorder
            .map(TimelineRecorder::timeline)
            .orElseGet(
                () ->
                    new MigrationTimeline(
                        Snapshots.createSnapshot(
                            database.client(),
                            toApply.isEmpty()
                                ? "initial"
                                : toApply.get(toApply.size() - 1).version(),
                            toApply.size()),
                        List.of()));
    this.runner = new SurqlMigrations(suite, this);
  }

  static MigrationScope open(SuiteState suite, String name) {
    SurqlDatabase database = SurqlDatabase.create(suite.engine(), "junit_" + name);
    try {
      return new MigrationScope(suite, database);
    } catch (RuntimeException | Error e) {
      database.close();
      throw e;
    }
  }

  private void seed(SuiteState suite, Migration migration) {
    Seeding.before(
        migration,
        suite.seeds(),
        database.client(),
        e ->
            "@SurqlSeed(before = \""
                + migration.version()
                + "\") on "
                + suite.testClass().getName()
                + " failed: "
                + e.getMessage()
                + System.lineSeparator()
                + "Fix the seed statements; they run right before "
                + migration.displayName()
                + " is applied.");
  }

  SurqlDatabase database() {
    return database;
  }

  /** The entry point on this scope's database, its listener the scope's timeline recorder. */
  SurqlTest surql() {
    return surql;
  }

  Optional<TimelineRecorder> recorder() {
    return recorder;
  }

  /** The timeline recorded while the extension applied the migrations (before any test ran). */
  MigrationTimeline setupTimeline() {
    return setupTimeline;
  }

  SurqlMigrations runner() {
    return runner;
  }

  @Override
  public void close() {
    surql.close();
    database.close();
  }
}

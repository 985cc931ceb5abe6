package dev.surql.core.verify;

import dev.surql.core.SurqlException;
import dev.surql.core.client.StatementResult;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.forward.ForwardAnalyzer;
import dev.surql.core.forward.ForwardIssue;
import dev.surql.core.forward.ForwardSettings;
import dev.surql.core.internal.analysis.NextWrites;
import dev.surql.core.internal.migration.MigrationSteps;
import dev.surql.core.internal.migration.Seeding;
import dev.surql.core.internal.snapshot.SchemaCapture;
import dev.surql.core.migration.ExecutedMigration;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationFailedException;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import dev.surql.core.migration.Statement;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.SourceLocation;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.Snapshots;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies a migration set on a fresh database: for every migration, from the current schema S0,
 * apply up (S1), run down (S2), apply up again (S3); reversible when S2 equals S0 and S3 equals S1.
 *
 * <p>The walk goes forward on one database: the checked state S3 of migration i is the starting
 * state S0 of migration i+1, so N migrations cost O(N) round trips. Only after a failure (a down or
 * re-apply that fails, or an S3 that differs from S1) is the database rebuilt from empty. Seed data
 * runs before the versions it names, so downs meet real records and destroyed data is counted.
 *
 * <p>Each step (up, down, up) is one request: the migration's transaction with its history row,
 * followed by the reads of the snapshot that comes after it, {@code INFO FOR DB} and the {@code
 * INFO FOR TABLE} of the tables the migration names after {@code TABLE} or {@code ON}. Snapshots
 * re-read only the tables the migration's statements name (and any table that appeared, disappeared
 * or was redefined, which {@code INFO FOR DB} shows); the others are carried over from the previous
 * snapshot, so a round trip costs the same whatever the number of tables the earlier migrations
 * left. A table the step's reads missed (one a {@code CREATE} defined implicitly, say) costs one
 * more request. A migration that calls a custom function is snapshotted in full, and one that runs
 * statement by statement ({@code -- @transaction: none}) reads its snapshot in requests of its own.
 *
 * <p>The same walk yields the {@link MigrationTimeline} (S0 → S1 of every migration) and the
 * built-in {@link MigrationCheck}s, so one run answers everything {@code surql migrate verify} and
 * the JUnit extension report.
 */
public final class MigrationVerifier {
  /** How the error of a migration that the walk did not reach starts; the reason follows. */
  static final String NOT_ATTEMPTED = "not attempted: ";

  private final SurrealEngine engine;
  private final MigrationSet migrations;
  private final SeedData seedData;
  private final String databasePrefix;
  private final ForwardSettings forwardSettings;

  private MigrationVerifier(
      SurrealEngine engine,
      MigrationSet migrations,
      SeedData seedData,
      String databasePrefix,
      ForwardSettings forwardSettings) {
    this.engine = Objects.requireNonNull(engine, "engine");
    this.migrations = Objects.requireNonNull(migrations, "migrations");
    this.seedData = Objects.requireNonNull(seedData, "seedData");
    this.databasePrefix = Objects.requireNonNull(databasePrefix, "databasePrefix");
    this.forwardSettings = Objects.requireNonNull(forwardSettings, "forwardSettings");
  }

  /**
   * A verifier for a migration set on an engine; every run uses fresh databases that it removes
   * afterwards.
   */
  public static MigrationVerifier of(SurrealEngine engine, MigrationSet migrations) {
    return new MigrationVerifier(
        engine, migrations, SeedData.none(), "surql_verify", ForwardSettings.fromEnvironment());
  }

  public MigrationVerifier withSeedData(SeedData seedData) {
    return new MigrationVerifier(engine, migrations, seedData, databasePrefix, forwardSettings);
  }

  public MigrationVerifier withDatabasePrefix(String databasePrefix) {
    return new MigrationVerifier(engine, migrations, seedData, databasePrefix, forwardSettings);
  }

  /** This verifier with other thresholds for the forward analysis. */
  public MigrationVerifier withForwardSettings(ForwardSettings forwardSettings) {
    return new MigrationVerifier(engine, migrations, seedData, databasePrefix, forwardSettings);
  }

  /** Runs the round trip for every migration and the built-in checks. */
  public VerificationReport verify() {
    long started = System.nanoTime();
    Walk walk = new Walk();
    try {
      walk.run();
    } finally {
      walk.close();
    }
    MigrationTimeline timeline = new MigrationTimeline(walk.initial, walk.steps);
    List<CheckResult> checks =
        MigrationChecks.evaluate(
            migrations,
            timeline,
            walk.results,
            MigrationChecks.forwardPredictions(walk.forwardFailures, walk.forwardNotes));
    return VerificationReport.builder()
        .location(migrations.location())
        .serverVersion(engine.serverVersion())
        .timeline(timeline)
        .results(walk.results)
        .checks(checks)
        .duration(Duration.ofNanos(System.nanoTime() - started))
        .build();
  }

  /** The state of one forward walk. */
  private final class Walk implements AutoCloseable {
    final List<ReversibilityResult> results = new ArrayList<>();
    final List<TimelineStep> steps = new ArrayList<>();
    final List<String> forwardFailures = new ArrayList<>();
    final List<String> forwardNotes = new ArrayList<>();
    SchemaSnapshot initial;
    SurqlDatabase database;
    Migrator migrator;
    SchemaSnapshot current;
    int applied;

    void run() {
      open();
      initial = current;
      Optional<String> blocked = Optional.empty();
      for (Migration migration : migrations.migrations()) {
        if (blocked.isPresent()) {
          results.add(
              failed(
                  migration,
                  NOT_ATTEMPTED + blocked.get(),
                  Optional.empty(),
                  Optional.empty(),
                  Duration.ZERO));
          continue;
        }
        blocked = roundTrip(migration);
      }
    }

    /** Returns a reason if later migrations cannot be attempted. */
    private Optional<String> roundTrip(Migration migration) {
      long started = System.nanoTime();
      seed(migration);
      SchemaSnapshot s0 = current;
      boolean mayWrite = UpEffect.mayWriteData(migration);
      Optional<String> dataBefore =
          !migration.noOp() && mayWrite && !UpEffect.changesSchema(migration)
              ? Optional.of(UpEffect.dataDigest(database.client(), s0.schema()))
              : Optional.empty();
      List<ForwardIssue> forward =
          seedData.isEmpty()
              ? ForwardAnalyzer.analyzeStatic(migration, s0.schema())
              : ForwardAnalyzer.analyze(migration, database.client(), s0.schema(), forwardSettings);
      Optional<Set<String>> named = TablesNamed.by(migration);
      List<String> prefetch = named.isPresent() ? TablesNamed.likelyTables(migration) : List.of();
      MigrationSteps.Step upStep;
      try {
        upStep = upThenRead(migration, prefetch);
      } catch (SurqlException e) {
        results.add(
            failed(
                    migration,
                    "up failed: " + e.getMessage(),
                    Optional.of(s0),
                    Optional.empty(),
                    elapsed(started))
                .toBuilder()
                .failedStatement(failedStatement(e))
                .build());
        return Optional.of("migration " + migration.version() + " failed to apply");
      }
      SchemaSnapshot s1 = snapshot(migration.version(), s0, named, prefetch, upStep.reads());
      List<RollbackIssue> issues = SafetyAnalysis.staticIssues(migration, s1.schema());
      RollbackSafety analysed = SafetyAnalysis.overall(issues);
      SnapshotDiff upDiff = Snapshots.compareSnapshots(s0, s1);
      confirm(forward);
      steps.add(
          TimelineStep.builder()
              .migration(migration)
              .before(s0)
              .after(s1)
              .diff(upDiff)
              .duration(upStep.executed().duration())
              .analysedSafety(analysed)
              .declaredSafety(migration.declaredSafety())
              .issues(issues)
              .forwardIssues(forward)
              .build());
      current = s1;
      List<Finding> notes = notes(migration, upDiff, mayWrite, dataBefore, s1);
      if (!migration.reversible()) {
        results.add(
            ReversibilityResult.builder()
                .migration(migration)
                .status(ReversibilityStatus.IRREVERSIBLE)
                .s0(s0)
                .s1(s1)
                .error(
                    "no down section: the migration is declared irreversible, so its round trip is skipped")
                .duration(elapsed(started))
                .notes(notes)
                .build());
        return Optional.empty();
      }

      Optional<DataCounts> before =
          seedData.isEmpty()
              ? Optional.empty()
              : Optional.of(DataCounts.count(database.client(), s1.schema()));
      MigrationSteps.Step downStep;
      try {
        downStep = MigrationSteps.revert(migrator, migration, SchemaCapture.reads(prefetch));
        applied--;
      } catch (SurqlException e) {
        results.add(
            failed(
                    migration,
                    "down failed: " + e.getMessage(),
                    Optional.of(s0),
                    Optional.of(s1),
                    elapsed(started))
                .toBuilder()
                .failedStatement(failedStatement(e))
                .build());
        // a down in one transaction left the database at S1 with its history row; one run statement
        // by
        // statement (-- @transaction: none) may have stopped part way: rebuild the database up to
        // this migration
        return migration.transactional() ? Optional.empty() : rebuildUpTo(migration);
      }
      SchemaSnapshot s2 =
          snapshot(migration.version() + "-down", s1, named, prefetch, downStep.reads());
      List<DataLoss> losses =
          before
              .map(b -> b.lossesComparedTo(DataCounts.count(database.client(), s1.schema())))
              .orElse(List.of());
      SnapshotDiff downDiff = Snapshots.compareSnapshots(s0, s2);

      Optional<SchemaSnapshot> s3 = Optional.empty();
      Optional<SnapshotDiff> reapplyDiff = Optional.empty();
      Optional<String> error = Optional.empty();
      Optional<Statement> failedAt = Optional.empty();
      try {
        MigrationSteps.Step reapplied = upThenRead(migration, prefetch);
        s3 = Optional.of(snapshot(migration.version(), s2, named, prefetch, reapplied.reads()));
        reapplyDiff = Optional.of(Snapshots.compareSnapshots(s1, s3.get()));
      } catch (SurqlException e) {
        error = Optional.of("re-applying up after down failed: " + e.getMessage());
        failedAt = failedStatement(e);
      }
      ReversibilityStatus status;
      if (!downDiff.isEmpty()) {
        status = ReversibilityStatus.NOT_REVERSIBLE;
      } else if (s3.isEmpty()) {
        status = ReversibilityStatus.FAILED;
      } else {
        status =
            reapplyDiff.get().isEmpty()
                ? ReversibilityStatus.REVERSIBLE
                : ReversibilityStatus.REAPPLY_DIFFERS;
      }
      results.add(
          ReversibilityResult.builder()
              .migration(migration)
              .status(status)
              .s0(s0)
              .s1(s1)
              .s2(s2)
              .s3(s3)
              .downDiff(downDiff)
              .reapplyDiff(reapplyDiff)
              .dataLoss(losses)
              .error(error)
              .failedStatement(failedAt)
              .duration(elapsed(started))
              .notes(notes)
              .build());

      if (s3.isPresent() && reapplyDiff.get().isEmpty()) {
        current = s3.get();
        return Optional.empty();
      }
      // the database left the path a correct set would take: rebuild it from empty up to this
      // migration
      return rebuildUpTo(migration);
    }

    /**
     * A no-op up, an up that changed neither the schema nor any data (certain only when the up
     * cannot write, or when the data of a data-only up was compared), and a no-op down.
     */
    private List<Finding> notes(
        Migration migration,
        SnapshotDiff upDiff,
        boolean mayWrite,
        Optional<String> dataBefore,
        SchemaSnapshot s1) {
      List<Finding> notes = new ArrayList<>();
      String version = migration.version();
      SourceLocation file = SourceLocation.of(migration.source(), 0);
      if (migration.noOp()) {
        notes.add(
            Finding.of(
                    Rule.NO_OP_UP,
                    version,
                    "the up holds only comments: a placeholder, recorded in the"
                        + " history as applied; it changes nothing")
                .withLocation(file));
      } else if (upDiff.isEmpty()
          && (!mayWrite
              || dataBefore.isPresent()
                  && dataBefore
                      .get()
                      .equals(UpEffect.dataDigest(database.client(), s1.schema())))) {
        notes.add(
            Finding.of(
                    Rule.UP_CHANGED_NOTHING,
                    version,
                    "up changed nothing: neither the schema nor any data"
                        + " of the database it ran in changed")
                .withLocation(SourceLocation.of(migration.source(), migration.up().get(0).line()))
                .withHint(
                    "check that its statements act on this database (a definition that already exists, a"
                        + " write that matches no record, a statement that runs elsewhere); if it is a placeholder, leave"
                        + " only comments in its up section"));
      }
      if (migration.noOpDown()) {
        notes.add(
            Finding.of(
                    Rule.NO_OP_DOWN,
                    version,
                    "the down section holds only comments: a no-op down, judged"
                        + " like any down (it restores the schema only where the up changed none)")
                .withLocation(file));
      }
      return List.copyOf(notes);
    }

    /**
     * Re-writes the records each forward issue predicts to fail their next write, in cancelled
     * transactions, and records whether the engine refused exactly those.
     */
    private void confirm(List<ForwardIssue> forward) {
      for (ForwardIssue issue : forward) {
        if (!issue.predictsFailedWrites() || issue.sampleRecords().isEmpty()) {
          continue;
        }
        NextWrites.Outcome outcome = NextWrites.rewrite(database.client(), issue.sampleRecords());
        String what =
            issue.version()
                + ": "
                + issue.rule().label()
                + " at "
                + issue.source()
                + ":"
                + issue.line()
                + " predicted "
                + issue.affectedData().orElse("failed writes");
        if (outcome.refused() == outcome.attempted()) {
          forwardNotes.add(
              what
                  + "; confirmed: the engine refused the next write of all "
                  + outcome.attempted()
                  + " re-written ("
                  + outcome.messages().get(0)
                  + ")");
        } else {
          forwardFailures.add(
              what
                  + ", but the engine refused only "
                  + outcome.refused()
                  + " of the "
                  + outcome.attempted()
                  + " records re-written after the up. This is a surql-test analysis error: "
                  + "please report it with the migration and the seed data");
        }
      }
    }

    private Optional<String> rebuildUpTo(Migration last) {
      close();
      open();
      for (Migration migration : migrations.migrations()) {
        seed(migration);
        try {
          up(migration);
        } catch (SurqlException e) {
          return Optional.of(
              "rebuilding the database up to "
                  + last.version()
                  + " failed at "
                  + migration.version()
                  + ": "
                  + e.getMessage());
        }
        if (migration.version().equals(last.version())) {
          break;
        }
      }
      current = snapshot(last.version());
      return Optional.empty();
    }

    /**
     * Applies the next migration of the walk. The walk owns the database and knows which migration
     * comes next, so it skips the history read of {@code Migrator.migrate}: one request per step.
     */
    private Duration up(Migration migration) {
      ExecutedMigration done = migrator.apply(migration);
      applied++;
      return done.duration();
    }

    /**
     * {@link #up}, with the reads of a snapshot of {@code tables} in the same request (see {@link
     * #snapshot(String, SchemaSnapshot, Optional, List, Optional)}).
     */
    private MigrationSteps.Step upThenRead(Migration migration, List<String> tables) {
      MigrationSteps.Step step =
          MigrationSteps.apply(migrator, migration, SchemaCapture.reads(tables));
      applied++;
      return step;
    }

    private void seed(Migration migration) {
      if (Seeding.before(
          migration,
          seedData,
          database.client(),
          e -> "Seed data before " + migration.version() + " failed: " + e.getMessage())) {
        current = snapshot("seed-" + migration.version());
      }
    }

    private SchemaSnapshot snapshot(String version) {
      return Snapshots.createSnapshot(database.client(), version, applied);
    }

    /**
     * A snapshot after statements that name only {@code named} (all tables are re-read when
     * unknown).
     */
    private SchemaSnapshot snapshot(
        String version, SchemaSnapshot previous, Optional<Set<String>> named) {
      return named.isPresent()
          ? Snapshots.createSnapshot(
              database.client(), version, applied, previous.schema(), named.get())
          : snapshot(version);
    }

    /**
     * A snapshot after a step whose request also read {@code INFO FOR DB} and the {@code INFO FOR
     * TABLE} of {@code prefetched} ({@code reads}: their results, empty when the step ran without
     * them): only tables the step's reads missed cost a request of their own.
     */
    private SchemaSnapshot snapshot(
        String version,
        SchemaSnapshot previous,
        Optional<Set<String>> named,
        List<String> prefetched,
        Optional<List<StatementResult>> reads) {
      if (reads.isEmpty()) {
        return snapshot(version, previous, named);
      }
      SurqlClient client = database.client();
      DatabaseSchema schema =
          SchemaCapture.capture(
              client,
              named.isPresent() ? Optional.of(previous.schema()) : Optional.empty(),
              named.orElse(Set.of()),
              Optional.of(SchemaCapture.Prefetched.of(prefetched, reads.get())));
      return SchemaSnapshot.of(
          version, Instant.now(), SchemaCapture.serverVersion(client), applied, schema);
    }

    private void open() {
      database = SurqlDatabase.create(engine, databasePrefix);
      migrator = new Migrator(database.client(), migrations);
      applied = 0;
      current = snapshot("initial");
    }

    @Override
    public void close() {
      if (database != null) {
        database.close();
        database = null;
      }
    }
  }

  private static ReversibilityResult failed(
      Migration migration,
      String error,
      Optional<SchemaSnapshot> s0,
      Optional<SchemaSnapshot> s1,
      Duration duration) {
    return ReversibilityResult.builder()
        .migration(migration)
        .status(ReversibilityStatus.FAILED)
        .s0(s0)
        .s1(s1)
        .error(error)
        .duration(duration)
        .build();
  }

  /** The statement a failed migration names, if the server named one. */
  private static Optional<Statement> failedStatement(SurqlException e) {
    return e instanceof MigrationFailedException failed ? failed.statement() : Optional.empty();
  }

  private static Duration elapsed(long started) {
    return Duration.ofNanos(System.nanoTime() - started);
  }
}

package dev.surql.core.verify;

import dev.surql.core.forward.ForwardAnalyzer;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationEvent;
import dev.surql.core.migration.MigrationListener;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.Snapshots;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link MigrationListener} that records a {@link MigrationTimeline} while a {@code Migrator}
 * applies migrations: a snapshot before the first and after every migration (the snapshot after one
 * step is the snapshot before the next: one capture per migration), the diff, the duration, and the
 * static rollback safety of each down analysed against the schema it would run on, and the static
 * forward safety of each up against the schema before it.
 */
public final class TimelineRecorder implements MigrationListener {
  private final List<TimelineStep> steps = new ArrayList<>();
  private SchemaSnapshot initial;
  private SchemaSnapshot last;
  private int applied;

  /** Starts recording from the database's current state. */
  public TimelineRecorder(dev.surql.core.client.SurqlClient client, int alreadyApplied) {
    Objects.requireNonNull(client, "client");
    this.applied = alreadyApplied;
    this.initial = Snapshots.createSnapshot(client, "initial", alreadyApplied);
    this.last = initial;
  }

  @Override
  public synchronized void beforeMigrate(MigrationEvent event) {
    // the snapshot after the previous step is the state before this one
  }

  @Override
  public synchronized void afterMigrate(MigrationEvent event) {
    Migration migration = event.migration();
    applied++;
    SchemaSnapshot after = Snapshots.createSnapshot(event.client(), migration.version(), applied);
    List<RollbackIssue> issues = SafetyAnalysis.staticIssues(migration, after.schema());
    RollbackSafety analysed = SafetyAnalysis.overall(issues);
    steps.add(
        TimelineStep.builder()
            .migration(migration)
            .before(last)
            .after(after)
            .diff(Snapshots.compareSnapshots(last, after))
            .duration(event.duration().orElse(Duration.ZERO))
            .analysedSafety(analysed)
            .declaredSafety(migration.declaredSafety())
            .issues(issues)
            .forwardIssues(ForwardAnalyzer.analyzeStatic(migration, last.schema()))
            .build());
    last = after;
  }

  @Override
  public synchronized void afterRollback(MigrationEvent event) {
    applied = Math.max(0, applied - 1);
    last = Snapshots.createSnapshot(event.client(), "after-rollback-" + event.version(), applied);
  }

  /** The timeline recorded so far. */
  public synchronized MigrationTimeline timeline() {
    return new MigrationTimeline(initial, steps);
  }

  /** The latest snapshot taken. */
  public synchronized Optional<SchemaSnapshot> latest() {
    return Optional.ofNullable(last);
  }
}

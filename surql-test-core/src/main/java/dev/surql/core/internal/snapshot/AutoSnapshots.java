package dev.surql.core.internal.snapshot;

import dev.surql.core.SurqlException;
import dev.surql.core.internal.migration.MigrationHistory;
import dev.surql.core.migration.MigrationEvent;
import dev.surql.core.migration.MigrationListener;
import dev.surql.core.migration.Migrator;
import dev.surql.core.snapshot.SnapshotStore;
import dev.surql.core.snapshot.Snapshots;

/**
 * A {@link MigrationListener} that keeps a snapshot of the schema for every applied migration in
 * the database's {@link SnapshotStore}, the way {@code surql}'s auto-snapshots do:
 *
 * <ul>
 *   <li>before the first migration of a run, if the store holds no snapshot at all, a baseline of
 *       the schema as it was is stored under version {@value #BASELINE_VERSION} (which sorts before
 *       every migration version);
 *   <li>after each applied migration, a snapshot under the migration's version, whose {@code
 *       migrationCount} is the number of migrations in {@code _migration_history};
 *   <li>after a migration is rolled back, the snapshot under its version is deleted, since that
 *       schema no longer corresponds to an applied migration.
 * </ul>
 *
 * <p>Snapshots are stored with {@link SnapshotStore#store}, so an existing, different snapshot
 * under the same version is never overwritten: the listener throws and, as for any listener, the
 * {@link Migrator} stops after the migration it had applied. Each snapshot costs three requests
 * (history count and the two of {@link Snapshots#createSnapshot}) plus the store's write.
 *
 * <pre>{@code
 * new Migrator(client, migrations).withListener(new AutoSnapshots()).migrate();
 * }</pre>
 */
public final class AutoSnapshots implements MigrationListener {

  /** The version the baseline snapshot (the schema before the first migration) is stored under. */
  public static final String BASELINE_VERSION = "0";

  @Override
  public void beforeMigrate(MigrationEvent event) {
    if (event.completedCount() != 0) {
      return;
    }
    SnapshotStore store = new SnapshotStore(event.client());
    if (store.isEmpty()) {
      int applied = new MigrationHistory(event.client()).applied().size();
      store.store(Snapshots.createSnapshot(event.client(), BASELINE_VERSION, applied));
    }
  }

  /**
   * Stores the snapshot of the migration's version.
   *
   * @throws SurqlException if another snapshot is already stored under that version
   */
  @Override
  public void afterMigrate(MigrationEvent event) {
    int applied = new MigrationHistory(event.client()).applied().size();
    new SnapshotStore(event.client())
        .store(Snapshots.createSnapshot(event.client(), event.version(), applied));
  }

  @Override
  public void afterRollback(MigrationEvent event) {
    new SnapshotStore(event.client()).delete(event.version());
  }

  @Override
  public String toString() {
    return "AutoSnapshots";
  }
}

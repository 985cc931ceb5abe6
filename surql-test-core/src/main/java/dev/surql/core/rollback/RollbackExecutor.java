package dev.surql.core.rollback;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.migration.MigrationHistory;
import dev.surql.core.internal.text.Abbreviation;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationListener;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotStore;
import dev.surql.core.snapshot.Snapshots;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Executes a {@link RollbackPlan}. A plan that is not SAFE is refused unless the {@link
 * RollbackOptions} force it; a plan whose history changed since it was made is refused always. Each
 * migration's down and the removal of its {@code _migration_history} row run in one transaction
 * ({@link Migrator#down(String)}), newest first; the first failure stops the run, and because its
 * transaction was rolled back, history and schema still agree. Snapshots are taken before and after
 * and stored with {@link SnapshotStore} as {@code rollback_before_<from>_<millis>} and {@code
 * rollback_after_<to>_<millis>}; if the after snapshot cannot be stored, the rollback still counts
 * as done and the problem is listed in {@link RollbackResult#errors()}. A dry run executes nothing
 * and checks nothing: it returns the planned versions.
 */
public final class RollbackExecutor {

  private RollbackExecutor() {}

  /**
   * Executes the plan with {@link RollbackOptions#defaults()}: refused unless it is SAFE.
   *
   * @return what was rolled back; {@code success} is false if a down failed (the error says which
   *     and why)
   * @throws SurqlException ({@link ErrorCode#ROLLBACK_FAILED}) if the plan is not SAFE, or the
   *     history changed since the plan was made
   */
  public static RollbackResult executeRollback(SurqlClient client, RollbackPlan plan) {
    return executeRollback(client, plan, RollbackOptions.defaults());
  }

  /**
   * Executes the plan as the options say.
   *
   * @param options whether to accept a plan that is DATA_LOSS or UNSAFE ({@link
   *     RollbackOptions#withForce(boolean)}) and whether to execute nothing ({@link
   *     RollbackOptions#withDryRun(boolean)})
   * @return what was rolled back; {@code success} is false if a down failed (the error says which
   *     and why)
   * @throws SurqlException ({@link ErrorCode#ROLLBACK_FAILED}) if the plan needs force and the
   *     options do not give it, or the history changed since the plan was made
   */
  public static RollbackResult executeRollback(
      SurqlClient client, RollbackPlan plan, RollbackOptions options) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    boolean force = options.force();
    boolean dryRun = options.dryRun();
    String target = plan.toVersion().orElse("nothing applied (" + RollbackPlanner.NOTHING + ")");
    String where = client.settings().namespace() + "/" + client.settings().database();
    if (dryRun) {
      return RollbackResult.builder()
          .success(true)
          .dryRun(true)
          .rolledBackVersions(plan.versions())
          .duration(Duration.ZERO)
          .build();
    }
    if (plan.requiresApproval() && !force) {
      throw new SurqlException(
          ErrorCode.ROLLBACK_FAILED,
          "Refusing to roll back "
              + where
              + " from "
              + plan.fromVersion()
              + " to "
              + target
              + ": the plan is "
              + plan.overallSafety()
              + "."
              + System.lineSeparator()
              + RollbackPlanner.describe(
                  plan.issues().stream().filter(i -> i.safety() != RollbackSafety.SAFE).toList())
              + System.lineSeparator()
              + "Back up what is at stake, then execute the plan with force to accept the loss.");
    }
    long start = System.nanoTime();
    MigrationHistory history = new MigrationHistory(client);
    List<AppliedMigration> applied = history.applied();
    String fingerprint = MigrationHistory.fingerprint(applied);
    if (!fingerprint.equals(plan.historyFingerprint())) {
      throw new SurqlException(
          ErrorCode.ROLLBACK_FAILED,
          "Refusing to roll back "
              + where
              + " from "
              + plan.fromVersion()
              + " to "
              + target
              + ": "
              + MigrationHistory.TABLE
              + " changed since the plan was made"
              + " (planned against "
              + Abbreviation.abbreviate(plan.historyFingerprint(), 12)
              + ", now "
              + Abbreviation.abbreviate(fingerprint, 12)
              + "; latest applied now: "
              + (applied.isEmpty() ? "(none)" : applied.get(applied.size() - 1).version())
              + "). Create a new plan.");
    }
    long millis = System.currentTimeMillis();
    SnapshotStore store = new SnapshotStore(client);
    SchemaSnapshot before =
        store.store(
            Snapshots.createSnapshot(
                client, "rollback_before_" + plan.fromVersion() + "_" + millis, applied.size()));
    Migrator migrator =
        new Migrator(
            client,
            MigrationSet.of(
                "rollback plan " + plan.fromVersion() + " -> " + target, plan.migrations()));
    for (MigrationListener listener : options.listeners()) {
      migrator = migrator.withListener(listener);
    }
    List<String> rolledBack = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Migration migration : plan.migrations()) {
      try {
        migrator.down(migration.version());
        rolledBack.add(migration.version());
      } catch (SurqlException e) {
        boolean unknownOutcome =
            e.code() == ErrorCode.CONNECTION_REFUSED || e.code() == ErrorCode.TIMEOUT;
        errors.add(
            e.getMessage()
                + System.lineSeparator()
                + "Rolled back before the failure: "
                + (rolledBack.isEmpty() ? "(none)" : String.join(", ", rolledBack))
                + (unknownOutcome ? "." : "; the database is now at " + migration.version() + "."));
        break;
      }
    }
    int remaining = applied.size() - rolledBack.size();
    String label =
        plan.toVersion()
            .filter(v -> errors.isEmpty())
            .orElse(
                errors.isEmpty()
                    ? RollbackPlanner.NOTHING
                    : plan.migrations().get(rolledBack.size()).version());
    Optional<SchemaSnapshot> after;
    try {
      after =
          Optional.of(
              Snapshots.createSnapshot(
                  client, "rollback_after_" + label + "_" + millis, remaining));
    } catch (SurqlException e) {
      // e.g. the server stopped during a down: report the down's failure, not only the snapshot's
      errors.add("The after snapshot could not be taken: " + e.getMessage());
      after = Optional.empty();
    }
    if (after.isPresent()) {
      try {
        after = Optional.of(store.store(after.get()));
      } catch (SurqlException e) {
        errors.add(
            "The rollback ran, but its after snapshot could not be stored: " + e.getMessage());
      }
    }
    return RollbackResult.builder()
        .success(rolledBack.size() == plan.migrations().size())
        .rolledBackVersions(rolledBack)
        .duration(Duration.ofNanos(System.nanoTime() - start))
        .errors(errors)
        .before(before)
        .after(after)
        .build();
  }
}

package dev.surql.core.rollback;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.migration.MigrationHistory;
import dev.surql.core.internal.migration.MigrationVersions;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.migration.FailedMigration;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.rule.Rule;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.Snapshots;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Plans a rollback to a target version: the migrations to undo are the ones actually applied (read
 * from {@code _migration_history}) that are newer than the target, newest first, and their downs
 * are analysed against the database's current schema. {@link #createRollbackPlan} also counts the
 * data at stake (see {@link RollbackAnalyzer}); {@link #createStaticRollbackPlan} does not. Rolling
 * back everything is target {@link #NOTHING}.
 */
public final class RollbackPlanner {

  /** The target that rolls back every applied migration. */
  public static final String NOTHING = "0";

  private RollbackPlanner() {}

  /**
   * A data-aware plan: issues carry real counts, and are downgraded to SAFE when nothing is at
   * stake.
   *
   * @throws SurqlException ({@link ErrorCode#ROLLBACK_FAILED}) if nothing is applied, the target is
   *     unknown, not applied or newer than the current version, or an applied migration to undo is
   *     missing locally or changed since it was applied
   */
  public static RollbackPlan createRollbackPlan(
      SurqlClient client, MigrationSet migrations, String target) {
    return plan(client, migrations, target, true);
  }

  /** Like {@link #createRollbackPlan}, at the static level only: no data is counted. */
  public static RollbackPlan createStaticRollbackPlan(
      SurqlClient client, MigrationSet migrations, String target) {
    return plan(client, migrations, target, false);
  }

  /** The issues of the data-aware plan to {@code target}; empty if the rollback is safe. */
  public static List<RollbackIssue> analyzeRollbackSafety(
      SurqlClient client, MigrationSet migrations, String target) {
    return createRollbackPlan(client, migrations, target).issues();
  }

  private static RollbackPlan plan(
      SurqlClient client, MigrationSet migrations, String target, boolean dataAware) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(migrations, "migrations");
    Objects.requireNonNull(target, "target");
    MigrationHistory history = new MigrationHistory(client);
    List<AppliedMigration> applied = history.applied();
    String where = client.settings().namespace() + "/" + client.settings().database();
    List<FailedMigration> failed = history.failed();
    if (!failed.isEmpty()) {
      throw new SurqlException(
          ErrorCode.ROLLBACK_FAILED,
          "Cannot plan a rollback of "
              + where
              + " to "
              + target
              + ": migration "
              + failed.get(0).version()
              + " is recorded as failed ("
              + Rule.FAILED_MIGRATION.label()
              + ", "
              + failed.get(0).describe()
              + "), so the database is between two versions."
              + System.lineSeparator()
              + failed.get(0).repairAdvice());
    }
    if (applied.isEmpty()) {
      throw new SurqlException(
          ErrorCode.ROLLBACK_FAILED,
          "Cannot plan a rollback of "
              + where
              + " to "
              + target
              + ": no migration is applied ("
              + MigrationHistory.TABLE
              + " is empty or missing), so there is nothing to "
              + "roll back.");
    }
    String current = applied.get(applied.size() - 1).version();
    List<String> appliedVersions = applied.stream().map(AppliedMigration::version).toList();
    Optional<String> toVersion = target.equals(NOTHING) ? Optional.empty() : Optional.of(target);
    if (toVersion.isPresent() && !appliedVersions.contains(target)) {
      String reason;
      if (MigrationVersions.compare(target, current) > 0) {
        reason = "it is newer than the current version " + current;
      } else if (migrations.contains(target)) {
        reason = "it is not applied (the current version is " + current + ")";
      } else {
        reason =
            "it is neither applied nor a known migration of "
                + migrations.location()
                + " (the current version is "
                + current
                + ")";
      }
      throw new SurqlException(
          ErrorCode.ROLLBACK_FAILED,
          "Cannot roll back "
              + where
              + " to "
              + target
              + ": "
              + reason
              + ". Applied versions: "
              + String.join(", ", appliedVersions)
              + ". Choose one of them, or "
              + NOTHING
              + " to roll back every migration.");
    }
    List<Migration> toUndo = new ArrayList<>();
    for (int i = applied.size() - 1; i >= 0; i--) {
      AppliedMigration row = applied.get(i);
      if (toVersion.isPresent() && MigrationVersions.compare(row.version(), target) <= 0) {
        break;
      }
      Migration migration =
          migrations
              .find(row.version())
              .orElseThrow(
                  () ->
                      new SurqlException(
                          ErrorCode.ROLLBACK_FAILED,
                          "Cannot roll back "
                              + where
                              + " to "
                              + target
                              + ": migration "
                              + row.version()
                              + " is applied but not found in "
                              + migrations.location()
                              + ", so its down is unknown. Local versions: "
                              + (migrations.isEmpty()
                                  ? "(none)"
                                  : String.join(", ", migrations.versions()))
                              + ". Restore the migration file ("
                              + row.source()
                              + ")."));
      if (!migration.checksum().equals(row.checksum())) {
        throw new SurqlException(
            ErrorCode.ROLLBACK_FAILED,
            "Cannot roll back "
                + where
                + " to "
                + target
                + ": migration "
                + row.version()
                + " ("
                + migration.source()
                + ") changed since it was applied."
                + System.lineSeparator()
                + "-> Applied to database: "
                + row.checksum()
                + System.lineSeparator()
                + "-> Resolved locally: "
                + migration.checksum()
                + System.lineSeparator()
                + "Its down may not undo what was applied; revert the changes to the migration first.");
      }
      toUndo.add(migration);
    }
    DatabaseSchema schema = Snapshots.captureSchema(client);
    RollbackAnalysisOptions options = RollbackAnalysisOptions.staticLevel().withSchema(schema);
    List<RollbackIssue> issues =
        RollbackAnalyzer.analyze(toUndo, dataAware ? options.withClient(client) : options);
    return RollbackPlan.builder()
        .fromVersion(current)
        .toVersion(toVersion)
        .migrations(toUndo)
        .issues(issues)
        .staticSafety(RollbackAnalyzer.staticSafety(issues))
        .overallSafety(RollbackAnalyzer.overallSafety(issues))
        .dataAware(dataAware)
        .historyFingerprint(MigrationHistory.fingerprint(applied))
        .build();
  }

  /**
   * One line per issue, for messages: {@code [UNSAFE] 20260109_120000 file:3: description
   * (affected)}.
   */
  static String describe(List<RollbackIssue> issues) {
    return issues.stream()
        .map(
            i ->
                "  ["
                    + i.safety()
                    + "] "
                    + i.version()
                    + " "
                    + i.source()
                    + (i.line() > 0 ? ":" + i.line() : "")
                    + ": "
                    + i.description()
                    + i.affectedData().map(a -> " (" + a + ")").orElse(""))
        .collect(Collectors.joining(System.lineSeparator()));
  }
}

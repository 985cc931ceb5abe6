package dev.surql.core.verify;

import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.forward.ForwardSafety;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.MigrationStatus;
import dev.surql.core.migration.MigrationStatusProblem;
import dev.surql.core.migration.Migrator;
import dev.surql.core.migration.VersionGraph;
import dev.surql.core.rollback.RollbackIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The built-in checks, evaluated from a verification walk (and, for drift, a database's history). */
public final class MigrationChecks {
  private static final String NOT_ATTEMPTED = MigrationVerifier.NOT_ATTEMPTED;
  private static final Pattern BLOCKED_BY =
      Pattern.compile("^" + Pattern.quote(NOT_ATTEMPTED) + "migration (\\S+) failed to apply");

  private MigrationChecks() {}

  static List<CheckResult> evaluate(MigrationSet migrations, MigrationTimeline timeline,
      List<ReversibilityResult> results, CheckResult forwardPredictions) {
    return List.of(
        allApply(results),
        everyReversible(results),
        reapplySameChecksum(results),
        declaredSafetyMatches(timeline),
        forwardSafetyMatches(timeline),
        forwardPredictions,
        singleHead(migrations));
  }

  static CheckResult forwardSafetyMatches(MigrationTimeline timeline) {
    List<String> failures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (TimelineStep step : timeline.steps()) {
      if (step.declaredForward().isEmpty()) {
        if (!step.forwardIssues().isEmpty()) {
          notes.add(step.version() + ": no @forward declared; analysed " + step.analysedForward().fileName());
        }
      } else if (step.forwardRiskierThanDeclared()) {
        ForwardSafety declared = step.declaredForward().get();
        failures.add(step.version() + ": up is " + step.analysedForward().fileName() + " but declared @forward: "
            + declared.fileName() + " ("
            + step.forwardIssues().stream().filter(i -> i.staticSafety().max(i.safety()).isRiskierThan(declared))
                .map(i -> i.rule().label() + " " + i.source() + ":" + i.line() + ": " + i.description()
                    + i.affectedData().map(a -> " [" + a + "]").orElse("") + ". Fix: " + i.hint())
                .collect(Collectors.joining("; "))
            + "). Declare @forward: " + step.analysedForward().fileName() + " or make the up safer.");
      }
    }
    return CheckResult.of(MigrationCheck.FORWARD_SAFETY_MATCHES, failures, notes);
  }

  static CheckResult forwardPredictions(List<String> failures, List<String> notes) {
    return CheckResult.of(MigrationCheck.FORWARD_PREDICTIONS_CONFIRMED, failures, notes);
  }

  static CheckResult allApply(List<ReversibilityResult> results) {
    List<String> failures = new ArrayList<>();
    for (ReversibilityResult r : results) {
      if (r.status() == ReversibilityStatus.FAILED && r.s1().isEmpty()) {
        failures.add(r.version() + ": " + r.error().orElse("did not apply"));
      }
    }
    return CheckResult.of(MigrationCheck.ALL_MIGRATIONS_APPLY, failures, List.of());
  }

  static CheckResult everyReversible(List<ReversibilityResult> results) {
    List<String> failures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ReversibilityResult r : results) {
      switch (r.status()) {
        case NOT_REVERSIBLE -> failures.add(r.version() + ": down does not restore the schema: "
            + r.downDiff().map(d -> d.changes().toString()).orElse(""));
        case FAILED -> {
          if (r.s1().isPresent()) {
            failures.add(r.version() + ": " + r.error().orElse("round trip failed"));
          }
        }
        case IRREVERSIBLE -> notes.add(r.version() + ": skipped, " + r.error().orElse("irreversible"));
        default -> { }
      }
      notChecked(r).ifPresent(notes::add);
      if (!r.dataLoss().isEmpty()) {
        notes.add(r.version() + ": down destroyed seeded data: " + r.dataLoss());
      }
    }
    return CheckResult.of(MigrationCheck.EVERY_MIGRATION_REVERSIBLE, failures, notes);
  }

  static CheckResult reapplySameChecksum(List<ReversibilityResult> results) {
    List<String> failures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (ReversibilityResult r : results) {
      notChecked(r).ifPresent(notes::add);
      if (r.s1().isPresent() && r.s3().isPresent() && !r.s1().get().checksum().equals(r.s3().get().checksum())) {
        failures.add(r.version() + ": checksum after first up " + r.s1().get().checksum().substring(0, 12)
            + "… differs from after re-applying " + r.s3().get().checksum().substring(0, 12) + "…: "
            + r.reapplyDiff().map(d -> d.changes().toString()).orElse(""));
      }
    }
    return CheckResult.of(MigrationCheck.REAPPLY_SAME_CHECKSUM, failures, notes);
  }

  /**
   * A note for a migration whose round trip never started because its up did not apply or was not
   * attempted, so a round-trip check that passes does not pass silently over it. The failure itself
   * belongs to {@link MigrationCheck#ALL_MIGRATIONS_APPLY}.
   */
  private static Optional<String> notChecked(ReversibilityResult r) {
    if (r.status() != ReversibilityStatus.FAILED || r.s1().isPresent()) {
      return Optional.empty();
    }
    String error = r.error().orElse("");
    Matcher blocked = BLOCKED_BY.matcher(error);
    if (blocked.find()) {
      return Optional.of(r.version() + ": not checked, its up was not attempted after " + blocked.group(1) + " failed");
    }
    if (error.startsWith(NOT_ATTEMPTED)) {
      return Optional.of(r.version() + ": not checked, its up was not attempted (" + error.substring(
          NOT_ATTEMPTED.length()) + ")");
    }
    return Optional.of(r.version() + ": not checked, its up did not apply");
  }

  static CheckResult declaredSafetyMatches(MigrationTimeline timeline) {
    List<String> failures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (TimelineStep step : timeline.steps()) {
      if (step.declaredSafety().isEmpty()) {
        notes.add(step.version() + ": no @rollback declared; analysed " + step.analysedSafety());
      } else if (step.riskierThanDeclared()) {
        failures.add(step.version() + ": down is " + step.analysedSafety().fileName() + " but declared @rollback: "
            + step.declaredSafety().get().fileName() + " ("
            + step.issues().stream().filter(i -> i.staticSafety().isRiskierThan(step.declaredSafety().get()))
                .map(MigrationChecks::describe).collect(Collectors.joining("; "))
            + "). Declare @rollback: " + step.analysedSafety().fileName() + " or make the down safer.");
      }
    }
    return CheckResult.of(MigrationCheck.DECLARED_SAFETY_MATCHES, failures, notes);
  }

  private static String describe(RollbackIssue issue) {
    String where = issue.line() > 0 ? " at line " + issue.line() : "";
    return issue.statement().isEmpty() ? issue.description() + where
        : issue.statement() + where + ": " + issue.description();
  }

  /**
   * The checks that a timeline alone can answer (declared safety and the version graph), for a
   * report of a run that applied migrations without the reversibility round trips.
   */
  static List<CheckResult> evaluateTimeline(MigrationSet migrations, MigrationTimeline timeline) {
    return List.of(declaredSafetyMatches(timeline), forwardSafetyMatches(timeline), singleHead(migrations));
  }

  static CheckResult singleHead(MigrationSet migrations) {
    List<String> failures = new ArrayList<>();
    if (!migrations.isEmpty()) {
      try {
        List<String> heads = List.copyOf(VersionGraph.from(migrations).heads());
        if (heads.size() != 1) {
          failures.add("the version graph has " + heads.size() + " heads: " + heads
              + "; make one migration depend on the others (-- @depends_on:)");
        }
      } catch (SurqlException e) {
        failures.add(e.getMessage());
      }
    }
    return CheckResult.of(MigrationCheck.SINGLE_HEAD, failures, List.of());
  }

  /** Checks a database's {@code _migration_history} against the migration files (checksum drift, missing files). */
  public static CheckResult noChecksumDrift(SurqlClient client, MigrationSet migrations) {
    MigrationStatus status = new Migrator(client, migrations).status();
    List<String> failures = status.problems().stream().map(MigrationStatusProblem::message).toList();
    return CheckResult.of(MigrationCheck.NO_CHECKSUM_DRIFT, failures, List.of());
  }
}

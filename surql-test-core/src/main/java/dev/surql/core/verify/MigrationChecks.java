package dev.surql.core.verify;

import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.forward.ForwardSafety;
import dev.surql.core.internal.migration.VersionGraph;
import dev.surql.core.internal.report.Findings;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.MigrationStatus;
import dev.surql.core.migration.Migrator;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.RuleLevel;
import dev.surql.core.rule.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The built-in checks, evaluated from a verification walk (and, for drift, a database's history).
 */
public final class MigrationChecks {
  /** How the verifier words the error of a migration after one that failed to apply. */
  static final String NOT_ATTEMPTED = MigrationVerifier.NOT_ATTEMPTED;

  private static final Pattern BLOCKED_BY =
      Pattern.compile("^" + Pattern.quote(NOT_ATTEMPTED) + "migration (\\S+) failed to apply");

  private MigrationChecks() {}

  static List<CheckResult> evaluate(
      MigrationSet migrations,
      MigrationTimeline timeline,
      List<ReversibilityResult> results,
      CheckResult forwardPredictions) {
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
          notes.add(
              step.version()
                  + ": no @forward declared; analysed "
                  + step.analysedForward().fileName());
        }
      } else if (step.forwardRiskierThanDeclared()) {
        ForwardSafety declared = step.declaredForward().get();
        failures.add(
            step.version()
                + ": up is "
                + step.analysedForward().fileName()
                + " but declared @forward: "
                + declared.fileName()
                + " ("
                + step.forwardIssues().stream()
                    .filter(i -> i.staticSafety().max(i.safety()).isRiskierThan(declared))
                    .map(
                        i ->
                            i.rule().label()
                                + " "
                                + i.source()
                                + ":"
                                + i.line()
                                + ": "
                                + i.description()
                                + i.affectedData().map(a -> " [" + a + "]").orElse("")
                                + ". Fix: "
                                + i.hint())
                    .collect(Collectors.joining("; "))
                + "). Declare @forward: "
                + step.analysedForward().fileName()
                + " or make the up safer.");
      }
    }
    return CheckResult.of(MigrationCheck.FORWARD_SAFETY_MATCHES, failures, notes);
  }

  static CheckResult forwardPredictions(List<String> failures, List<String> notes) {
    return CheckResult.of(MigrationCheck.FORWARD_PREDICTIONS_CONFIRMED, failures, notes);
  }

  static CheckResult allApply(List<ReversibilityResult> results) {
    List<Finding> findings = new ArrayList<>();
    for (ReversibilityResult r : results) {
      if (r.status() == ReversibilityStatus.FAILED && r.s1().isEmpty()) {
        String error = r.error().orElse("did not apply");
        Finding finding =
            error.startsWith(NOT_ATTEMPTED)
                ? Finding.of(Rule.NOT_ATTEMPTED, r.version(), error)
                    .withLocation(Findings.whole(r.migration()))
                : Finding.of(Rule.UP_FAILED, r.version(), error)
                    .withLocation(failedAt(r).orElse(Findings.up(r.migration())))
                    .withHint("Fix the up so that it applies after the migrations before it");
        findings.add(Findings.accept(r.migration(), finding));
      }
    }
    return CheckResult.of(MigrationCheck.ALL_MIGRATIONS_APPLY, findings);
  }

  /** Where a failed round trip failed, when the server named the statement. */
  private static Optional<SourceLocation> failedAt(ReversibilityResult r) {
    return r.failedStatement().map(statement -> Findings.at(r.migration(), statement));
  }

  static CheckResult everyReversible(List<ReversibilityResult> results) {
    List<Finding> findings = new ArrayList<>();
    for (ReversibilityResult r : results) {
      Migration m = r.migration();
      switch (r.status()) {
        case NOT_REVERSIBLE ->
            findings.add(
                Finding.of(
                        Rule.DOWN_NOT_RESTORING,
                        r.version(),
                        "down does not restore the schema: "
                            + r.downDiff().map(d -> d.changes().toString()).orElse(""))
                    .withLocation(Findings.down(m))
                    .withHint(
                        "Make the down remove what the up defines and restore what it changed or removed"));
        case FAILED -> {
          if (r.s1().isPresent()) {
            findings.add(
                Finding.of(
                        Rule.ROUND_TRIP_FAILED, r.version(), r.error().orElse("round trip failed"))
                    .withLocation(failedAt(r).orElse(Findings.down(m)))
                    .withHint(
                        "Run the down, then the up again, on the schema after the up; fix the statement that fails"));
          }
        }
        case IRREVERSIBLE ->
            findings.add(
                Finding.of(
                        Rule.NO_DOWN, r.version(), "skipped, " + r.error().orElse("irreversible"))
                    .withLocation(Findings.whole(m))
                    .withHint("Write a -- @down section if the migration can be undone"));
        default -> {}
      }
      notChecked(r).ifPresent(findings::add);
      if (!r.dataLoss().isEmpty()) {
        findings.add(
            Finding.of(
                    Rule.SEEDED_DATA_LOST,
                    r.version(),
                    "down destroyed seeded data: " + r.dataLoss())
                .withLocation(Findings.down(m))
                .withHint("Declare -- @rollback: data_loss, or make the down keep the data"));
      }
    }
    return CheckResult.of(MigrationCheck.EVERY_MIGRATION_REVERSIBLE, accepted(results, findings));
  }

  static CheckResult reapplySameChecksum(List<ReversibilityResult> results) {
    List<Finding> findings = new ArrayList<>();
    for (ReversibilityResult r : results) {
      notChecked(r).ifPresent(findings::add);
      // equal schemas have equal checksums: comparing the schemas (whose unchanged tables are the
      // same objects) spares hashing both
      if (r.s1().isPresent()
          && r.s3().isPresent()
          && !r.s1().get().schema().equals(r.s3().get().schema())
          && !r.s1().get().checksum().equals(r.s3().get().checksum())) {
        findings.add(
            Finding.of(
                    Rule.REAPPLY_DIFFERS,
                    r.version(),
                    "checksum after first up "
                        + r.s1().get().checksum().substring(0, 12)
                        + "… differs from after re-applying "
                        + r.s3().get().checksum().substring(0, 12)
                        + "…: "
                        + r.reapplyDiff().map(d -> d.changes().toString()).orElse(""))
                .withLocation(Findings.down(r.migration()))
                .withHint(
                    "Make the down undo everything the up did, so that the up gives the same schema again"));
      }
    }
    return CheckResult.of(MigrationCheck.REAPPLY_SAME_CHECKSUM, accepted(results, findings));
  }

  private static List<Finding> accepted(List<ReversibilityResult> results, List<Finding> findings) {
    List<Migration> migrations = results.stream().map(ReversibilityResult::migration).toList();
    return findings.stream()
        .map(
            f ->
                Findings.migration(migrations, f.version())
                    .map(m -> Findings.accept(m, f))
                    .orElse(f))
        .toList();
  }

  /**
   * A note for a migration whose round trip never started because its up did not apply or was not
   * attempted, so a round-trip check that passes does not pass silently over it. The failure itself
   * belongs to {@link MigrationCheck#ALL_MIGRATIONS_APPLY}.
   */
  private static Optional<Finding> notChecked(ReversibilityResult r) {
    if (r.status() != ReversibilityStatus.FAILED || r.s1().isPresent()) {
      return Optional.empty();
    }
    String error = r.error().orElse("");
    Matcher blocked = BLOCKED_BY.matcher(error);
    Finding note;
    if (blocked.find()) {
      note =
          Finding.of(
              Rule.NOT_ATTEMPTED,
              r.version(),
              "not checked, its up was not attempted after " + blocked.group(1) + " failed");
    } else if (error.startsWith(NOT_ATTEMPTED)) {
      note =
          Finding.of(
              Rule.NOT_ATTEMPTED,
              r.version(),
              "not checked, its up was not attempted ("
                  + error.substring(NOT_ATTEMPTED.length())
                  + ")");
    } else {
      note =
          Finding.of(Rule.UP_FAILED, r.version(), "not checked, its up did not apply")
              .withLevel(RuleLevel.NOTE);
    }
    return Optional.of(note.withLocation(Findings.whole(r.migration())));
  }

  static CheckResult declaredSafetyMatches(MigrationTimeline timeline) {
    List<Finding> findings = new ArrayList<>();
    for (TimelineStep step : timeline.steps()) {
      Migration m = step.migration();
      if (step.declaredSafety().isEmpty()) {
        findings.add(
            Finding.of(
                    Rule.UNDECLARED_SAFETY,
                    step.version(),
                    "no @rollback declared; analysed " + step.analysedSafety())
                .withLocation(Findings.whole(m))
                .withHint(
                    "Declare -- @rollback: "
                        + step.analysedSafety().fileName()
                        + " in the header"));
      } else if (step.riskierThanDeclared()) {
        RollbackSafety declared = step.declaredSafety().get();
        List<RollbackIssue> riskier =
            step.issues().stream()
                .filter(i -> i.staticSafety().isRiskierThan(declared) && !Findings.allowed(m, i))
                .toList();
        RollbackSafety unallowed = step.unallowedSafety();
        Finding finding =
            Finding.of(
                    Rule.RISKIER_THAN_DECLARED,
                    step.version(),
                    "down is "
                        + unallowed.fileName()
                        + " but declared @rollback: "
                        + declared.fileName()
                        + " ("
                        + riskier.stream()
                            .map(MigrationChecks::describe)
                            .collect(Collectors.joining("; "))
                        + "). Declare @rollback: "
                        + unallowed.fileName()
                        + " or make the down safer.")
                .withHint(
                    "Declare -- @rollback: "
                        + unallowed.fileName()
                        + ", make the down safer, or accept the"
                        + " statement with -- @allow: <code> <reason>");
        RollbackIssue first = riskier.isEmpty() ? null : riskier.get(0);
        finding =
            first == null || first.line() == 0
                ? finding.withLocation(Findings.down(m))
                : finding.withLocation(Findings.ofIssue(m, first).location().orElseThrow());
        findings.add(Findings.accept(m, finding));
      } else if (step.declaredSafety().get().isRiskierThan(step.analysedSafety())) {
        findings.add(
            Findings.accept(
                m,
                Finding.of(
                        Rule.DECLARED_RISKIER,
                        step.version(),
                        "declared @rollback: "
                            + step.declaredSafety().get().fileName()
                            + ", riskier than the analysis of the down ("
                            + step.analysedSafety().fileName()
                            + ")")
                    .withLocation(Findings.whole(m))
                    .withHint("Read the migration's notes before rolling back")));
      }
    }
    return CheckResult.of(MigrationCheck.DECLARED_SAFETY_MATCHES, findings);
  }

  private static String describe(RollbackIssue issue) {
    String where = issue.line() > 0 ? " at line " + issue.line() : "";
    return issue.statement().isEmpty()
        ? issue.description() + where
        : issue.statement() + where + ": " + issue.description() + " [" + issue.rule().code() + "]";
  }

  /**
   * The checks that a timeline alone can answer (declared safety and the version graph), for a
   * report of a run that applied migrations without the reversibility round trips.
   */
  static List<CheckResult> evaluateTimeline(MigrationSet migrations, MigrationTimeline timeline) {
    return List.of(
        declaredSafetyMatches(timeline), forwardSafetyMatches(timeline), singleHead(migrations));
  }

  static CheckResult singleHead(MigrationSet migrations) {
    List<Finding> findings = new ArrayList<>();
    if (!migrations.isEmpty()) {
      try {
        List<String> heads = List.copyOf(VersionGraph.from(migrations).heads());
        if (heads.size() != 1) {
          Finding finding =
              Finding.of(
                  Rule.VERSION_GRAPH,
                  "",
                  "the version graph has "
                      + heads.size()
                      + " heads: "
                      + heads
                      + "; make one migration depend on the others (-- @depends_on:)");
          Optional<Migration> head =
              heads.isEmpty() ? Optional.empty() : migrations.find(heads.get(heads.size() - 1));
          findings.add(
              finding.withLocation(
                  head.map(Findings::whole).orElse(SourceLocation.of(migrations.location(), 0))));
        }
      } catch (SurqlException e) {
        findings.add(
            Finding.of(Rule.VERSION_GRAPH, "", e.getMessage())
                .withLocation(SourceLocation.of(migrations.location(), 0)));
      }
    }
    return CheckResult.of(MigrationCheck.SINGLE_HEAD, findings);
  }

  /**
   * Checks a database's {@code _migration_history} against the migration files (checksum drift,
   * missing files).
   */
  public static CheckResult noChecksumDrift(SurqlClient client, MigrationSet migrations) {
    MigrationStatus status = new Migrator(client, migrations).status();
    List<Finding> findings =
        status.problems().stream()
            .map(
                p ->
                    Finding.of(Rule.CHECKSUM_DRIFT, p.version(), p.message())
                        .withLocation(
                            migrations
                                .find(p.version())
                                .map(Findings::whole)
                                .orElse(SourceLocation.of(migrations.location(), 0))))
            .toList();
    return CheckResult.of(MigrationCheck.NO_CHECKSUM_DRIFT, findings);
  }
}

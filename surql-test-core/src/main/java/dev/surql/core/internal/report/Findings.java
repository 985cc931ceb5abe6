package dev.surql.core.internal.report;

import dev.surql.core.forward.ForwardIssue;
import dev.surql.core.internal.text.Abbreviation;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationProblem;
import dev.surql.core.migration.Statement;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.rule.Allowance;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.RuleLevel;
import dev.surql.core.rule.SourceLocation;
import dev.surql.core.verify.CheckResult;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.MigrationVerifier;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.TimelineStep;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns what the checks and the rollback analysis found into {@link Finding}s: where each is in the
 * migration files, whether an {@code -- @allow:} line accepts it, and which allowances match
 * nothing. Every output renders these findings; a check fails on an error that is not allowed.
 *
 * <p>A check that finds something new adds its findings where the verification report is assembled
 * ({@link MigrationVerifier}), after {@link #accept(Migration, Finding)}.
 *
 * <p>Internal: no compatibility promise. Users read findings from a {@link
 * dev.surql.core.verify.VerificationReport} and their levels from {@link Rule}.
 */
public final class Findings {
  private Findings() {}

  /** Whether {@code finding} fails a check or a build: an error that no {@code @allow} accepted. */
  public static boolean fails(Finding finding) {
    return finding.level() == RuleLevel.ERROR && !finding.isAllowed();
  }

  /** Whether {@code finding} is at {@code level} or more serious, and not allowed. */
  public static boolean atLeast(Finding finding, RuleLevel level) {
    return !finding.isAllowed() && finding.level().ordinal() <= level.ordinal();
  }

  /**
   * One line for messages, exceptions and text reports: {@code version: SQ202 down-not-restoring
   * [file:line] message (allowed: reason)}, without the version for a finding about the whole set.
   */
  public static String line(Finding finding) {
    return finding.version().isEmpty() ? finding.toString() : finding.version() + ": " + finding;
  }

  /**
   * The finding as accepted by the first of {@code migration}'s allowances that matches it, if any.
   */
  public static Finding accept(Migration migration, Finding finding) {
    if (finding.isAllowed()) {
      return finding;
    }
    return migration.allowances().stream()
        .filter(a -> a.accepts(finding))
        .findFirst()
        .map(a -> finding.allowedBecause(a.reason()))
        .orElse(finding);
  }

  /** Whether one of {@code migration}'s allowances accepts {@code issue}. */
  public static boolean allowed(Migration migration, RollbackIssue issue) {
    return accept(migration, ofIssue(migration, issue)).isAllowed();
  }

  /** The rollback safety of the down counting only issues no {@code @allow} accepts. */
  public static RollbackSafety unallowedSafety(
      Migration migration, RollbackSafety analysed, List<RollbackIssue> issues) {
    if (migration.allowances().isEmpty()) {
      return analysed;
    }
    return issues.stream()
        .filter(i -> !allowed(migration, i))
        .map(RollbackIssue::staticSafety)
        .reduce(RollbackSafety.SAFE, RollbackSafety::max);
  }

  /** A rollback analysis issue as a finding under its rule, at its statement. */
  public static Finding ofIssue(Migration migration, RollbackIssue issue) {
    String message =
        issue.statement().isEmpty()
            ? issue.description()
            : "`" + Abbreviation.oneLine(issue.statement(), 77) + "`: " + issue.description();
    Finding finding =
        Finding.of(
            issue.rule(),
            issue.version(),
            message + issue.affectedData().map(a -> " (" + a + ")").orElse(""));
    if (!issue.recommendation().isEmpty()) {
      finding = finding.withHint(issue.recommendation());
    }
    int column =
        migration.down().orElse(List.of()).stream()
            .filter(
                s ->
                    s.line() == issue.line()
                        && (s.origin().equals(issue.source()) || s.origin().isBlank()))
            .mapToInt(Statement::column)
            .findFirst()
            .orElse(0);
    return finding.withLocation(
        new SourceLocation(issue.source(), issue.line(), issue.line() == 0 ? 0 : column));
  }

  /** Where a migration is: its file, as a whole. */
  public static SourceLocation whole(Migration migration) {
    return SourceLocation.of(migration.source(), 0);
  }

  /** Where a migration's down starts: its first statement (in a down file for a pair of files). */
  public static SourceLocation down(Migration migration) {
    return migration
        .down()
        .filter(d -> !d.isEmpty())
        .map(d -> at(migration, d.get(0)))
        .orElse(whole(migration));
  }

  /** Where a migration's up starts. */
  public static SourceLocation up(Migration migration) {
    return migration.up().isEmpty() ? whole(migration) : at(migration, migration.up().get(0));
  }

  /** Where {@code statement} of {@code migration} is (in its own file for a pair of files). */
  public static SourceLocation at(Migration migration, Statement statement) {
    String file = statement.origin().isBlank() ? migration.source() : statement.origin();
    return new SourceLocation(
        file, statement.line(), statement.line() == 0 ? 0 : statement.column());
  }

  /**
   * The problems found while loading migrations as findings, under the rule the loader names
   * ({@link Rule#INVALID_MIGRATION} when it names none).
   */
  public static List<Finding> ofLoadProblems(List<MigrationProblem> problems) {
    return problems.stream()
        .map(
            p ->
                Finding.of(p.rule().orElse(Rule.INVALID_MIGRATION), "", p.message())
                    .withLocation(SourceLocation.of(p.file(), p.line()))
                    .withHint(
                        "Correct the file and run again; docs/rules.md lists what a migration file may hold"))
        .toList();
  }

  /**
   * {@link Rule#UNUSED_ALLOW} findings for the allowances of {@code migrations} that accept none of
   * {@code findings}.
   */
  public static List<Finding> unusedAllowances(List<Migration> migrations, List<Finding> findings) {
    List<Finding> unused = new ArrayList<>();
    for (Migration migration : migrations) {
      for (Allowance allowance : migration.allowances()) {
        boolean used =
            findings.stream()
                .anyMatch(
                    f ->
                        f.isAllowed()
                            && f.version().equals(migration.version())
                            && allowance.accepts(f));
        if (!used) {
          unused.add(
              Finding.of(
                      Rule.UNUSED_ALLOW,
                      migration.version(),
                      "-- @allow: "
                          + allowance.rule().code()
                          + " accepts nothing: no "
                          + allowance.rule().label()
                          + " finding "
                          + (allowance.statementLine() > 0
                              ? "at the statement on line " + allowance.statementLine()
                              : "about the migration"))
                  .withLocation(allowance.location())
                  .withHint(
                      "Remove the -- @allow line, or move it right before the statement it is meant for"));
        }
      }
    }
    return unused;
  }

  /** Findings in migration order, then by line and code; findings about the whole set last. */
  public static List<Finding> sorted(List<String> versions, List<Finding> findings) {
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < versions.size(); i++) {
      order.putIfAbsent(versions.get(i), i);
    }
    return findings.stream()
        .sorted(
            Comparator.comparingInt(
                    (Finding f) ->
                        order.getOrDefault(
                            f.version(),
                            f.version().isEmpty() ? Integer.MAX_VALUE : Integer.MAX_VALUE - 1))
                .thenComparingInt(f -> f.location().map(SourceLocation::line).orElse(0))
                .thenComparing(f -> f.rule().code()))
        .toList();
  }

  /**
   * Every finding of a verification: the checks' findings, what the rollback analysis found in each
   * down ({@code SQ1xx}), the notes of each round trip (e.g. {@code SQ210}-{@code SQ212}), and the
   * {@code -- @allow:} lines that accept nothing; in migration order.
   */
  public static List<Finding> collect(
      MigrationTimeline timeline, List<ReversibilityResult> results, List<CheckResult> checks) {
    Map<String, Migration> migrations = new LinkedHashMap<>();
    timeline.steps().forEach(s -> migrations.putIfAbsent(s.version(), s.migration()));
    results.forEach(r -> migrations.putIfAbsent(r.version(), r.migration()));
    List<Finding> findings = new ArrayList<>();
    checks.forEach(c -> findings.addAll(c.findings()));
    for (TimelineStep step : timeline.steps()) {
      boolean noDownReported =
          findings.stream()
              .anyMatch(f -> f.rule() == Rule.NO_DOWN && f.version().equals(step.version()));
      for (RollbackIssue issue : step.issues()) {
        if (issue.rule() == Rule.NO_DOWN && noDownReported) {
          continue;
        }
        Finding finding = ofIssue(step.migration(), issue);
        if (issue.rule() == Rule.NO_DOWN) {
          finding = finding.withLevel(Rule.NO_DOWN.level());
        }
        findings.add(accept(step.migration(), finding));
      }
      for (ForwardIssue issue : step.forwardIssues()) {
        findings.add(accept(step.migration(), forward(issue)));
      }
    }
    for (ReversibilityResult r : results) {
      r.notes().forEach(note -> findings.add(accept(r.migration(), note)));
    }
    findings.addAll(unusedAllowances(List.copyOf(migrations.values()), findings));
    return sorted(List.copyOf(migrations.keySet()), findings);
  }

  /**
   * A forward-safety finding as the report carries it: at most a warning, because whether an up may
   * do this is its {@code -- @forward:} declaration's to say, and the forward-safety check fails
   * the report when an up does more than it declares.
   */
  private static Finding forward(ForwardIssue issue) {
    Finding finding = issue.toFinding();
    return finding.level() == RuleLevel.ERROR ? finding.withLevel(RuleLevel.WARNING) : finding;
  }

  public static Optional<Migration> migration(List<Migration> migrations, String version) {
    Objects.requireNonNull(version, "version");
    return migrations.stream().filter(m -> m.version().equals(version)).findFirst();
  }
}

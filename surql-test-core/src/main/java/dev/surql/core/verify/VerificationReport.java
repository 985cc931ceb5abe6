package dev.surql.core.verify;

import dev.surql.core.internal.report.Findings;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.SchemaSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a verification run found about a migration set: the timeline of snapshots, one
 * reversibility result per migration, and the built-in checks.
 *
 * @param location where the migrations came from
 * @param serverVersion the SurrealDB version it ran on
 * @param timeline a snapshot before the first and after every migration
 * @param results one reversibility round trip per migration, in order
 * @param checks the built-in checks
 * @param duration how long the run took
 * @param findings everything found, under rule codes, in migration order: the checks' findings,
 *     what the rollback analysis found in each down, unused {@code -- @allow:} lines, and what any
 *     further check added with {@link #withFindings(List)}
 */
public record VerificationReport(
    String location,
    String serverVersion,
    MigrationTimeline timeline,
    List<ReversibilityResult> results,
    List<CheckResult> checks,
    Duration duration,
    List<Finding> findings) {

  public VerificationReport {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(serverVersion, "serverVersion");
    Objects.requireNonNull(timeline, "timeline");
    results = List.copyOf(Objects.requireNonNull(results, "results"));
    checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
    Objects.requireNonNull(duration, "duration");
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
  }

  /** A report whose findings are those of its checks and of the rollback analysis of its timeline. */
  public VerificationReport(String location, String serverVersion, MigrationTimeline timeline,
      List<ReversibilityResult> results, List<CheckResult> checks, Duration duration) {
    this(location, serverVersion, timeline, results, checks, duration,
        Findings.collect(timeline, results, checks));
  }

  /**
   * This report with {@code more} findings, e.g. from a check outside the built-in ones; each is
   * accepted by the {@code -- @allow:} lines of its migration, and an error no line accepts makes
   * the report fail.
   */
  public VerificationReport withFindings(List<Finding> more) {
    Map<String, Migration> migrations = new LinkedHashMap<>();
    timeline.steps().forEach(s -> migrations.putIfAbsent(s.version(), s.migration()));
    results.forEach(r -> migrations.putIfAbsent(r.version(), r.migration()));
    List<Finding> all = new ArrayList<>(findings.stream().filter(f -> f.rule() != Rule.UNUSED_ALLOW).toList());
    for (Finding finding : more) {
      Migration migration = migrations.get(finding.version());
      all.add(migration == null ? finding : Findings.accept(migration, finding));
    }
    all.addAll(Findings.unusedAllowances(List.copyOf(migrations.values()), all));
    return new VerificationReport(location, serverVersion, timeline, results, checks, duration,
        Findings.sorted(List.copyOf(migrations.keySet()), all));
  }

  /**
   * This report over another timeline and duration (e.g. a test class's whole timeline): the
   * built-in findings are found again from it; findings added with {@link #withFindings(List)}
   * are kept.
   */
  public VerificationReport withTimeline(MigrationTimeline newTimeline, Duration newDuration) {
    List<Finding> builtIn = Findings.collect(timeline, results, checks);
    List<Finding> added = findings.stream()
        .filter(f -> f.rule() != Rule.UNUSED_ALLOW && !builtIn.contains(f)).toList();
    VerificationReport report = new VerificationReport(location, serverVersion, newTimeline, results, checks,
        newDuration);
    return added.isEmpty() ? report : report.withFindings(added);
  }

  /** The findings about one migration. */
  public List<Finding> findings(String version) {
    return findings.stream().filter(f -> f.version().equals(version)).toList();
  }

  /**
   * A report of a run that only applied migrations (no reversibility round trips): the timeline, no
   * results, and the checks a timeline can answer (declared rollback safety, single head).
   */
  public static VerificationReport ofTimeline(MigrationSet migrations, String serverVersion,
      MigrationTimeline timeline, Duration duration) {
    Objects.requireNonNull(migrations, "migrations");
    return new VerificationReport(migrations.location(), serverVersion, timeline, List.of(),
        MigrationChecks.evaluateTimeline(migrations, timeline), duration);
  }

  /** Whether every check passed and no other finding is an error that no {@code @allow} accepted. */
  public boolean passed() {
    return checks.stream().allMatch(CheckResult::passed) && findings.stream().noneMatch(Findings::fails);
  }

  public Optional<CheckResult> check(MigrationCheck check) {
    return checks.stream().filter(c -> c.check() == check).findFirst();
  }

  public Optional<ReversibilityResult> result(String version) {
    return results.stream().filter(r -> r.version().equals(version)).findFirst();
  }

  /**
   * One verdict per migration, in order: its timeline step joined with its round trip. A migration
   * whose round trip ran but that the timeline does not hold (the walk stopped at a failure) is
   * analysed against the schema its up produced or, when its up did not apply, against an unknown
   * schema (a redefinition then counts as a possible change).
   */
  public List<MigrationVerdict> verdicts() {
    List<MigrationVerdict> verdicts = new ArrayList<>();
    for (TimelineStep step : timeline.steps()) {
      verdicts.add(result(step.version()).map(r -> MigrationVerdict.of(step, r))
          .orElseGet(() -> MigrationVerdict.of(step)));
    }
    for (ReversibilityResult r : results) {
      if (timeline.step(r.version()).isEmpty()) {
        Optional<DatabaseSchema> schema = r.s1().map(SchemaSnapshot::schema);
        List<RollbackIssue> issues = SafetyAnalysis.staticIssues(r.migration(), schema);
        verdicts.add(new MigrationVerdict(r.migration(), Optional.of(r), SafetyAnalysis.overall(issues),
            r.migration().declaredSafety(), issues, List.of()));
      }
    }
    return List.copyOf(verdicts);
  }

  /** The verdict on one migration, if the run covered it. */
  public Optional<MigrationVerdict> verdict(String version) {
    return verdicts().stream().filter(v -> v.version().equals(version)).findFirst();
  }
}

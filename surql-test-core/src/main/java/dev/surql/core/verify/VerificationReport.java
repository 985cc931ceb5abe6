package dev.surql.core.verify;

import dev.surql.core.internal.Required;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a verification run found about a migration set: the timeline of snapshots, one
 * reversibility result per migration, and the built-in checks.
 *
 * <p>Built with {@link #builder()}, which needs {@code location}, {@code serverVersion} and {@code
 * timeline}, {@code duration}; {@link #toBuilder()} copies one to change.
 */
public final class VerificationReport {
  private final String location;
  private final String serverVersion;
  private final MigrationTimeline timeline;
  private final List<ReversibilityResult> results;
  private final List<CheckResult> checks;
  private final Duration duration;
  private final List<Finding> findings;

  private VerificationReport(
      String location,
      String serverVersion,
      MigrationTimeline timeline,
      List<ReversibilityResult> results,
      List<CheckResult> checks,
      Duration duration,
      List<Finding> findings) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(serverVersion, "serverVersion");
    Objects.requireNonNull(timeline, "timeline");
    results = List.copyOf(Objects.requireNonNull(results, "results"));
    checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
    Objects.requireNonNull(duration, "duration");
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    this.location = location;
    this.serverVersion = serverVersion;
    this.timeline = timeline;
    this.results = results;
    this.checks = checks;
    this.duration = duration;
    this.findings = findings;
  }

  /** A builder of {@code VerificationReport}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this verification report's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.location = location;
    builder.serverVersion = serverVersion;
    builder.timeline = timeline;
    builder.results = results;
    builder.checks = checks;
    builder.duration = duration;
    builder.findings = findings;
    return builder;
  }

  /** Where the migrations came from. */
  public String location() {
    return location;
  }

  /** The SurrealDB version it ran on. */
  public String serverVersion() {
    return serverVersion;
  }

  /** A snapshot before the first and after every migration. */
  public MigrationTimeline timeline() {
    return timeline;
  }

  /** One reversibility round trip per migration, in order. */
  public List<ReversibilityResult> results() {
    return results;
  }

  /** The built-in checks. */
  public List<CheckResult> checks() {
    return checks;
  }

  /** How long the run took. */
  public Duration duration() {
    return duration;
  }

  /**
   * Everything found, under rule codes, in migration order: the checks' findings, what the rollback
   * analysis found in each down, unused {@code -- @allow:} lines, and what any further check added
   * with {@link #withFindings(List)}.
   */
  public List<Finding> findings() {
    return findings;
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
    List<Finding> all =
        new ArrayList<>(findings.stream().filter(f -> f.rule() != Rule.UNUSED_ALLOW).toList());
    for (Finding finding : more) {
      Migration migration = migrations.get(finding.version());
      all.add(migration == null ? finding : Findings.accept(migration, finding));
    }
    all.addAll(Findings.unusedAllowances(List.copyOf(migrations.values()), all));
    return new VerificationReport(
        location,
        serverVersion,
        timeline,
        results,
        checks,
        duration,
        Findings.sorted(List.copyOf(migrations.keySet()), all));
  }

  /**
   * This report over another timeline and duration (e.g. a test class's whole timeline): the
   * built-in findings are found again from it; findings added with {@link #withFindings(List)} are
   * kept.
   */
  public VerificationReport withTimeline(MigrationTimeline newTimeline, Duration newDuration) {
    List<Finding> builtIn = Findings.collect(timeline, results, checks);
    List<Finding> added =
        findings.stream()
            .filter(f -> f.rule() != Rule.UNUSED_ALLOW && !builtIn.contains(f))
            .toList();
    VerificationReport report =
        new VerificationReport(
            location,
            serverVersion,
            newTimeline,
            results,
            checks,
            newDuration,
            Findings.collect(newTimeline, results, checks));
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
  public static VerificationReport ofTimeline(
      MigrationSet migrations,
      String serverVersion,
      MigrationTimeline timeline,
      Duration duration) {
    Objects.requireNonNull(migrations, "migrations");
    return builder()
        .location(migrations.location())
        .serverVersion(serverVersion)
        .timeline(timeline)
        .checks(MigrationChecks.evaluateTimeline(migrations, timeline))
        .duration(duration)
        .build();
  }

  /**
   * Whether every check passed and no other finding is an error that no {@code @allow} accepted.
   */
  public boolean passed() {
    return checks.stream().allMatch(CheckResult::passed)
        && findings.stream().noneMatch(Findings::fails);
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
      verdicts.add(
          result(step.version())
              .map(r -> MigrationVerdict.of(step, r))
              .orElseGet(() -> MigrationVerdict.of(step)));
    }
    for (ReversibilityResult r : results) {
      if (timeline.step(r.version()).isEmpty()) {
        Optional<DatabaseSchema> schema = r.s1().map(SchemaSnapshot::schema);
        List<RollbackIssue> issues = SafetyAnalysis.staticIssues(r.migration(), schema);
        verdicts.add(
            MigrationVerdict.builder()
                .migration(r.migration())
                .reversibility(r)
                .analysedSafety(SafetyAnalysis.overall(issues))
                .declaredSafety(r.migration().declaredSafety())
                .rollbackIssues(issues)
                .build());
      }
    }
    return List.copyOf(verdicts);
  }

  /** The verdict on one migration, if the run covered it. */
  public Optional<MigrationVerdict> verdict(String version) {
    return verdicts().stream().filter(v -> v.version().equals(version)).findFirst();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof VerificationReport that
        && location.equals(that.location)
        && serverVersion.equals(that.serverVersion)
        && timeline.equals(that.timeline)
        && results.equals(that.results)
        && checks.equals(that.checks)
        && duration.equals(that.duration)
        && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, serverVersion, timeline, results, checks, duration, findings);
  }

  @Override
  public String toString() {
    return "VerificationReport[location="
        + location
        + ", serverVersion="
        + serverVersion
        + ", timeline="
        + timeline
        + ", results="
        + results
        + ", checks="
        + checks
        + ", duration="
        + duration
        + ", findings="
        + findings
        + "]";
  }

  /**
   * Collects the values of a {@link VerificationReport}; {@link #build()} checks that the required
   * ones are set.
   */
  public static final class Builder {
    private String location;
    private String serverVersion;
    private MigrationTimeline timeline;
    private List<ReversibilityResult> results = List.of();
    private List<CheckResult> checks = List.of();
    private Duration duration;
    private List<Finding> findings;

    private Builder() {}

    /** Sets {@link VerificationReport#location()}: where the migrations came from. */
    public Builder location(String location) {
      this.location = Objects.requireNonNull(location, "location");
      return this;
    }

    /** Sets {@link VerificationReport#serverVersion()}: the SurrealDB version it ran on. */
    public Builder serverVersion(String serverVersion) {
      this.serverVersion = Objects.requireNonNull(serverVersion, "serverVersion");
      return this;
    }

    /**
     * Sets {@link VerificationReport#timeline()}: a snapshot before the first and after every
     * migration.
     */
    public Builder timeline(MigrationTimeline timeline) {
      this.timeline = Objects.requireNonNull(timeline, "timeline");
      return this;
    }

    /**
     * Sets {@link VerificationReport#results()}: one reversibility round trip per migration, in
     * order.
     */
    public Builder results(List<ReversibilityResult> results) {
      this.results = Objects.requireNonNull(results, "results");
      return this;
    }

    /** Sets {@link VerificationReport#checks()}: the built-in checks. */
    public Builder checks(List<CheckResult> checks) {
      this.checks = Objects.requireNonNull(checks, "checks");
      return this;
    }

    /** Sets {@link VerificationReport#duration()}: how long the run took. */
    public Builder duration(Duration duration) {
      this.duration = Objects.requireNonNull(duration, "duration");
      return this;
    }

    /**
     * Sets {@link VerificationReport#findings()}; when not set, {@link #build()} finds them in the
     * checks and in the rollback analysis of the timeline.
     */
    public Builder findings(List<Finding> findings) {
      this.findings = Objects.requireNonNull(findings, "findings");
      return this;
    }

    /**
     * The verification report of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public VerificationReport build() {
      Required.set(location, "VerificationReport", "location");
      Required.set(serverVersion, "VerificationReport", "serverVersion");
      Required.set(timeline, "VerificationReport", "timeline");
      Required.set(duration, "VerificationReport", "duration");
      List<Finding> all = findings == null ? Findings.collect(timeline, results, checks) : findings;
      return new VerificationReport(
          location, serverVersion, timeline, results, checks, duration, all);
    }
  }
}

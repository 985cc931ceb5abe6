package dev.surql.core.verify;

import dev.surql.core.migration.MigrationSet;
import java.time.Duration;
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
 */
public record VerificationReport(
    String location,
    String serverVersion,
    MigrationTimeline timeline,
    List<ReversibilityResult> results,
    List<CheckResult> checks,
    Duration duration) {

  public VerificationReport {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(serverVersion, "serverVersion");
    Objects.requireNonNull(timeline, "timeline");
    results = List.copyOf(Objects.requireNonNull(results, "results"));
    checks = List.copyOf(Objects.requireNonNull(checks, "checks"));
    Objects.requireNonNull(duration, "duration");
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

  /** Whether every check passed. */
  public boolean passed() {
    return checks.stream().allMatch(CheckResult::passed);
  }

  public Optional<CheckResult> check(MigrationCheck check) {
    return checks.stream().filter(c -> c.check() == check).findFirst();
  }

  public Optional<ReversibilityResult> result(String version) {
    return results.stream().filter(r -> r.version().equals(version)).findFirst();
  }
}

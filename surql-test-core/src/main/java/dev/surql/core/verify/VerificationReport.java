package dev.surql.core.verify;

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

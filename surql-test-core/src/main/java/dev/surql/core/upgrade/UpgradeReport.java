package dev.surql.core.upgrade;

import dev.surql.core.rule.Finding;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of an {@link UpgradeCheck}: one {@link UpgradeResult} per migration, in version order.
 *
 * @param location where the migrations came from
 * @param fromVersion the source server's version, e.g. {@code surrealdb-2.6.0}
 * @param toVersion the target server's version, e.g. {@code surrealdb-3.0.2}
 * @param results per migration
 * @param duration how long the check took
 */
public record UpgradeReport(
    String location, String fromVersion, String toVersion, List<UpgradeResult> results, Duration duration) {

  public UpgradeReport {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(fromVersion, "fromVersion");
    Objects.requireNonNull(toVersion, "toVersion");
    results = List.copyOf(Objects.requireNonNull(results, "results"));
    Objects.requireNonNull(duration, "duration");
  }

  /** Whether every migration applies on both versions with the same schema. */
  public boolean passed() {
    return results.stream().noneMatch(UpgradeResult::breaks);
  }

  /** The migrations that stop the upgrade. */
  public List<UpgradeResult> broken() {
    return results.stream().filter(UpgradeResult::breaks).toList();
  }

  /** Every finding of every migration, in version order. */
  public List<Finding> findings() {
    return results.stream().flatMap(r -> r.findings().stream()).toList();
  }

  /** The result of one migration. */
  public Optional<UpgradeResult> result(String version) {
    return results.stream().filter(r -> r.version().equals(version)).findFirst();
  }

  /** How many migrations have a status. */
  public long count(UpgradeStatus status) {
    return results.stream().filter(r -> r.status() == status).count();
  }
}

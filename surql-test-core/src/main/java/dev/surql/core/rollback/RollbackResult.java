package dev.surql.core.rollback;

import dev.surql.core.snapshot.SchemaSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What executing a {@link RollbackPlan} did.
 *
 * @param success whether every planned migration was rolled back
 * @param dryRun whether nothing was executed
 * @param rolledBackVersions the versions actually rolled back, in order
 * @param duration how long it took
 * @param errors what went wrong (empty on success)
 * @param before snapshot taken before (absent on a dry run)
 * @param after snapshot taken after (absent on a dry run, or when the server could not be read afterwards)
 */
public record RollbackResult(
    boolean success,
    boolean dryRun,
    List<String> rolledBackVersions,
    Duration duration,
    List<String> errors,
    Optional<SchemaSnapshot> before,
    Optional<SchemaSnapshot> after) {

  public RollbackResult {
    rolledBackVersions = List.copyOf(Objects.requireNonNull(rolledBackVersions, "rolledBackVersions"));
    Objects.requireNonNull(duration, "duration");
    errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  public int rolledBackCount() {
    return rolledBackVersions.size();
  }
}

package dev.surql.core.upgrade;

import dev.surql.core.migration.Migration;
import dev.surql.core.rule.Finding;
import dev.surql.core.snapshot.SchemaChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The upgrade check's verdict on one migration.
 *
 * @param migration the migration
 * @param status what happened on the two versions
 * @param findings one per breaking statement (with file:line and a hint) or per schema difference
 * @param serverMessage the target's (or, for {@link UpgradeStatus#FAILS_ON_SOURCE}, the source's) error message
 * @param differences for {@link UpgradeStatus#SCHEMA_DIFFERS}: from the source's schema to the target's,
 *     after normalising, limited to what the migration touched
 */
public record UpgradeResult(
    Migration migration,
    UpgradeStatus status,
    List<Finding> findings,
    Optional<String> serverMessage,
    List<SchemaChange> differences) {

  public UpgradeResult {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    Objects.requireNonNull(serverMessage, "serverMessage");
    differences = List.copyOf(Objects.requireNonNull(differences, "differences"));
  }

  public String version() {
    return migration.version();
  }

  /** Whether this migration stops the upgrade. */
  public boolean breaks() {
    return status.breaks();
  }
}

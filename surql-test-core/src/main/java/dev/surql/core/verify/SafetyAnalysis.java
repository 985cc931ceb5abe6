package dev.surql.core.verify;

import dev.surql.core.migration.Migration;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.DatabaseSchema;
import java.util.List;

/** The static rollback analysis used by timelines and verification (never data-aware). */
final class SafetyAnalysis {
  private SafetyAnalysis() {}

  static List<RollbackIssue> staticIssues(Migration migration, DatabaseSchema schemaBeforeDown) {
    return List.of(); // wired to the rollback analyzer once it lands
  }

  static RollbackSafety overall(List<RollbackIssue> issues) {
    return issues.stream().map(RollbackIssue::staticSafety).reduce(RollbackSafety.SAFE, RollbackSafety::max);
  }
}

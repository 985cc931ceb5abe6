package dev.surql.core.verify;

import dev.surql.core.migration.Migration;
import dev.surql.core.rollback.RollbackAnalysisOptions;
import dev.surql.core.rollback.RollbackAnalyzer;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.DatabaseSchema;
import java.util.List;
import java.util.Optional;

/** The static rollback analysis used by timelines and verification (never data-aware). */
final class SafetyAnalysis {
  private SafetyAnalysis() {}

  /**
   * The issues of {@code migration}'s down, analysed against the schema it would run on. The
   * analyzer's note that the author declared a riskier level than the analysis is left out: it is
   * about the declaration, not the down, and would otherwise raise the analysed level to the
   * declared one.
   */
  static List<RollbackIssue> staticIssues(Migration migration, DatabaseSchema schemaBeforeDown) {
    return staticIssues(migration, Optional.of(schemaBeforeDown));
  }

  /**
   * Like {@link #staticIssues(Migration, DatabaseSchema)}; with an empty {@code schemaBeforeDown}
   * (its up never applied, so nothing is known of the schema the down would meet) a redefinition
   * counts as a possible change, never as a new element of an empty schema.
   */
  static List<RollbackIssue> staticIssues(
      Migration migration, Optional<DatabaseSchema> schemaBeforeDown) {
    RollbackAnalysisOptions options =
        schemaBeforeDown
            .map(RollbackAnalysisOptions.staticLevel()::withSchema)
            .orElse(RollbackAnalysisOptions.staticLevel());
    return RollbackAnalyzer.analyze(List.of(migration), options).stream()
        .filter(issue -> !(migration.reversible() && issue.statement().isEmpty()))
        .toList();
  }

  static RollbackSafety overall(List<RollbackIssue> issues) {
    return issues.stream()
        .map(RollbackIssue::staticSafety)
        .reduce(RollbackSafety.SAFE, RollbackSafety::max);
  }
}

package dev.surql.core.rollback;

import dev.surql.core.rule.Rule;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One risk found in a migration's down: what the statement would do to data, how risky that is,
 * and what to do about it.
 *
 * @param version the migration whose down contains the statement
 * @param staticSafety what the statement would do to a database full of data
 * @param safety the level after counting real data (equal to {@code staticSafety} unless a
 *     data-aware analysis found nothing at stake and downgraded it)
 * @param statement the statement text (empty for an issue about the whole migration, e.g. no down)
 * @param source the file (or class) of the statement
 * @param line the statement's line in the source (0 if unknown)
 * @param description what would happen, e.g. {@code Removes field bio on table user}
 * @param recommendation what to do before rolling back
 * @param affectedData what is at stake, e.g. {@code 1204 records in `user` have a value in `bio`}
 * @param affectedRecords the count behind {@code affectedData}, when it was counted
 * @param rule the rule the issue is reported under, e.g. {@code SQ101 remove-table}
 */
public record RollbackIssue(
    String version,
    RollbackSafety staticSafety,
    RollbackSafety safety,
    String statement,
    String source,
    int line,
    String description,
    String recommendation,
    Optional<String> affectedData,
    OptionalLong affectedRecords,
    Rule rule) {

  public RollbackIssue {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(staticSafety, "staticSafety");
    Objects.requireNonNull(safety, "safety");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(recommendation, "recommendation");
    Objects.requireNonNull(affectedData, "affectedData");
    Objects.requireNonNull(affectedRecords, "affectedRecords");
    Objects.requireNonNull(rule, "rule");
  }
}

package dev.surql.core.forward;

import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.RuleLevel;
import dev.surql.core.rule.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One thing a migration's up does to existing data: the rule, the statement, how risky it is before
 * and after counting real records, and what to do.
 *
 * @param version the migration whose up contains the statement
 * @param rule the {@code SQ4xx} rule
 * @param staticSafety what the statement would do to a database full of data
 * @param safety the level after counting real data (equal to {@code staticSafety} unless a
 *     data-aware analysis counted and found nothing, or more, at stake)
 * @param statement the statement text
 * @param source the file (or class) of the statement
 * @param line the statement's line in the source (0 if unknown)
 * @param table the table concerned
 * @param description what would happen, e.g. {@code Adds field email on table user …}
 * @param hint what to do
 * @param affectedData what is at stake, e.g. {@code 2 records in `user` have no value in `email`}
 * @param affectedRecords the count behind {@code affectedData}, when it was counted
 * @param sampleRecords ids of records at stake (at most {@link ForwardAnalyzer#SAMPLE_LIMIT}), for
 *     checking the prediction against the engine
 * @param predictsFailedWrites whether the issue says that {@code sampleRecords} fail their next write
 */
public record ForwardIssue(
    String version,
    Rule rule,
    ForwardSafety staticSafety,
    ForwardSafety safety,
    String statement,
    String source,
    int line,
    String table,
    String description,
    String hint,
    Optional<String> affectedData,
    OptionalLong affectedRecords,
    List<String> sampleRecords,
    boolean predictsFailedWrites) {

  public ForwardIssue {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(staticSafety, "staticSafety");
    Objects.requireNonNull(safety, "safety");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(affectedData, "affectedData");
    Objects.requireNonNull(affectedRecords, "affectedRecords");
    sampleRecords = List.copyOf(Objects.requireNonNull(sampleRecords, "sampleRecords"));
  }

  /**
   * This issue as a {@link Finding} of its rule: at the rule's level, or {@code NOTE} when counting
   * found nothing at stake; the message carries what was counted.
   */
  public Finding toFinding() {
    String message = description + affectedData.map(a -> " [" + a + "]").orElse("");
    Finding finding = Finding.of(rule, version, message).withHint(hint)
        .withLocation(SourceLocation.of(source, Math.max(line, 0)));
    return safety == ForwardSafety.SAFE ? finding.withLevel(RuleLevel.NOTE) : finding;
  }
}

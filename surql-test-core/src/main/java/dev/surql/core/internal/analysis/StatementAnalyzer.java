package dev.surql.core.internal.analysis;

import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.migration.Statement;
import dev.surql.core.snapshot.DatabaseSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Classifies the statements of a down section by what they would do to a database full of data,
 * without touching a database (the static level of rollback safety). Works on the lexer's tokens,
 * so case, whitespace, comments, keywords inside strings and escaped identifiers ({@code `my
 * table`}, {@code ⟨x⟩}) never mislead it.
 *
 * <p>Classification: removing an index, event, function, param or analyzer, adding anything,
 * reading, and {@code REBUILD INDEX} are SAFE. Removing a field, an access method, a user or a
 * sequence, changing a field's type or tightening its {@code ASSERT} (compared with the current
 * schema, when one is given), adding a {@code UNIQUE} index (fails on duplicates), {@code ALTER}
 * (unless it only sets a comment or {@code PERMISSIONS NONE|FULL}), {@code UPDATE}/{@code UPSERT}
 * and deleting some records are DATA_LOSS. Removing a table, database or namespace, and deleting
 * all records of a table, are UNSAFE. A {@code DEFINE TABLE … OVERWRITE} that turns a normal table
 * into a view is UNSAFE; one that changes a table's kind or makes it SCHEMAFULL is DATA_LOSS.
 *
 * <p>What it cannot understand (an unknown statement, a target given by a parameter or expression,
 * a call of a custom {@code fn::} function, {@code USE}) is reported as "could not analyse" and is
 * DATA_LOSS, never SAFE; statements nested in {@code IF}/{@code FOR} blocks or subqueries are
 * analysed too, so a block that removes a table or deletes all records is UNSAFE.
 *
 * <p>The parts: {@link StatementClassifier} judges one statement, {@link NestedStatements} finds
 * what it runs inside blocks, {@link AnalysisRun} combines both over a {@link WorkingSchema} that
 * the statements update, read with a {@link TokenCursor}; {@link TypeText} and {@link
 * ExpressionText} compare clauses.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StatementAnalyzer {

  private final Optional<DatabaseSchema> schema;

  /** An analyzer that compares {@code DEFINE} statements with {@code current}, when given. */
  public StatementAnalyzer(Optional<DatabaseSchema> current) {
    this.schema = Objects.requireNonNull(current, "current");
  }

  /** An analyzer without a current schema: redefinitions of existing elements count as changes. */
  public static StatementAnalyzer withoutSchema() {
    return new StatementAnalyzer(Optional.empty());
  }

  /** An analyzer that compares {@code DEFINE FIELD/TABLE/INDEX} with the current schema. */
  public static StatementAnalyzer withSchema(DatabaseSchema current) {
    return new StatementAnalyzer(Optional.of(Objects.requireNonNull(current, "current")));
  }

  /** The current schema this analyzer compares with, if any. */
  public Optional<DatabaseSchema> schema() {
    return schema;
  }

  /** Analyses one statement against the current schema. */
  public StatementRisk analyze(Statement statement) {
    Objects.requireNonNull(statement, "statement");
    return new AnalysisRun(WorkingSchema.of(schema)).analyze(statement);
  }

  /**
   * Analyses statements that run one after the other: each is compared with the schema as the
   * statements before it leave it (a field removed and re-defined is a new field, and so on).
   */
  public List<StatementRisk> analyzeAll(List<Statement> statements) {
    Objects.requireNonNull(statements, "statements");
    AnalysisRun run = new AnalysisRun(WorkingSchema.of(schema));
    List<StatementRisk> risks = new ArrayList<>(statements.size());
    for (Statement statement : statements) {
      risks.add(run.analyze(Objects.requireNonNull(statement, "statement")));
    }
    return List.copyOf(risks);
  }

  /**
   * Splits SurrealQL source into statements and analyses them in order.
   *
   * @throws dev.surql.core.internal.sql.SurqlSyntaxException if the source cannot be split
   *     (unterminated string, comment or block)
   */
  public List<StatementRisk> analyzeSource(String source, String origin) {
    return analyzeAll(StatementSplitter.split(Objects.requireNonNull(source, "source"), origin));
  }
}

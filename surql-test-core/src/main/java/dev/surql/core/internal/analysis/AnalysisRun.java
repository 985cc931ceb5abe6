package dev.surql.core.internal.analysis;

import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.text.Abbreviation;
import dev.surql.core.migration.Statement;
import dev.surql.core.rollback.RollbackSafety;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence of analyses that share a working copy of the schema: each statement is classified
 * against the schema as the statements before it leave it, statements nested in its blocks and
 * subqueries (and calls of custom functions) raise its level, and then it is applied to the schema.
 *
 * <p>Not thread-safe: a run belongs to one analysis.
 */
final class AnalysisRun {
  private final WorkingSchema model;
  private final StatementClassifier classifier;

  AnalysisRun(WorkingSchema model) {
    this.model = model;
    this.classifier = new StatementClassifier(model);
  }

  WorkingSchema model() {
    return model;
  }

  /** Analyses the next statement against the schema as it is now, then applies it to the schema. */
  StatementRisk analyze(Statement statement) {
    StatementRisk own = classifier.classify(statement);
    StatementRisk risk = withNested(statement, own);
    model.apply(risk, statement);
    return risk;
  }

  /** Adds what statements nested in blocks or subqueries, and custom function calls, would do. */
  private StatementRisk withNested(Statement statement, StatementRisk own) {
    boolean isDefine =
        own.kind() == StatementKind.DEFINE_TABLE
            || own.kind() == StatementKind.DEFINE_VIEW
            || own.kind() == StatementKind.DEFINE_FIELD
            || own.kind() == StatementKind.DEFINE_INDEX
            || (own.kind() == StatementKind.DEFINE_OTHER && !isDefineParam(statement));
    if (isDefine) {
      return own;
    }
    List<String> problems = new ArrayList<>();
    RollbackSafety nestedSafety = RollbackSafety.SAFE;
    List<Statement> nestedStatements = NestedStatements.of(statement);
    AnalysisRun nestedRun = nestedStatements.isEmpty() ? null : new AnalysisRun(model.copy());
    for (Statement nested : nestedStatements) {
      StatementRisk risk = nestedRun.analyze(nested);
      if (risk.isRisky()) {
        nestedSafety = nestedSafety.max(risk.safety());
        problems.add(risk.description() + " (" + Abbreviation.oneLine(nested.text(), 120) + ")");
      }
    }
    List<String> calls =
        own.kind() == StatementKind.REMOVE_FUNCTION
            ? List.of()
            : NestedStatements.customFunctionCalls(statement);
    for (String function : calls) {
      nestedSafety = nestedSafety.max(RollbackSafety.DATA_LOSS);
      problems.add("calls custom function " + function + ", whose effects are not analysed");
    }
    if (problems.isEmpty()) {
      return own;
    }
    RollbackSafety safety = own.safety().max(RollbackSafety.DATA_LOSS).max(nestedSafety);
    String description =
        (own.kind() == StatementKind.BLOCK
                ? "Could not analyse the " + statement.keyword() + " block fully"
                : own.description() + "; could not analyse the statement fully")
            + ": "
            + String.join("; ", problems);
    String recommendation =
        "Check what the statement does to existing data; "
            + "prefer plain statements to blocks and functions in a down section so they can be analysed.";
    return new StatementRisk(
        statement,
        own.kind(),
        own.tables(),
        own.fields(),
        own.name(),
        own.condition(),
        safety,
        description,
        recommendation,
        false);
  }

  private static boolean isDefineParam(Statement statement) {
    List<Token> tokens = Statements.significantTokens(statement);
    return tokens.size() > 1 && tokens.get(0).isWord("DEFINE") && tokens.get(1).isWord("PARAM");
  }
}

package dev.surql.core.internal.sql;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.StatementResult;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.migration.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The oracle of the splitter's differential test: what SurrealDB's {@code /sql} endpoint made of a
 * text, either one result per statement it parsed or the parse error it refused the text with.
 *
 * @param results the statement results, empty when the text was refused
 * @param parseError the engine's message when it could not parse the text (HTTP 400)
 */
record EngineStatementCount(List<StatementResult> results, Optional<String> parseError) {

  /** Runs {@code text} on the client's database; a non-parse failure (e.g. HTTP 500) is thrown. */
  static EngineStatementCount of(SurqlClient client, String text) {
    try {
      return new EngineStatementCount(
          client.queryAllowingErrors(text).statements(), Optional.empty());
    } catch (SurqlException e) {
      if (e.code() == ErrorCode.PARSE_ERROR) {
        return new EngineStatementCount(List.of(), Optional.of(e.getMessage()));
      }
      throw e;
    }
  }

  boolean parsed() {
    return parseError.isEmpty();
  }

  /**
   * How many results SurrealDB 3.0.2 answers for {@code statements} (as split by us) given its
   * results: one per statement, {@code BEGIN}, {@code COMMIT} and {@code CANCEL} included, except
   * the {@code COMMIT} or {@code CANCEL} of a transaction in which a statement failed, which it
   * leaves out. (A {@code RETURN} inside a transaction also cuts its answers short: such texts are
   * not compared, see {@link #returnsInATransaction(List)}.)
   */
  int expectedFor(List<Statement> statements) {
    int expected = 0;
    boolean inTransaction = false;
    boolean failed = false;
    for (Statement statement : statements) {
      String keyword = statement.keyword();
      boolean ends = keyword.equals("COMMIT") || keyword.equals("CANCEL");
      if (ends && inTransaction) {
        inTransaction = false;
        if (failed) {
          continue;
        }
      } else if (inTransaction && expected < results.size()) {
        StatementResult result = results.get(expected);
        failed |= !result.ok() && !result.notExecuted();
      }
      expected++;
      if (keyword.equals("BEGIN")) {
        inTransaction = true;
        failed = false;
      }
    }
    return expected;
  }

  /**
   * Whether a statement between {@code BEGIN} and {@code COMMIT}/{@code CANCEL} holds a {@code
   * RETURN}.
   */
  static boolean returnsInATransaction(List<Statement> statements) {
    boolean inTransaction = false;
    for (Statement statement : statements) {
      String keyword = statement.keyword();
      if (keyword.equals("BEGIN")) {
        inTransaction = true;
      } else if (keyword.equals("COMMIT") || keyword.equals("CANCEL")) {
        inTransaction = false;
      } else if (inTransaction
          && Statements.tokens(statement).stream().anyMatch(t -> t.isWord("RETURN"))) {
        return true;
      }
    }
    return false;
  }
}

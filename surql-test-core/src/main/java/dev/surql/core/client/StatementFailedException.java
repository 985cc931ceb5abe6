package dev.surql.core.client;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.internal.text.Abbreviation;
import java.util.Optional;

/** A statement reported ERR. Names the statement (position and text) and the server's message. */
public class StatementFailedException extends SurqlException {
  private static final long serialVersionUID = 1L;

  private final int statementIndex;
  private final String statement;
  private final String serverMessage;
  private final String errorKind;

  StatementFailedException(
      int index, String statement, StatementResult result, ConnectionSettings settings) {
    this(ErrorCode.STATEMENT_FAILED, index, statement, result, settings);
  }

  StatementFailedException(
      ErrorCode code,
      int index,
      String statement,
      StatementResult result,
      ConnectionSettings settings) {
    super(code, message(code, index, statement, result, settings));
    this.statementIndex = index;
    this.statement = statement;
    this.serverMessage = result == null ? "" : result.errorMessage().orElse("");
    this.errorKind = result == null ? "" : result.errorKind().orElse("");
  }

  private static String message(
      ErrorCode code,
      int index,
      String statement,
      StatementResult result,
      ConnectionSettings settings) {
    String where = index >= 0 ? "Statement " + (index + 1) : "The transaction";
    String what =
        code == ErrorCode.TRANSACTION_FAILED
            ? " failed and the transaction was cancelled (nothing was applied)"
            : " failed";
    String server =
        result == null
            ? "no result"
            : result.errorKind().map(k -> k + ": ").orElse("") + result.errorMessage().orElse("");
    return where
        + what
        + " in "
        + settings.namespace()
        + "/"
        + settings.database()
        + " at "
        + settings.url()
        + ": "
        + server
        + System.lineSeparator()
        + "  Statement: "
        + Abbreviation.abbreviate(statement == null ? "" : statement.strip(), 500);
  }

  /**
   * 0-based position of the failed statement, or -1 if the failure was not a single statement's.
   */
  public int statementIndex() {
    return statementIndex;
  }

  public String statement() {
    return statement;
  }

  public String serverMessage() {
    return serverMessage;
  }

  public Optional<String> errorKind() {
    return errorKind.isEmpty() ? Optional.empty() : Optional.of(errorKind);
  }
}

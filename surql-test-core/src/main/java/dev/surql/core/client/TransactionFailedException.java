package dev.surql.core.client;

import dev.surql.core.ErrorCode;

/**
 * A transaction was cancelled because a statement in it failed; none of its statements took effect.
 */
public class TransactionFailedException extends StatementFailedException {
  private static final long serialVersionUID = 1L;

  TransactionFailedException(
      int index, String statement, StatementResult result, ConnectionSettings settings) {
    super(ErrorCode.TRANSACTION_FAILED, index, statement, result, settings);
  }
}

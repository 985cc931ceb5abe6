package dev.surql.cli;

import dev.surql.core.ErrorCode;

/**
 * The exit codes of the {@code surql} command: 0 success, 1 failure, 2 usage error, 3 approval
 * needed, 4 connection or engine problem. Scripts and CI jobs can rely on them.
 */
public final class ExitCodes {
  /** Everything worked (and, for {@code verify}, every check passed). */
  public static final int OK = 0;

  /** A migration, rollback or verification failed. */
  public static final int FAILURE = 1;

  /** The command line is wrong: unknown option, missing argument, missing --url or --ns. */
  public static final int USAGE = 2;

  /**
   * A rollback needs approval: it is not SAFE and --force was not given, or the answer was not yes.
   */
  public static final int APPROVAL_NEEDED = 3;

  /** The server cannot be reached, rejected the credentials, or the engine did not start. */
  public static final int CONNECTION = 4;

  private ExitCodes() {}

  /** The exit code for a core error code. */
  public static int of(ErrorCode code) {
    return switch (code) {
      case CONNECTION_REFUSED,
          AUTHENTICATION_FAILED,
          HTTP_ERROR,
          TIMEOUT,
          ENGINE_UNAVAILABLE,
          ENGINE_START_FAILED,
          INVALID_CONFIGURATION ->
          CONNECTION;
      default -> FAILURE;
    };
  }

  /** The footer of {@code surql --help}. */
  static final String HELP_FOOTER =
      """

      Exit codes:
        0  success
        1  failure: a migration, rollback or verification failed
        2  usage error: bad option or argument, no server, no --ns/--db
        3  approval needed: rollback not SAFE without --force, or not confirmed
        4  connection or engine problem: unreachable, bad credentials, no engine
      """;
}

package dev.surql.cli;

/**
 * A problem the {@code surql} command reports as one line on stderr with a given exit code, e.g. a
 * rollback that needs approval (exit code {@link ExitCodes#APPROVAL_NEEDED}).
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  /** The exit code the command ends with. */
  public int exitCode() {
    return exitCode;
  }
}

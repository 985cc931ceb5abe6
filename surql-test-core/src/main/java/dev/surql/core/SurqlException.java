package dev.surql.core;

import java.util.Objects;

/**
 * The one unchecked exception surql-test throws. Its {@link ErrorCode} says what kind of problem it
 * is; its message says what went wrong, with the file, version, statement or URL involved, and what
 * to do next.
 */
public class SurqlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  public SurqlException(ErrorCode code, String message) {
    this(code, message, null);
  }

  public SurqlException(ErrorCode code, String message, Throwable cause) {
    super(Objects.requireNonNull(message, "message"), cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** What kind of problem this is. */
  public ErrorCode code() {
    return code;
  }
}

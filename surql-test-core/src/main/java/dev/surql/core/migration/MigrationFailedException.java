package dev.surql.core.migration;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import java.util.Objects;
import java.util.Optional;

/**
 * A migration's transaction failed on the server, so none of its statements and no history row were
 * applied. Names the version, the file, the failing statement with its line, and the server's
 * message; later migrations were not attempted.
 */
public class MigrationFailedException extends SurqlException {
  private static final long serialVersionUID = 1L;

  private final String version;
  private final String file;
  private final transient Statement statement;
  private final String serverMessage;

  /** Made by {@link Migrator} only; users read it. */
  MigrationFailedException(
      String message,
      String version,
      String file,
      Optional<Statement> statement,
      String serverMessage,
      Throwable cause) {
    super(ErrorCode.MIGRATION_FAILED, message, cause);
    this.version = Objects.requireNonNull(version, "version");
    this.file = Objects.requireNonNull(file, "file");
    this.statement = Objects.requireNonNull(statement, "statement").orElse(null);
    this.serverMessage = Objects.requireNonNull(serverMessage, "serverMessage");
  }

  /** The version of the migration that failed. */
  public String version() {
    return version;
  }

  /** The file, classpath location or class of the migration. */
  public String file() {
    return file;
  }

  /** The statement that failed, if the failure was one statement's. */
  public Optional<Statement> statement() {
    return Optional.ofNullable(statement);
  }

  /** The server's error message. */
  public String serverMessage() {
    return serverMessage;
  }
}

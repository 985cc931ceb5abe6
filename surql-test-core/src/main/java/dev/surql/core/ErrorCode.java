package dev.surql.core;

/** The kinds of problem a {@link SurqlException} reports. */
public enum ErrorCode {
  /** Nothing listens at the URL. */
  CONNECTION_REFUSED,
  /** The server rejected the credentials (HTTP 401). */
  AUTHENTICATION_FAILED,
  /** The server could not parse the SurrealQL (HTTP 400); nothing ran. */
  PARSE_ERROR,
  /** A statement ran and reported ERR. */
  STATEMENT_FAILED,
  /** A transaction was cancelled because one of its statements failed. */
  TRANSACTION_FAILED,
  /** Any other unexpected HTTP answer or I/O failure. */
  HTTP_ERROR,
  /** The request did not complete in time. */
  TIMEOUT,
  /** No engine could be found or configured. */
  ENGINE_UNAVAILABLE,
  /** An engine was found but did not start. */
  ENGINE_START_FAILED,
  /** A configuration value is invalid. */
  INVALID_CONFIGURATION,
  /** A migration file or class is invalid. */
  MIGRATION_INVALID,
  /** A migration failed to apply or to roll back. */
  MIGRATION_FAILED,
  /** An applied migration's checksum differs from the local one, or history and files disagree. */
  MIGRATION_STATE_INVALID,
  /** Another process holds the migration lock. */
  MIGRATION_LOCKED,
  /** A snapshot is missing, invalid or tampered with. */
  SNAPSHOT_INVALID,
  /** The version graph is inconsistent. */
  VERSION_GRAPH_INVALID,
  /** A rollback was refused or failed. */
  ROLLBACK_FAILED
}

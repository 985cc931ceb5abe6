package dev.surql.core.internal.migration;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.QueryResult;
import dev.surql.core.client.StatementFailedException;
import dev.surql.core.client.StatementResult;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.sql.RecordIdFunction;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.migration.FailedMigration;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationDirection;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code _migration_history} table of one database: which migrations are applied, with their
 * checksums, and which are recorded as failed (a {@code -- @transaction: none} migration that
 * stopped part way: {@code status} {@code 'failed'} with the statement it stopped at). Each row's
 * record id is {@code _migration_history:⟨version⟩}, so two processes can never both record the
 * same version. Reading never creates the table; {@link #ensureTable()} creates it idempotently
 * (and adds the fields a newer surql-test needs to a table an older one created).
 */
public final class MigrationHistory {

  /** The history table's name. */
  public static final String TABLE = "_migration_history";

  /** The {@code applied_by} value surql-test writes. */
  public static final String APPLIED_BY = "surql-test";

  private static final List<String> DEFINITIONS =
      List.of(
          "DEFINE TABLE IF NOT EXISTS " + TABLE + " SCHEMAFULL",
          "DEFINE FIELD IF NOT EXISTS version ON " + TABLE + " TYPE string",
          "DEFINE FIELD IF NOT EXISTS description ON " + TABLE + " TYPE string",
          "DEFINE FIELD IF NOT EXISTS checksum ON " + TABLE + " TYPE string",
          "DEFINE FIELD IF NOT EXISTS applied_at ON " + TABLE + " TYPE datetime",
          "DEFINE FIELD IF NOT EXISTS execution_time_ms ON " + TABLE + " TYPE int",
          "DEFINE FIELD IF NOT EXISTS source ON " + TABLE + " TYPE string",
          "DEFINE FIELD IF NOT EXISTS statement_count ON " + TABLE + " TYPE int",
          "DEFINE FIELD IF NOT EXISTS applied_by ON " + TABLE + " TYPE string",
          "DEFINE FIELD IF NOT EXISTS status ON " + TABLE + " TYPE option<string>",
          "DEFINE FIELD IF NOT EXISTS failed_direction ON " + TABLE + " TYPE option<string>",
          "DEFINE FIELD IF NOT EXISTS failed_statement ON " + TABLE + " TYPE option<int>",
          "DEFINE FIELD IF NOT EXISTS failed_statement_count ON " + TABLE + " TYPE option<int>",
          "DEFINE FIELD IF NOT EXISTS failed_line ON " + TABLE + " TYPE option<int>",
          "DEFINE FIELD IF NOT EXISTS failed_text ON " + TABLE + " TYPE option<string>",
          "DEFINE FIELD IF NOT EXISTS failed_error ON " + TABLE + " TYPE option<string>",
          "DEFINE INDEX IF NOT EXISTS "
              + TABLE
              + "_version ON "
              + TABLE
              + " FIELDS version UNIQUE");

  private final SurqlClient client;
  private final RecordIdFunction recordIdFunction;

  /** The history of the database {@code client} is bound to. */
  public MigrationHistory(SurqlClient client) {
    this.client = Objects.requireNonNull(client, "client");
    this.recordIdFunction = new RecordIdFunction(client);
  }

  /** The client this history reads and writes through. */
  public SurqlClient client() {
    return client;
  }

  /**
   * Creates the table, its fields and the unique index on {@code version} if they are missing. Two
   * processes doing this at the same moment can make the server report a transaction conflict;
   * since the definitions are idempotent, they are retried a few times.
   *
   * @throws SurqlException ({@link ErrorCode#MIGRATION_LOCKED}) if the conflict persists
   */
  public void ensureTable() {
    for (int attempt = 1; ; attempt++) {
      try {
        client.transaction(DEFINITIONS);
        return;
      } catch (StatementFailedException e) {
        if (!isConflict(e.serverMessage())) {
          throw e;
        }
        if (attempt == CONFLICT_ATTEMPTS) {
          throw new SurqlException(
              ErrorCode.MIGRATION_LOCKED,
              "Could not create "
                  + TABLE
                  + " in "
                  + client.settings().namespace()
                  + "/"
                  + client.settings().database()
                  + ": another process changed the"
                  + " database at the same moment "
                  + CONFLICT_ATTEMPTS
                  + " times in a row (server: "
                  + e.serverMessage()
                  + "). Run migrate again, and make sure only one process migrates a database at a time.",
              e);
        }
        pause(attempt);
      }
    }
  }

  private static final int CONFLICT_ATTEMPTS = 5;

  /**
   * Whether a server error is a transaction conflict with a concurrent transaction (which can be
   * retried).
   */
  public static boolean isConflict(String serverMessage) {
    String message = serverMessage.toLowerCase(java.util.Locale.ROOT);
    return message.contains("transaction conflict")
        || message.contains("can be retried")
        || message.contains("read or write conflict");
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(20L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextInt(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SurqlException(ErrorCode.TIMEOUT, "Interrupted while creating " + TABLE, e);
    }
  }

  /** The value of {@code status} in a row that records a failed migration. */
  public static final String FAILED = "failed";

  /**
   * The applied migrations ordered by version (not the failed ones); empty if the table does not
   * exist yet.
   */
  public List<AppliedMigration> applied() {
    return entries().applied();
  }

  /**
   * The migrations recorded as failed, ordered by version; empty if there are none or the table
   * does not exist.
   */
  public List<FailedMigration> failed() {
    return entries().failed();
  }

  /** The migration recorded as failed with this version, if any. */
  public Optional<FailedMigration> findFailed(String version) {
    Objects.requireNonNull(version, "version");
    return failed().stream().filter(f -> f.version().equals(version)).findFirst();
  }

  /** Applied and failed rows, read in one request. */
  public record Entries(List<AppliedMigration> applied, List<FailedMigration> failed) {}

  public Entries entries() {
    QueryResult result = client.queryAllowingErrors("SELECT * FROM " + TABLE + ";");
    StatementResult statement = result.last();
    if (!statement.ok()) {
      if (statement.errorKind().filter("NotFound"::equals).isPresent()
          || statement.errorMessage().orElse("").contains("does not exist")) {
        return new Entries(List.of(), List.of());
      }
      throw new SurqlException(
          ErrorCode.MIGRATION_STATE_INVALID,
          "Cannot read "
              + TABLE
              + " in "
              + client.settings().namespace()
              + "/"
              + client.settings().database()
              + ": "
              + statement.errorMessage().orElse(""));
    }
    List<AppliedMigration> applied = new ArrayList<>();
    List<FailedMigration> failed = new ArrayList<>();
    for (JsonNode row : JsonResults.rows(result)) {
      if (FAILED.equals(row.path("status").asText(""))) {
        failed.add(toFailed(row));
      } else {
        applied.add(toApplied(row));
      }
    }
    applied.sort((a, b) -> MigrationVersions.compare(a.version(), b.version()));
    failed.sort((a, b) -> MigrationVersions.compare(a.version(), b.version()));
    return new Entries(List.copyOf(applied), List.copyOf(failed));
  }

  /** The applied migration with this version, if any. */
  public Optional<AppliedMigration> find(String version) {
    Objects.requireNonNull(version, "version");
    return applied().stream().filter(a -> a.version().equals(version)).findFirst();
  }

  /** The newest applied migration, if any. */
  public Optional<AppliedMigration> latest() {
    List<AppliedMigration> applied = applied();
    return applied.isEmpty() ? Optional.empty() : Optional.of(applied.get(applied.size() - 1));
  }

  /**
   * SHA-256 over the applied (version, checksum) pairs in version order: changes whenever a
   * migration is applied, rolled back or re-applied with other content, so a plan computed against
   * one fingerprint can detect that the database moved on.
   */
  public String fingerprint() {
    return fingerprint(applied());
  }

  /** The fingerprint (see {@link #fingerprint()}) of the given applied migrations. */
  public static String fingerprint(List<AppliedMigration> applied) {
    StringBuilder text = new StringBuilder();
    applied.stream()
        .sorted((a, b) -> MigrationVersions.compare(a.version(), b.version()))
        .forEach(a -> text.append(a.version()).append('\t').append(a.checksum()).append('\n'));
    return MigrationChecksum.sha256(text.toString());
  }

  /**
   * The statement that records {@code migration} as applied, to run as the last statement of its
   * transaction after {@code LET $surql_started = time::now()}; bind {@link #recordParameters}.
   */
  public String recordStatement() {
    return "CREATE " + recordId() + " CONTENT " + content("status: 'applied'");
  }

  /**
   * The statement that records {@code migration} as applied whatever its row holds now (a failed
   * row is replaced), after {@code LET $surql_started = time::now()}; bind {@link
   * #recordParameters}.
   */
  public String markAppliedStatement() {
    return "UPSERT " + recordId() + " CONTENT " + content("status: 'applied'");
  }

  /**
   * The statement that records a failure of an up (a new row) or a down (the existing row
   * replaced), after {@code LET $surql_started = time::now()}; bind {@link #failureParameters}.
   */
  public String recordFailureStatement(MigrationDirection direction) {
    return (direction == MigrationDirection.UP ? "CREATE " : "UPSERT ")
        + recordId()
        + " CONTENT "
        + content(
            "status: '"
                + FAILED
                + "', failed_direction: $surql_failed_direction,"
                + " failed_statement: <int>$surql_failed_statement,"
                + " failed_statement_count: <int>$surql_failed_statement_count, failed_line: <int>$surql_failed_line,"
                + " failed_text: $surql_failed_text, failed_error: $surql_failed_error");
  }

  private static String content(String extra) {
    return "{ version: $surql_version, description: $surql_description,"
        + " checksum: $surql_checksum, applied_at: time::now(),"
        + " execution_time_ms: duration::millis(time::now() - $surql_started),"
        + " source: $surql_source, statement_count: <int>$surql_statement_count, applied_by: $surql_applied_by, "
        + extra
        + " }";
  }

  /**
   * Statements that delete {@code version}'s row whatever it records; bind {@link
   * #removeParameters}.
   */
  public List<String> forgetStatements() {
    return List.of("DELETE " + recordId());
  }

  /**
   * The statement that marks the start of a migration's transaction, for {@code execution_time_ms}.
   */
  public static String startStatement() {
    return "LET $surql_started = time::now()";
  }

  /**
   * Statements that delete {@code version}'s row, failing if another process removed it already.
   */
  public List<String> removeStatements() {
    return List.of(
        "LET $surql_removed = DELETE " + recordId() + " RETURN BEFORE",
        "IF array::len($surql_removed) = 0 { THROW 'surql: migration ' + $surql_version"
            + " + ' is no longer recorded in "
            + TABLE
            + ": another process rolled it back' }");
  }

  public static Map<String, Object> recordParameters(Migration migration) {
    return Map.of(
        "surql_version", migration.version(),
        "surql_description", migration.description(),
        "surql_checksum", migration.checksum(),
        "surql_source", migration.source(),
        "surql_statement_count", migration.up().size(),
        "surql_applied_by", APPLIED_BY);
  }

  public static Map<String, Object> failureParameters(
      Migration migration, MigrationDirection direction, int index, String serverMessage) {
    List<dev.surql.core.migration.Statement> section =
        direction == MigrationDirection.UP ? migration.up() : migration.down().orElse(List.of());
    Map<String, Object> parameters = new java.util.HashMap<>(recordParameters(migration));
    parameters.put("surql_failed_direction", direction.name().toLowerCase(java.util.Locale.ROOT));
    parameters.put("surql_failed_statement", index + 1);
    parameters.put("surql_failed_statement_count", section.size());
    parameters.put("surql_failed_line", index < section.size() ? section.get(index).line() : 0);
    parameters.put("surql_failed_text", index < section.size() ? section.get(index).text() : "");
    parameters.put("surql_failed_error", serverMessage.isEmpty() ? "(no message)" : serverMessage);
    return parameters;
  }

  public static Map<String, Object> removeParameters(String version) {
    return Map.of("surql_version", version);
  }

  private String recordId() {
    return recordIdFunction.call(TABLE, "$surql_version");
  }

  private static Instant appliedAt(JsonNode row) {
    try {
      return Instant.parse(row.path("applied_at").asText(""));
    } catch (DateTimeParseException e) {
      throw new SurqlException(
          ErrorCode.MIGRATION_STATE_INVALID,
          TABLE
              + " row for version "
              + row.path("version").asText("")
              + " has an unreadable applied_at: "
              + row.path("applied_at"),
          e);
    }
  }

  private static FailedMigration toFailed(JsonNode row) {
    return FailedMigration.builder()
        .version(row.path("version").asText(""))
        .description(row.path("description").asText(""))
        .checksum(row.path("checksum").asText(""))
        .failedAt(appliedAt(row))
        .source(row.path("source").asText(""))
        .direction(
            "down".equals(row.path("failed_direction").asText(""))
                ? MigrationDirection.DOWN
                : MigrationDirection.UP)
        .statementNumber(row.path("failed_statement").asInt(0))
        .statementCount(row.path("failed_statement_count").asInt(0))
        .line(row.path("failed_line").asInt(0))
        .statement(row.path("failed_text").asText(""))
        .serverMessage(row.path("failed_error").asText(""))
        .build();
  }

  private static AppliedMigration toApplied(JsonNode row) {
    String version = row.path("version").asText("");
    Instant appliedAt = appliedAt(row);
    return AppliedMigration.builder()
        .version(version)
        .description(row.path("description").asText(""))
        .checksum(row.path("checksum").asText(""))
        .appliedAt(appliedAt)
        .executionTimeMs(row.path("execution_time_ms").asLong(0))
        .source(row.path("source").asText(""))
        .statementCount(row.path("statement_count").asInt(0))
        .appliedBy(row.path("applied_by").asText(""))
        .build();
  }

  @Override
  public String toString() {
    return "MigrationHistory["
        + client.settings().namespace()
        + "/"
        + client.settings().database()
        + "]";
  }
}

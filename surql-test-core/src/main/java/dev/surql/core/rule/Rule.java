package dev.surql.core.rule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of finding kinds, each with a stable code ({@code SQ101}) and a short name ({@code
 * remove-table}) that appear in every output: tables, JSON, Markdown, SARIF, JUnit XML, GitHub
 * annotations, AssertJ messages and exceptions. {@code docs/rules.md} documents every rule with an
 * example and the fix; a code, once released, never changes its meaning.
 *
 * <p>Ranges: {@code SQ1xx} what a down does to data (rollback safety), {@code SQ2xx} reversibility,
 * {@code SQ3xx} declarations and acknowledgements, {@code SQ4xx} what an up does to existing data
 * (forward safety), {@code SQ5xx} SurrealDB versions and upgrades, {@code SQ9xx} load, parse and
 * scope errors.
 */
public enum Rule {
  // ---- SQ1xx: rollback safety (what a down does to data) ----
  /** A down removes a table and every record in it. */
  REMOVE_TABLE(
      "SQ101", "remove-table", RuleLevel.WARNING, "A down removes a table and every record in it."),
  /** A down removes a field; its values are no longer part of the schema. */
  REMOVE_FIELD(
      "SQ102",
      "remove-field",
      RuleLevel.WARNING,
      "A down removes a field; its values are no longer part of the schema."),
  /** A down removes an index the analysis could not prove harmless. */
  REMOVE_INDEX(
      "SQ103",
      "remove-index",
      RuleLevel.NOTE,
      "A down removes an index the analysis could not prove harmless."),
  /** A down removes an event: writes after the rollback no longer trigger it. */
  REMOVE_EVENT(
      "SQ104",
      "remove-event",
      RuleLevel.WARNING,
      "A down removes an event: writes after the rollback no longer trigger it."),
  /** A down removes a function that fields, events or queries may still call. */
  REMOVE_FUNCTION(
      "SQ105",
      "remove-function",
      RuleLevel.WARNING,
      "A down removes a function that fields, events or queries may still call."),
  /** A down removes a database parameter and its value. */
  REMOVE_PARAM(
      "SQ106",
      "remove-param",
      RuleLevel.WARNING,
      "A down removes a database parameter and its value."),
  /** A down removes an analyzer that full-text indexes may use. */
  REMOVE_ANALYZER(
      "SQ107",
      "remove-analyzer",
      RuleLevel.WARNING,
      "A down removes an analyzer that full-text indexes may use."),
  /** A down removes an access method: its sessions and grants end. */
  REMOVE_ACCESS(
      "SQ108",
      "remove-access",
      RuleLevel.WARNING,
      "A down removes an access method: its sessions and grants end."),
  /** A down removes a user and its credentials. */
  REMOVE_USER(
      "SQ109", "remove-user", RuleLevel.WARNING, "A down removes a user and its credentials."),
  /** A down removes a sequence and its current value. */
  REMOVE_SEQUENCE(
      "SQ110",
      "remove-sequence",
      RuleLevel.WARNING,
      "A down removes a sequence and its current value."),
  /** A down removes a whole database. */
  REMOVE_DATABASE(
      "SQ111", "remove-database", RuleLevel.WARNING, "A down removes a whole database."),
  /** A down removes a whole namespace. */
  REMOVE_NAMESPACE(
      "SQ112", "remove-namespace", RuleLevel.WARNING, "A down removes a whole namespace."),
  /** A down removes another kind of definition (model, bucket, API, ...). */
  REMOVE_OTHER(
      "SQ113",
      "remove-other",
      RuleLevel.WARNING,
      "A down removes another kind of definition (model, bucket, API, ...)."),
  /** A down redefines a table in a way that can reject or drop existing records. */
  REDEFINE_TABLE(
      "SQ114",
      "redefine-table",
      RuleLevel.WARNING,
      "A down redefines a table in a way that can reject or drop existing records."),
  /** A down defines or redefines a view, replacing its derived records. */
  REDEFINE_VIEW(
      "SQ115",
      "redefine-view",
      RuleLevel.WARNING,
      "A down defines or redefines a view, replacing its derived records."),
  /** A down defines or redefines a field in a way existing values may not satisfy. */
  REDEFINE_FIELD(
      "SQ116",
      "redefine-field",
      RuleLevel.WARNING,
      "A down defines or redefines a field in a way existing values may not satisfy."),
  /** A down defines an index that existing data may violate (a unique index on duplicates). */
  DEFINE_INDEX(
      "SQ117",
      "define-index",
      RuleLevel.WARNING,
      "A down defines an index that existing data may violate (a unique index on duplicates)."),
  /**
   * A down redefines another element (event, function, param, access, ...) and replaces the old
   * one.
   */
  REDEFINE_OTHER(
      "SQ118",
      "redefine-other",
      RuleLevel.WARNING,
      "A down redefines another element (event, function, param, access, ...) and replaces the old one."),
  /** A down alters a table or field in a way that can lose data. */
  ALTER(
      "SQ119",
      "alter",
      RuleLevel.WARNING,
      "A down alters a table or field in a way that can lose data."),
  /** A down deletes every record of a table. */
  DELETE_ALL("SQ120", "delete-all", RuleLevel.WARNING, "A down deletes every record of a table."),
  /** A down deletes records (by WHERE condition or record id). */
  DELETE_SOME(
      "SQ121",
      "delete-some",
      RuleLevel.WARNING,
      "A down deletes records (by WHERE condition or record id)."),
  /** A down updates or upserts existing records, overwriting or clearing values. */
  UPDATE_RECORDS(
      "SQ122",
      "update-records",
      RuleLevel.WARNING,
      "A down updates or upserts existing records, overwriting or clearing values."),
  /** A down rebuilds an index, which can fail on data the index rejects. */
  REBUILD_INDEX(
      "SQ123",
      "rebuild-index",
      RuleLevel.NOTE,
      "A down rebuilds an index, which can fail on data the index rejects."),
  /** A down creates, inserts or relates records the analysis could not prove harmless. */
  WRITE_RECORDS(
      "SQ124",
      "write-records",
      RuleLevel.NOTE,
      "A down creates, inserts or relates records the analysis could not prove harmless."),
  /** A down statement that reads or computes could not be proven harmless. */
  READ(
      "SQ125",
      "read",
      RuleLevel.NOTE,
      "A down statement that reads or computes could not be proven harmless."),
  /** A down control statement (OPTION, SLEEP, THROW, ...) could not be proven harmless. */
  CONTROL(
      "SQ126",
      "control",
      RuleLevel.NOTE,
      "A down control statement (OPTION, SLEEP, THROW, ...) could not be proven harmless."),
  /**
   * A down IF or FOR block contains statements that can lose data, or that could not be analysed.
   */
  BLOCK(
      "SQ127",
      "block",
      RuleLevel.WARNING,
      "A down IF or FOR block contains statements that can lose data, or that could not be analysed."),
  /** A down statement surql-test does not understand; it is treated as able to lose data. */
  UNKNOWN_STATEMENT(
      "SQ128",
      "unknown-statement",
      RuleLevel.WARNING,
      "A down statement surql-test does not understand; it is treated as able to lose data."),

  // ---- SQ2xx: reversibility ----
  /**
   * The migration has no down section: it is irreversible, so its round trip is skipped and it
   * cannot be rolled back.
   */
  NO_DOWN(
      "SQ201",
      "no-down",
      RuleLevel.NOTE,
      "The migration has no down section: it is irreversible, so its round trip is skipped and it cannot be rolled back."),
  /** The down does not return the schema to exactly where it was before the up. */
  DOWN_NOT_RESTORING(
      "SQ202",
      "down-not-restoring",
      RuleLevel.ERROR,
      "The down does not return the schema to exactly where it was before the up."),
  /** Re-applying the up after its down gives a different schema than the first time. */
  REAPPLY_DIFFERS(
      "SQ203",
      "reapply-differs",
      RuleLevel.ERROR,
      "Re-applying the up after its down gives a different schema than the first time."),
  /** The up applied, but the down, or the up applied again after it, failed. */
  ROUND_TRIP_FAILED(
      "SQ204",
      "round-trip-failed",
      RuleLevel.ERROR,
      "The up applied, but the down, or the up applied again after it, failed."),
  /** The up fails on the schema the migrations before it leave. */
  UP_FAILED(
      "SQ205",
      "up-failed",
      RuleLevel.ERROR,
      "The up fails on the schema the migrations before it leave."),
  /** The migration was not attempted because an earlier one failed to apply. */
  NOT_ATTEMPTED(
      "SQ206",
      "not-attempted",
      RuleLevel.NOTE,
      "The migration was not attempted because an earlier one failed to apply."),
  /** The down destroyed seeded records or values during the round trip. */
  SEEDED_DATA_LOST(
      "SQ207",
      "seeded-data-lost",
      RuleLevel.WARNING,
      "The down destroyed seeded records or values during the round trip."),
  /** The up holds only comments: a placeholder, applied and recorded as a no-op migration. */
  NO_OP_UP(
      "SQ210",
      "no-op-up",
      RuleLevel.NOTE,
      "The up holds only comments: a placeholder, applied and recorded as a no-op migration."),
  /** The up changed neither the schema nor any data of the database it ran in. */
  UP_CHANGED_NOTHING(
      "SQ211",
      "up-changed-nothing",
      RuleLevel.WARNING,
      "The up changed neither the schema nor any data of the database it ran in."),
  /**
   * The down section holds only comments: a no-op down, which restores the schema only where the up
   * changed none.
   */
  NO_OP_DOWN(
      "SQ212",
      "no-op-down",
      RuleLevel.NOTE,
      "The down section holds only comments: a no-op down, which restores the schema only where the up changed none."),

  // ---- SQ3xx: declarations and acknowledgements ----
  /** The down is riskier than the rollback safety its author declared with -- @rollback:. */
  RISKIER_THAN_DECLARED(
      "SQ301",
      "riskier-than-declared",
      RuleLevel.ERROR,
      "The down is riskier than the rollback safety its author declared with -- @rollback:."),
  /** The migration declares no rollback safety (-- @rollback:). */
  UNDECLARED_SAFETY(
      "SQ302",
      "undeclared-safety",
      RuleLevel.NOTE,
      "The migration declares no rollback safety (-- @rollback:)."),
  /**
   * The author declares a riskier rollback than the analysis finds; read the migration's notes
   * before rolling back.
   */
  DECLARED_RISKIER(
      "SQ303",
      "declared-riskier",
      RuleLevel.NOTE,
      "The author declares a riskier rollback than the analysis finds; read the migration's notes before rolling back."),
  /** An -- @allow: line accepts a finding that does not occur at the statement after it. */
  UNUSED_ALLOW(
      "SQ304",
      "unused-allow",
      RuleLevel.WARNING,
      "An -- @allow: line accepts a finding that does not occur at the statement after it."),

  // ---- SQ4xx: forward safety (what an up does to existing data) ----
  NEW_REQUIRED_FIELD(
      "SQ401",
      "new-required-field",
      RuleLevel.ERROR,
      "A field added to a table that has records refuses NONE and nothing fills it on write: existing records "
          + "fail their next write until they are backfilled"),
  FIELD_TYPE_NARROWED(
      "SQ402",
      "field-type-narrowed",
      RuleLevel.ERROR,
      "A field's TYPE no longer accepts every value it did (option<> or none | removed included): stored values "
          + "are not re-checked, and records whose value does not fit fail their next write"),
  FIELD_ASSERT_TIGHTENED(
      "SQ403",
      "field-assert-tightened",
      RuleLevel.ERROR,
      "A field gains or changes its ASSERT: stored values are not re-checked, and records whose value fails it "
          + "fail their next write"),
  FIELD_FLEXIBLE_REMOVED(
      "SQ404",
      "field-flexible-removed",
      RuleLevel.ERROR,
      "An object field loses FLEXIBLE: records holding keys not defined as fields fail their next write"),
  FIELD_READONLY_ADDED(
      "SQ405",
      "field-readonly-added",
      RuleLevel.WARNING,
      "A field becomes READONLY: stored values can no longer be changed, and writes that change them fail"),
  FIELD_VALUE_CHANGED(
      "SQ406",
      "field-value-changed",
      RuleLevel.WARNING,
      "A field gains or changes its VALUE: every stored value is recomputed, and replaced, on its record's next "
          + "write"),
  SCHEMAFULL_UNDEFINED_FIELDS(
      "SQ407",
      "schemafull-undefined-fields",
      RuleLevel.ERROR,
      "A table switches from SCHEMALESS to SCHEMAFULL while records hold fields the schema does not define: "
          + "those records fail their next write (3.x) or lose the fields silently on it (2.x)"),
  UNIQUE_INDEX_DUPLICATES(
      "SQ408",
      "unique-index-duplicates",
      RuleLevel.ERROR,
      "A UNIQUE index is defined over existing records: the up fails when they hold duplicates"),
  INDEX_NOT_CONCURRENT(
      "SQ409",
      "index-not-concurrent",
      RuleLevel.WARNING,
      "An index is defined without CONCURRENTLY on a table that has records: the up blocks until the index is "
          + "built"),
  REMOVED_FIELD_VALUES_KEPT(
      "SQ410",
      "removed-field-values-kept",
      RuleLevel.ERROR,
      "REMOVE FIELD keeps the values in the records: on a SCHEMAFULL table writes to those records fail until "
          + "the values are unset"),
  DEFINE_EXISTS(
      "SQ411",
      "define-exists",
      RuleLevel.ERROR,
      "A DEFINE without OVERWRITE or IF NOT EXISTS names something that already exists: the up fails"),
  ACCESS_KEY_ROTATED(
      "SQ412",
      "access-key-rotated",
      RuleLevel.WARNING,
      "DEFINE ACCESS re-applies an access method: the server reads keys back redacted and generates a key when "
          + "none is given, so re-applying rotates the key and tokens issued before stop working"),
  RENAME_WITHOUT_COPY(
      "SQ413",
      "rename-without-copy",
      RuleLevel.ERROR,
      "A rename done as define-new plus remove-old without a copy step between them: the new field or table "
          + "starts empty and the old values are left behind"),

  // ---- SQ5xx: SurrealDB versions and upgrades ----
  /**
   * A 2.x function name that 3.x renamed, e.g. {@code string::is::email} → {@code
   * string::is_email}.
   */
  RENAMED_FUNCTION(
      "SQ501",
      "renamed-function",
      RuleLevel.ERROR,
      "The statement calls a function by its 2.x name, which SurrealDB 3.x no longer knows."),
  /** {@code FLEXIBLE TYPE x}: 3.x wants {@code TYPE x FLEXIBLE}. */
  FLEXIBLE_BEFORE_TYPE(
      "SQ502",
      "flexible-before-type",
      RuleLevel.ERROR,
      "The field puts FLEXIBLE before TYPE; SurrealDB 3.x only accepts it after the type."),
  /** An {@code MTREE} vector index: 3.x removed the kind. */
  MTREE_INDEX(
      "SQ503",
      "mtree-index",
      RuleLevel.ERROR,
      "The index is an MTREE vector index; SurrealDB 3.x removed MTREE indexes."),
  /** A {@code SEARCH ANALYZER} full-text index: 3.x calls it {@code FULLTEXT ANALYZER}. */
  SEARCH_INDEX(
      "SQ504",
      "search-index",
      RuleLevel.ERROR,
      "The index is a 2.x SEARCH ANALYZER full-text index; SurrealDB 3.x spells it FULLTEXT ANALYZER."),
  /** {@code <future> { … }}: 3.x replaced futures with {@code COMPUTED} fields. */
  FUTURE_VALUE(
      "SQ505",
      "future-value",
      RuleLevel.ERROR,
      "The statement uses a <future> value, which SurrealDB 3.x removed in favour of COMPUTED fields."),
  /** The migration fails on the target version for a reason no known change explains. */
  FAILS_ON_TARGET(
      "SQ510",
      "fails-on-target",
      RuleLevel.ERROR,
      "The migration applies on the source version but fails on the target version."),
  /** Both versions apply the migration but end with different schemas. */
  SCHEMA_DIFFERS_ON_TARGET(
      "SQ511",
      "schema-differs-on-target",
      RuleLevel.WARNING,
      "The migration applies on both versions but gives a different schema on the target version."),
  /** The history does not apply on the source version, so the upgrade check cannot compare. */
  FAILS_ON_SOURCE(
      "SQ512",
      "fails-on-source",
      RuleLevel.ERROR,
      "The migration fails on the source version itself, so it cannot be compared with the target version."),
  /**
   * A cell of a version matrix: the migration is not reversible or does not apply on that version.
   */
  FAILS_ON_VERSION(
      "SQ520",
      "fails-on-version",
      RuleLevel.ERROR,
      "The migration does not pass verification on one of the SurrealDB versions of the matrix."),

  // ---- SQ9xx: load, parse and scope errors ----
  /** A migration file or class cannot be loaded: bad name, directive, section or SurrealQL. */
  INVALID_MIGRATION(
      "SQ901",
      "invalid-migration",
      RuleLevel.ERROR,
      "A migration file or class cannot be loaded: bad name, directive, section or SurrealQL."),
  /** The version graph is inconsistent or has more than one head. */
  VERSION_GRAPH(
      "SQ902",
      "version-graph",
      RuleLevel.ERROR,
      "The version graph is inconsistent or has more than one head."),
  /**
   * A database's migration history disagrees with the migration files (changed checksum, missing
   * file).
   */
  CHECKSUM_DRIFT(
      "SQ903",
      "checksum-drift",
      RuleLevel.ERROR,
      "A database's migration history disagrees with the migration files (changed checksum, missing file)."),
  /**
   * USE switches the namespace or database, so the statements after it run outside the test
   * database.
   */
  USE_STATEMENT(
      "SQ910",
      "use-statement",
      RuleLevel.ERROR,
      "USE switches the namespace or database, so the statements after it run outside the test database."),
  /**
   * DEFINE/REMOVE NAMESPACE or DATABASE acts on the namespace or the server, not on the migration's
   * database.
   */
  NAMESPACE_OR_DATABASE(
      "SQ911",
      "namespace-or-database",
      RuleLevel.ERROR,
      "DEFINE/REMOVE NAMESPACE or DATABASE acts on the namespace or the server, not on the migration's database."),
  /**
   * A user or access method on the root or namespace level, or ALTER NAMESPACE/SYSTEM, acts outside
   * the database.
   */
  OUTSIDE_DATABASE(
      "SQ912",
      "outside-database",
      RuleLevel.ERROR,
      "A user or access method on the root or namespace level, or ALTER NAMESPACE/SYSTEM, acts outside the database."),
  /**
   * The engine could not commit the migration as one transaction (a write conflict with itself).
   */
  TRANSACTION_CONFLICT(
      "SQ913",
      "transaction-conflict",
      RuleLevel.ERROR,
      "The engine could not commit the migration as one transaction (a write conflict with itself)."),
  /**
   * A migration run with -- @transaction: none stopped part way and is recorded as failed until
   * repaired.
   */
  FAILED_MIGRATION(
      "SQ914",
      "failed-migration",
      RuleLevel.ERROR,
      "A migration run with -- @transaction: none stopped part way and is recorded as failed until repaired."),
  /**
   * A LET in a migration run statement by statement: its variable is gone before the next statement
   * runs.
   */
  LET_WITHOUT_TRANSACTION(
      "SQ915",
      "let-without-transaction",
      RuleLevel.ERROR,
      "A LET in a migration run statement by statement: its variable is gone before the next statement runs."),
  ;

  private final String code;
  private final String shortName;
  private final RuleLevel level;
  private final String summary;

  Rule(String code, String shortName, RuleLevel level, String summary) {
    this.code = code;
    this.shortName = shortName;
    this.level = level;
    this.summary = summary;
  }

  /** The stable code, e.g. {@code SQ101}. */
  public String code() {
    return code;
  }

  /** The short kebab-case name, e.g. {@code remove-table}. */
  public String shortName() {
    return shortName;
  }

  /** The default level of a finding of this rule. */
  public RuleLevel level() {
    return level;
  }

  /** One sentence: what a finding of this rule means. */
  public String summary() {
    return summary;
  }

  /** {@code SQ101 remove-table}: how outputs name the rule. */
  public String label() {
    return code + " " + shortName;
  }

  /** The rule with this code or short name (case-insensitive), if any. */
  public static Optional<Rule> find(String codeOrName) {
    Objects.requireNonNull(codeOrName, "codeOrName");
    String key = codeOrName.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(r -> r.code.toLowerCase(Locale.ROOT).equals(key) || r.shortName.equals(key))
        .findFirst();
  }
}

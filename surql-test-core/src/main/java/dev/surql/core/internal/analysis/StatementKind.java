package dev.surql.core.internal.analysis;

import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.rule.Rule;

/**
 * What a statement of a down section does, as {@link StatementAnalyzer} understands it. The kind
 * decides the static {@link RollbackSafety} together with the statement's details (an {@code IF
 * EXISTS}, a {@code WHERE}, the current schema) and which data a data-aware analysis counts.
 */
public enum StatementKind {
  /** {@code REMOVE TABLE}: the table and every record in it. */
  REMOVE_TABLE,
  /** {@code REMOVE FIELD}: the field's definition; its values are no longer part of the schema. */
  REMOVE_FIELD,
  /** {@code REMOVE INDEX}: derived data only. */
  REMOVE_INDEX,
  /** {@code REMOVE EVENT}. */
  REMOVE_EVENT,
  /** {@code REMOVE FUNCTION}. */
  REMOVE_FUNCTION,
  /** {@code REMOVE PARAM}. */
  REMOVE_PARAM,
  /** {@code REMOVE ANALYZER}. */
  REMOVE_ANALYZER,
  /**
   * {@code REMOVE ACCESS} (and the 2.x {@code REMOVE TOKEN}/{@code REMOVE SCOPE}): sessions and
   * grants.
   */
  REMOVE_ACCESS,
  /** {@code REMOVE USER}: the user's credentials. */
  REMOVE_USER,
  /** {@code REMOVE SEQUENCE}: the sequence's current value. */
  REMOVE_SEQUENCE,
  /** {@code REMOVE DATABASE}: every table and record of the database. */
  REMOVE_DATABASE,
  /** {@code REMOVE NAMESPACE}: every database of the namespace. */
  REMOVE_NAMESPACE,
  /** Any other {@code REMOVE} ({@code MODEL}, {@code BUCKET}, {@code API}, …). */
  REMOVE_OTHER,
  /** {@code DEFINE TABLE} without {@code AS SELECT}. */
  DEFINE_TABLE,
  /** {@code DEFINE TABLE … AS SELECT}: a view whose data is derived. */
  DEFINE_VIEW,
  /** {@code DEFINE FIELD}. */
  DEFINE_FIELD,
  /** {@code DEFINE INDEX} (unique or not). */
  DEFINE_INDEX,
  /** Any other {@code DEFINE} (event, function, param, analyzer, access, user, …). */
  DEFINE_OTHER,
  /** {@code ALTER} (3.x). */
  ALTER,
  /** {@code DELETE} of whole tables, without {@code WHERE}. */
  DELETE_ALL,
  /** {@code DELETE} of some records: with a {@code WHERE} or by record id. */
  DELETE_SOME,
  /** {@code UPDATE} or {@code UPSERT} of existing records. */
  UPDATE,
  /** {@code REBUILD INDEX}. */
  REBUILD_INDEX,
  /** {@code CREATE}, {@code INSERT}, {@code RELATE}: adds records. */
  WRITE,
  /** {@code SELECT}, {@code RETURN}, {@code LET}, {@code INFO}, {@code SHOW}: reads or computes. */
  READ,
  /**
   * {@code BEGIN}, {@code COMMIT}, {@code CANCEL}, {@code OPTION}, {@code SLEEP}, {@code THROW}, …
   */
  CONTROL,
  /** {@code IF} or {@code FOR} blocks: analysed through the statements they contain. */
  BLOCK,
  /** A statement surql-test does not understand. */
  UNKNOWN;

  /** The rule a risky statement of this kind is reported under, e.g. {@code SQ101 remove-table}. */
  public Rule rule() {
    return switch (this) {
      case REMOVE_TABLE -> Rule.REMOVE_TABLE;
      case REMOVE_FIELD -> Rule.REMOVE_FIELD;
      case REMOVE_INDEX -> Rule.REMOVE_INDEX;
      case REMOVE_EVENT -> Rule.REMOVE_EVENT;
      case REMOVE_FUNCTION -> Rule.REMOVE_FUNCTION;
      case REMOVE_PARAM -> Rule.REMOVE_PARAM;
      case REMOVE_ANALYZER -> Rule.REMOVE_ANALYZER;
      case REMOVE_ACCESS -> Rule.REMOVE_ACCESS;
      case REMOVE_USER -> Rule.REMOVE_USER;
      case REMOVE_SEQUENCE -> Rule.REMOVE_SEQUENCE;
      case REMOVE_DATABASE -> Rule.REMOVE_DATABASE;
      case REMOVE_NAMESPACE -> Rule.REMOVE_NAMESPACE;
      case REMOVE_OTHER -> Rule.REMOVE_OTHER;
      case DEFINE_TABLE -> Rule.REDEFINE_TABLE;
      case DEFINE_VIEW -> Rule.REDEFINE_VIEW;
      case DEFINE_FIELD -> Rule.REDEFINE_FIELD;
      case DEFINE_INDEX -> Rule.DEFINE_INDEX;
      case DEFINE_OTHER -> Rule.REDEFINE_OTHER;
      case ALTER -> Rule.ALTER;
      case DELETE_ALL -> Rule.DELETE_ALL;
      case DELETE_SOME -> Rule.DELETE_SOME;
      case UPDATE -> Rule.UPDATE_RECORDS;
      case REBUILD_INDEX -> Rule.REBUILD_INDEX;
      case WRITE -> Rule.WRITE_RECORDS;
      case READ -> Rule.READ;
      case CONTROL -> Rule.CONTROL;
      case BLOCK -> Rule.BLOCK;
      case UNKNOWN -> Rule.UNKNOWN_STATEMENT;
    };
  }
}

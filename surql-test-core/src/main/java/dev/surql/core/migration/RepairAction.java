package dev.surql.core.migration;

/**
 * What {@link Migrator#repair(String, RepairAction)} does with a migration recorded as failed (a
 * {@code -- @transaction: none} migration that stopped part way), in Flyway's manner: after the
 * database was put right, either record the migration as applied, or undo what it applied, or only
 * remove its failed row.
 */
public enum RepairAction {
  /**
   * The database now holds everything the migration does (its remaining statements were run by
   * hand): record it as applied, with the local file's checksum.
   */
  MARK_APPLIED,
  /**
   * Run the migration's down statement by statement, then remove its failed row: the database
   * returns to where it was before the migration and the migration is pending again.
   */
  ROLL_BACK,
  /**
   * The database is back where it was before the migration (undone by hand): remove the failed row
   * only, so the migration is pending again.
   */
  FORGET
}

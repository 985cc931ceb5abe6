package dev.surql.core.migration;

/** Whether a migration is being applied ({@code up}) or rolled back ({@code down}). */
public enum MigrationDirection {
  /** Applying the migration's up statements. */
  UP,
  /** Running the migration's down statements. */
  DOWN
}

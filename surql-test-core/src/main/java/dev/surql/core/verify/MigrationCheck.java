package dev.surql.core.verify;

/** The built-in checks every migration set should pass (like pytest-alembic's built-in tests). */
public enum MigrationCheck {
  /** Every migration applies, in order, to an empty database. */
  ALL_MIGRATIONS_APPLY("all migrations apply from empty"),
  /** Every migration's down returns the schema to exactly where it was before its up. */
  EVERY_MIGRATION_REVERSIBLE("every migration is reversible"),
  /** Re-applying a migration after its down gives the same schema checksum as the first time. */
  REAPPLY_SAME_CHECKSUM("re-applying after down gives the same checksum"),
  /** No down is riskier than the {@code @rollback} safety its author declared. */
  DECLARED_SAFETY_MATCHES("declared rollback safety matches the analysis"),
  /** No up does more to existing data than the {@code @forward} level its author declared. */
  FORWARD_SAFETY_MATCHES("no forward finding above the declared @forward level"),
  /**
   * On seed data, the records a forward finding predicts to fail their next write do fail it, and
   * no others.
   */
  FORWARD_PREDICTIONS_CONFIRMED("forward findings are confirmed by the engine on seed data"),
  /** The version graph has exactly one head. */
  SINGLE_HEAD("the version graph has a single head"),
  /** The checksums recorded in a database's history match the migration files. */
  NO_CHECKSUM_DRIFT("no checksum drift against the database history");

  private final String title;

  MigrationCheck(String title) {
    this.title = title;
  }

  /** A human title, used in test names and reports. */
  public String title() {
    return title;
  }
}

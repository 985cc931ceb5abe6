package dev.surql.core.upgrade;

/** What the upgrade check found for one migration. */
public enum UpgradeStatus {
  /** It applies on both versions and changes the schema the same way (after normalising). */
  APPLIES_ON_BOTH,
  /** It applies on the source version and fails on the target version. */
  FAILS_ON_TARGET,
  /** It applies on both versions but the schema it leaves differs. */
  SCHEMA_DIFFERS,
  /** It fails on the source version already: the history itself is broken there. */
  FAILS_ON_SOURCE,
  /** Not checked, because an earlier migration failed on the source version. */
  NOT_CHECKED;

  /**
   * Whether this result stops the upgrade (everything but {@link #APPLIES_ON_BOTH} and {@link
   * #NOT_CHECKED}).
   */
  public boolean breaks() {
    return this == FAILS_ON_TARGET || this == SCHEMA_DIFFERS || this == FAILS_ON_SOURCE;
  }
}

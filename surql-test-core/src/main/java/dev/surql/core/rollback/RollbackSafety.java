package dev.surql.core.rollback;

import java.util.Locale;
import java.util.Optional;

/**
 * How much data a rollback (a migration's down) can destroy, from least to most: SAFE (no data
 * loss), DATA_LOSS (some values or records), UNSAFE (whole tables, databases, or no way back).
 */
public enum RollbackSafety {
  SAFE,
  DATA_LOSS,
  UNSAFE;

  /** The riskier of the two. */
  public RollbackSafety max(RollbackSafety other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  /** Whether this is riskier than {@code other}. */
  public boolean isRiskierThan(RollbackSafety other) {
    return ordinal() > other.ordinal();
  }

  /**
   * The lower-case name used in migration files ({@code safe}, {@code data_loss}, {@code unsafe}).
   */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code safe}, {@code data_loss}/{@code data-loss}, {@code unsafe}, case-insensitively.
   */
  public static Optional<RollbackSafety> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normalized = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (RollbackSafety safety : values()) {
      if (safety.name().equals(normalized)) {
        return Optional.of(safety);
      }
    }
    return Optional.empty();
  }
}

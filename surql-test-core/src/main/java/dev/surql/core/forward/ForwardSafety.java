package dev.surql.core.forward;

import java.util.Locale;
import java.util.Optional;

/**
 * What a migration's up can do to the data already in a database, from least to most, in the words
 * {@code -- @rollback:} uses, so that {@code -- @forward: data_loss} reads the same way. SAFE:
 * existing records are unaffected. DATA_LOSS: stored values are hidden, left behind, recomputed or
 * frozen, or issued tokens stop working. UNSAFE: existing records fail their next write, or the up
 * itself fails or blocks on the data it meets.
 */
public enum ForwardSafety {
  SAFE,
  DATA_LOSS,
  UNSAFE;

  /** The riskier of the two. */
  public ForwardSafety max(ForwardSafety other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  /** Whether this is riskier than {@code other}. */
  public boolean isRiskierThan(ForwardSafety other) {
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
  public static Optional<ForwardSafety> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String normalized = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (ForwardSafety safety : values()) {
      if (safety.name().equals(normalized)) {
        return Optional.of(safety);
      }
    }
    return Optional.empty();
  }
}

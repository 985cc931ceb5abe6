package dev.surql.core.internal.migration;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Orders migration versions the way people read them: numerically, segment by segment, where
 * segments are separated by {@code _} or {@code .}. So {@code 2} comes before {@code 10}, {@code
 * 1.2} before {@code 1.10}, and {@code 20260101_090000} before {@code 20260101_120000}. A version
 * with more segments comes after its prefix ({@code 1} before {@code 1.1}).
 */
public final class MigrationVersions {

  /** The version order described in the class comment. */
  public static final Comparator<String> ORDER = MigrationVersions::compare;

  private static final Pattern SEPARATOR = Pattern.compile("[._]");

  private MigrationVersions() {}

  /** Compares two versions numerically by segments; non-numeric segments compare as text. */
  public static int compare(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    String[] left = SEPARATOR.split(a);
    String[] right = SEPARATOR.split(b);
    for (int i = 0; i < Math.min(left.length, right.length); i++) {
      int c = compareSegment(left[i], right[i]);
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(left.length, right.length);
    return c != 0 ? c : a.compareTo(b);
  }

  private static int compareSegment(String a, String b) {
    boolean numericA = !a.isEmpty() && a.chars().allMatch(Character::isDigit);
    boolean numericB = !b.isEmpty() && b.chars().allMatch(Character::isDigit);
    if (numericA && numericB) {
      return new BigInteger(a).compareTo(new BigInteger(b));
    }
    if (numericA != numericB) {
      return numericA ? -1 : 1;
    }
    return a.compareTo(b);
  }
}

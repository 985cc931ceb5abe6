package dev.surql.assertj;

import static org.assertj.core.util.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.List;

/**
 * Argument checks shared by the assertions: a null expected value is a programming error, not a
 * failure.
 */
final class Checks {

  private Checks() {}

  static <T> T notNull(T value, String what) {
    checkArgument(value != null, "The %s to compare against should not be null", what);
    return value;
  }

  static List<String> names(String[] values, String what) {
    checkArgument(values != null, "The %s to compare against should not be null", what);
    for (int i = 0; i < values.length; i++) {
      checkArgument(
          values[i] != null,
          "The %s to compare against should not contain null, but element %s was null",
          what,
          i);
    }
    return Arrays.asList(values);
  }

  static List<String> nonEmptyNames(String[] values, String what) {
    List<String> names = names(values, what);
    checkArgument(!names.isEmpty(), "The %s to look for should not be empty", what);
    return names;
  }

  static <T> List<T> nonEmpty(T[] values, String what) {
    checkArgument(values != null, "The %s to compare against should not be null", what);
    for (int i = 0; i < values.length; i++) {
      checkArgument(
          values[i] != null,
          "The %s to compare against should not contain null, but element %s was null",
          what,
          i);
    }
    checkArgument(values.length > 0, "The %s to look for should not be empty", what);
    return List.of(values);
  }

  static long notNegative(long value, String what) {
    checkArgument(value >= 0, "The expected %s should be >= 0, but was %s", what, value);
    return value;
  }
}

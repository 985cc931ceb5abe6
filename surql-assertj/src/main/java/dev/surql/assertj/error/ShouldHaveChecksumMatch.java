package dev.surql.assertj.error;

import dev.surql.core.snapshot.SnapshotDiff;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages for a diff whose snapshots' checksums match (or not) against expectations.
 */
public class ShouldHaveChecksumMatch extends BasicErrorMessageFactory {

  private ShouldHaveChecksumMatch(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The checksums differ. */
  public static ErrorMessageFactory shouldHaveChecksumMatch(SnapshotDiff actual) {
    return new ShouldHaveChecksumMatch(
        "%nExpecting the checksums of snapshots %s and %s to match but they differ%s",
        unquotedString(actual.fromVersion()), unquotedString(actual.toVersion()), warning(actual));
  }

  /** The checksums are equal. */
  public static ErrorMessageFactory shouldNotHaveChecksumMatch(SnapshotDiff actual) {
    return new ShouldHaveChecksumMatch(
        "%nExpecting the checksums of snapshots %s and %s to differ but they match%s",
        unquotedString(actual.fromVersion()), unquotedString(actual.toVersion()), warning(actual));
  }

  private static CharSequence warning(SnapshotDiff diff) {
    return unquotedString(diff.warning().map(w -> String.format("%n(warning: %s)", w)).orElse(""));
  }
}

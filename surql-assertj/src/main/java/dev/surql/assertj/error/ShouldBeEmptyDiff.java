package dev.surql.assertj.error;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.snapshot.SnapshotDiff;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages for a diff that has changes when none were expected, or none when some were.
 */
public class ShouldBeEmptyDiff extends BasicErrorMessageFactory {

  private ShouldBeEmptyDiff(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The diff has changes. */
  public static ErrorMessageFactory shouldBeEmpty(SnapshotDiff actual) {
    return new ShouldBeEmptyDiff(
        "%nExpecting no schema change from %s to %s but found %s:%n%s",
        unquotedString(actual.fromVersion()),
        unquotedString(actual.toVersion()),
        unquotedString(Renderings.changeCount(actual)),
        unquotedString(Renderings.changes(actual)));
  }

  /** The diff has no change. */
  public static ErrorMessageFactory shouldNotBeEmpty(SnapshotDiff actual) {
    return new ShouldBeEmptyDiff(
        "%nExpecting schema changes from %s to %s but the schemas are structurally equal",
        unquotedString(actual.fromVersion()), unquotedString(actual.toVersion()));
  }
}

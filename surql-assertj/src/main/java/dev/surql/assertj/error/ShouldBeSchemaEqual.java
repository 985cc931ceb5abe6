package dev.surql.assertj.error;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message for two snapshots whose schemas differ: the structural diff, element by
 * element.
 */
public class ShouldBeSchemaEqual extends BasicErrorMessageFactory {

  private ShouldBeSchemaEqual(String format, Object... arguments) {
    super(format, arguments);
  }

  /**
   * The schema of {@code actual} differs from that of {@code expected}; {@code diff} goes from the
   * expected snapshot to the actual one (what the actual schema has that the expected one has not).
   */
  public static ErrorMessageFactory shouldBeSchemaEqual(
      SchemaSnapshot actual, SchemaSnapshot expected, SnapshotDiff diff) {
    return new ShouldBeSchemaEqual(
        "%nExpecting the schema of snapshot %s to be equal to the schema of snapshot %s%n"
            + "but found %s (from %s to %s):%n%s",
        unquotedString(actual.version()),
        unquotedString(expected.version()),
        unquotedString(Renderings.changeCount(diff)),
        unquotedString(expected.version()),
        unquotedString(actual.version()),
        unquotedString(Renderings.changes(diff)));
  }
}

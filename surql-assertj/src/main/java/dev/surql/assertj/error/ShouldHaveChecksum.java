package dev.surql.assertj.error;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the messages for a snapshot whose schema checksum is not the expected one. */
public class ShouldHaveChecksum extends BasicErrorMessageFactory {

  private ShouldHaveChecksum(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The snapshot's checksum is not {@code expected}. */
  public static ErrorMessageFactory shouldHaveChecksum(SchemaSnapshot actual, String expected) {
    return new ShouldHaveChecksum(
        "%nExpecting snapshot %s to have checksum:%n  <%s>%nbut had:%n  <%s>",
        unquotedString(actual.version()), expected, actual.checksum());
  }

  /** The two checksums differ: shows what differs structurally. */
  public static ErrorMessageFactory shouldHaveSameChecksumAs(
      SchemaSnapshot actual, SchemaSnapshot other, SnapshotDiff diff) {
    return new ShouldHaveChecksum(
        "%nExpecting snapshot %s:%n  <checksum: %s>%nto have the same checksum as snapshot %s:%n  <checksum: %s>%n"
            + "but found %s from %s to %s:%n%s",
        unquotedString(actual.version()),
        unquotedString(actual.checksum()),
        unquotedString(other.version()),
        unquotedString(other.checksum()),
        unquotedString(Renderings.changeCount(diff)),
        unquotedString(other.version()),
        unquotedString(actual.version()),
        unquotedString(Renderings.changes(diff)));
  }
}

package dev.surql.assertj.error;

import dev.surql.core.snapshot.SchemaSnapshot;
import java.util.ArrayList;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a snapshot with another number of tables than expected. */
public class ShouldHaveTableCount extends BasicErrorMessageFactory {

  private ShouldHaveTableCount(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The snapshot does not have {@code expected} tables (edges included). */
  public static ErrorMessageFactory shouldHaveTableCount(SchemaSnapshot actual, int expected) {
    return new ShouldHaveTableCount(
        "%nExpecting snapshot %s:%n  <tables: %s>%nto have %s tables but had %s",
        unquotedString(actual.version()),
        new ArrayList<>(actual.schema().tables().keySet()),
        expected,
        actual.schema().tables().size());
  }
}

package dev.surql.assertj.error;

import dev.surql.core.snapshot.SchemaSnapshot;
import java.util.ArrayList;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a snapshot that is missing a table. */
public class ShouldHaveTable extends BasicErrorMessageFactory {

  private ShouldHaveTable(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The snapshot has no table (or edge) of that name. */
  public static ErrorMessageFactory shouldHaveTable(SchemaSnapshot actual, String table) {
    return new ShouldHaveTable(
        "%nExpecting snapshot %s:%n  <tables: %s>%nto have table:%n  <%s>",
        unquotedString(actual.version()),
        new ArrayList<>(actual.schema().tables().keySet()),
        table);
  }
}

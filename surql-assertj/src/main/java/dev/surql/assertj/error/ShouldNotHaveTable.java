package dev.surql.assertj.error;

import dev.surql.core.snapshot.SchemaSnapshot;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a snapshot that has a table it should not have. */
public class ShouldNotHaveTable extends BasicErrorMessageFactory {

  private ShouldNotHaveTable(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The snapshot has the table, defined as {@code definition}. */
  public static ErrorMessageFactory shouldNotHaveTable(
      SchemaSnapshot actual, String table, String definition) {
    return new ShouldNotHaveTable(
        "%nExpecting snapshot %s not to have table:%n  <%s>%nbut it is defined:%n  <%s>",
        unquotedString(actual.version()), table, unquotedString(definition));
  }
}

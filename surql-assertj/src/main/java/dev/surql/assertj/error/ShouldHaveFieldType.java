package dev.surql.assertj.error;

import dev.surql.core.snapshot.FieldSchema;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a field of another type than expected. */
public class ShouldHaveFieldType extends BasicErrorMessageFactory {

  private ShouldHaveFieldType(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The field's {@code TYPE} is not {@code expected} (or it has none). */
  public static ErrorMessageFactory shouldHaveFieldType(
      String table, FieldSchema actual, String expected) {
    return new ShouldHaveFieldType(
        "%nExpecting field %s.%s to have type:%n  <%s>%nbut had:%n  <%s>%nDefinition:%n  <%s>",
        unquotedString(table),
        unquotedString(actual.name()),
        expected,
        actual.type().<Object>map(t -> t).orElse(unquotedString("no TYPE clause")),
        unquotedString(actual.definition()));
  }
}

package dev.surql.assertj.error;

import dev.surql.core.snapshot.FieldSchema;
import java.util.Optional;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message for a field whose {@code DEFAULT}, {@code ASSERT} or {@code VALUE} clause is
 * not the expected one.
 */
public class ShouldHaveFieldClause extends BasicErrorMessageFactory {

  private ShouldHaveFieldClause(String format, Object... arguments) {
    super(format, arguments);
  }

  /**
   * The field's {@code clause} ({@code DEFAULT}, {@code ASSERT} or {@code VALUE}) is {@code actual}
   * instead of {@code expected}.
   */
  public static ErrorMessageFactory shouldHaveFieldClause(
      String table, FieldSchema field, String clause, Optional<String> actual, String expected) {
    return new ShouldHaveFieldClause(
        "%nExpecting field %s.%s to have %s:%n  <%s>%nbut had:%n  <%s>%nDefinition:%n  <%s>",
        unquotedString(table),
        unquotedString(field.name()),
        unquotedString(clause),
        expected,
        actual.<Object>map(a -> a).orElse(unquotedString("no " + clause + " clause")),
        unquotedString(field.definition()));
  }
}

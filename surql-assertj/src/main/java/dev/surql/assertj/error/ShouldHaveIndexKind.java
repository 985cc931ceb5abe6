package dev.surql.assertj.error;

import dev.surql.core.snapshot.IndexKind;
import dev.surql.core.snapshot.IndexSchema;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for an index of another kind (unique, full-text, vector…) than expected. */
public class ShouldHaveIndexKind extends BasicErrorMessageFactory {

  private ShouldHaveIndexKind(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The index is not of kind {@code expected}. */
  public static ErrorMessageFactory shouldHaveIndexKind(
      String table, IndexSchema actual, IndexKind expected) {
    return new ShouldHaveIndexKind(
        "%nExpecting index %s.%s to be:%n  <%s>%nbut was:%n  <%s>%nDefinition:%n  <%s>",
        unquotedString(table),
        unquotedString(actual.name()),
        expected,
        actual.kind(),
        unquotedString(actual.definition()));
  }
}

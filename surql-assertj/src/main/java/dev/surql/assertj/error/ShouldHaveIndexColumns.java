package dev.surql.assertj.error;

import dev.surql.core.snapshot.IndexSchema;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for an index on other columns than expected. */
public class ShouldHaveIndexColumns extends BasicErrorMessageFactory {

  private ShouldHaveIndexColumns(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The index's columns (in order) are not {@code expected}. */
  public static ErrorMessageFactory shouldHaveIndexColumns(
      String table, IndexSchema actual, List<String> expected) {
    return new ShouldHaveIndexColumns(
        "%nExpecting index %s.%s to have columns:%n  <%s>%nbut had:%n  <%s>%nDefinition:%n  <%s>",
        unquotedString(table),
        unquotedString(actual.name()),
        expected,
        actual.columns(),
        unquotedString(actual.definition()));
  }
}

package dev.surql.assertj.error;

import dev.surql.core.snapshot.TableSchema;
import java.util.ArrayList;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a table that is missing an event. */
public class ShouldHaveEvent extends BasicErrorMessageFactory {

  private ShouldHaveEvent(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The table has no event of that name. */
  public static ErrorMessageFactory shouldHaveEvent(TableSchema table, String event) {
    return new ShouldHaveEvent(
        "%nExpecting table %s:%n  <events: %s>%nto have event:%n  <%s>",
        unquotedString(table.name()), new ArrayList<>(table.events().keySet()), event);
  }
}

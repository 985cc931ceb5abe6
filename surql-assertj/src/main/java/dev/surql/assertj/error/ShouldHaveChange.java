package dev.surql.assertj.error;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.snapshot.ChangeType;
import dev.surql.core.snapshot.SchemaElement;
import dev.surql.core.verify.TimelineStep;
import java.util.Locale;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a migration step that did not make an expected change. */
public class ShouldHaveChange extends BasicErrorMessageFactory {

  private ShouldHaveChange(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The step's diff has no such change. */
  public static ErrorMessageFactory shouldHaveChange(
      TimelineStep actual, ChangeType type, SchemaElement element, String name) {
    return new ShouldHaveChange(
        "%nExpecting migration %s to have %s %s:%n  <%s>%nbut its changes were:%n%s",
        unquotedString(actual.version()),
        unquotedString(type.name().toLowerCase(Locale.ROOT)),
        unquotedString(Renderings.singular(element)),
        name,
        unquotedString(Renderings.changes(actual.diff())));
  }
}

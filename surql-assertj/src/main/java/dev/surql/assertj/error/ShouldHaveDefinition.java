package dev.surql.assertj.error;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.snapshot.SchemaElement;
import dev.surql.core.snapshot.SchemaSnapshot;
import java.util.ArrayList;
import java.util.Collection;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message for a snapshot missing a database-level definition (function, param,
 * analyzer, access).
 */
public class ShouldHaveDefinition extends BasicErrorMessageFactory {

  private ShouldHaveDefinition(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The snapshot has no {@code element} of that name among {@code names}. */
  public static ErrorMessageFactory shouldHaveDefinition(
      SchemaSnapshot actual, SchemaElement element, Collection<String> names, String name) {
    return new ShouldHaveDefinition(
        "%nExpecting snapshot %s:%n  <%s: %s>%nto have %s:%n  <%s>",
        unquotedString(actual.version()),
        unquotedString(Renderings.plural(element)),
        new ArrayList<>(names),
        unquotedString(Renderings.singular(element)),
        name);
  }
}

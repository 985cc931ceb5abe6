package dev.surql.assertj.error;

import dev.surql.core.snapshot.TableSchema;
import java.util.ArrayList;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the messages for a table that is missing a field, or has one it should not have. */
public class ShouldHaveField extends BasicErrorMessageFactory {

  private ShouldHaveField(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The table has no field at that path. */
  public static ErrorMessageFactory shouldHaveField(TableSchema table, String field) {
    return new ShouldHaveField(
        "%nExpecting table %s:%n  <fields: %s>%nto have field:%n  <%s>",
        unquotedString(table.name()), new ArrayList<>(table.fields().keySet()), field);
  }

  /** The table has the field. */
  public static ErrorMessageFactory shouldNotHaveField(TableSchema table, String field) {
    return new ShouldHaveField(
        "%nExpecting table %s not to have field:%n  <%s>%nbut it is defined:%n  <%s>",
        unquotedString(table.name()),
        field,
        unquotedString(table.field(field).orElseThrow().definition()));
  }
}

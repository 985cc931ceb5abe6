package dev.surql.assertj.error;

import dev.surql.core.snapshot.FieldSchema;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the messages for a field that is (or is not) {@code READONLY} against expectations. */
public class ShouldBeReadonly extends BasicErrorMessageFactory {

  private ShouldBeReadonly(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The field is not READONLY. */
  public static ErrorMessageFactory shouldBeReadonly(String table, FieldSchema actual) {
    return new ShouldBeReadonly(
        "%nExpecting field %s.%s to be READONLY but it is not:%n  <%s>",
        unquotedString(table), unquotedString(actual.name()), unquotedString(actual.definition()));
  }

  /** The field is READONLY. */
  public static ErrorMessageFactory shouldNotBeReadonly(String table, FieldSchema actual) {
    return new ShouldBeReadonly(
        "%nExpecting field %s.%s not to be READONLY but it is:%n  <%s>",
        unquotedString(table), unquotedString(actual.name()), unquotedString(actual.definition()));
  }
}

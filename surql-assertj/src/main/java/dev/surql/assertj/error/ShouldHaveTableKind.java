package dev.surql.assertj.error;

import dev.surql.core.snapshot.TableKind;
import dev.surql.core.snapshot.TableSchema;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages for a table of another kind ({@code TYPE}) or mode (schemafull/schemaless)
 * than expected.
 */
public class ShouldHaveTableKind extends BasicErrorMessageFactory {

  private ShouldHaveTableKind(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The table is not {@code TYPE expected}. */
  public static ErrorMessageFactory shouldHaveTableKind(TableSchema actual, TableKind expected) {
    return new ShouldHaveTableKind(
        "%nExpecting table %s to be of type:%n  <%s>%nbut was:%n  <%s>%nDefinition:%n  <%s>",
        unquotedString(actual.name()),
        expected,
        actual.kind(),
        unquotedString(actual.definition()));
  }

  /** The table is schemaless. */
  public static ErrorMessageFactory shouldBeSchemafull(TableSchema actual) {
    return new ShouldHaveTableKind(
        "%nExpecting table %s to be SCHEMAFULL but it is SCHEMALESS:%n  <%s>",
        unquotedString(actual.name()), unquotedString(actual.definition()));
  }

  /** The table is schemafull. */
  public static ErrorMessageFactory shouldBeSchemaless(TableSchema actual) {
    return new ShouldHaveTableKind(
        "%nExpecting table %s to be SCHEMALESS but it is SCHEMAFULL:%n  <%s>",
        unquotedString(actual.name()), unquotedString(actual.definition()));
  }
}

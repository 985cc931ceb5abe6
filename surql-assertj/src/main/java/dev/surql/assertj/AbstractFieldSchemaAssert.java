package dev.surql.assertj;

import static dev.surql.assertj.error.ShouldBeReadonly.shouldBeReadonly;
import static dev.surql.assertj.error.ShouldBeReadonly.shouldNotBeReadonly;
import static dev.surql.assertj.error.ShouldHaveFieldClause.shouldHaveFieldClause;
import static dev.surql.assertj.error.ShouldHaveFieldType.shouldHaveFieldType;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.snapshot.FieldSchema;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on one field of a table: its {@code TYPE}, {@code READONLY}, {@code DEFAULT}, {@code
 * ASSERT} and {@code VALUE} clauses, compared as the server writes them back (e.g. {@code
 * option<string>}). Return with {@link #returnToTable()} / {@link #returnToSnapshot()}.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractFieldSchemaAssert<SELF extends AbstractFieldSchemaAssert<SELF>>
    extends AbstractAssert<SELF, FieldSchema> {

  private AbstractTableSchemaAssert<?> table;
  private String tableName = "?";

  protected AbstractFieldSchemaAssert(FieldSchema actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
    if (actual != null) {
      info.description(new TextDescription("field %s", actual.name()));
    }
  }

  void navigatedFrom(AbstractTableSchemaAssert<?> parent, String tableName, String description) {
    this.table = parent;
    this.tableName = tableName;
    info.description(new TextDescription("%s", description));
  }

  /**
   * Verifies the field's {@code TYPE}, e.g. {@code string} or {@code option<datetime>}.
   *
   * <pre>{@code
   * // DEFINE FIELD email ON user TYPE string ASSERT string::is::email($value);
   * // DEFINE FIELD created_at ON user TYPE datetime DEFAULT time::now() READONLY;
   * // DEFINE FIELD updated_at ON user TYPE datetime VALUE time::now()
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).field("user", "email").hasType("string");
   *
   * // assertion will fail
   * assertThat(snapshot).field("user", "email").hasType("option<string>");
   * }</pre>
   */
  public SELF hasType(String expected) {
    Checks.notNull(expected, "type");
    isNotNull();
    if (!actual.type().map(expected::equals).orElse(false)) {
      throwAssertionError(shouldHaveFieldType(tableName, actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that the field is {@code READONLY}.
   *
   * <pre>{@code
   * // DEFINE FIELD email ON user TYPE string ASSERT string::is::email($value);
   * // DEFINE FIELD created_at ON user TYPE datetime DEFAULT time::now() READONLY;
   * // DEFINE FIELD updated_at ON user TYPE datetime VALUE time::now()
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).field("user", "created_at").isReadonly();
   *
   * // assertion will fail
   * assertThat(snapshot).field("user", "email").isReadonly();
   * }</pre>
   */
  public SELF isReadonly() {
    isNotNull();
    if (!actual.readonly()) {
      throwAssertionError(shouldBeReadonly(tableName, actual));
    }
    return myself;
  }

  /**
   * Verifies that the field is not {@code READONLY}.
   *
   * <pre>{@code
   * // DEFINE FIELD email ON user TYPE string ASSERT string::is::email($value);
   * // DEFINE FIELD created_at ON user TYPE datetime DEFAULT time::now() READONLY;
   * // DEFINE FIELD updated_at ON user TYPE datetime VALUE time::now()
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).field("user", "email").isNotReadonly();
   *
   * // assertion will fail
   * assertThat(snapshot).field("user", "created_at").isNotReadonly();
   * }</pre>
   */
  public SELF isNotReadonly() {
    isNotNull();
    if (actual.readonly()) {
      throwAssertionError(shouldNotBeReadonly(tableName, actual));
    }
    return myself;
  }

  /**
   * Verifies the field's {@code DEFAULT} expression, e.g. {@code time::now()}.
   *
   * <pre>{@code
   * // DEFINE FIELD email ON user TYPE string ASSERT string::is::email($value);
   * // DEFINE FIELD created_at ON user TYPE datetime DEFAULT time::now() READONLY;
   * // DEFINE FIELD updated_at ON user TYPE datetime VALUE time::now()
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).field("user", "created_at").hasDefault("time::now()");
   *
   * // assertion will fail
   * assertThat(snapshot).field("user", "email").hasDefault("''");
   * }</pre>
   */
  public SELF hasDefault(String expected) {
    return hasClause(
        "DEFAULT", actual == null ? Optional.empty() : actual.defaultValue(), expected, "default");
  }

  /**
   * Verifies the field's {@code ASSERT} expression, e.g. {@code string::is::email($value)}.
   *
   * <pre>{@code
   * // DEFINE FIELD email ON user TYPE string ASSERT string::is::email($value);
   * // DEFINE FIELD created_at ON user TYPE datetime DEFAULT time::now() READONLY;
   * // DEFINE FIELD updated_at ON user TYPE datetime VALUE time::now()
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).field("user", "email").hasAssertion("string::is::email($value)");
   *
   * // assertion will fail
   * assertThat(snapshot).field("user", "created_at").hasAssertion("$value != NONE");
   * }</pre>
   */
  public SELF hasAssertion(String expected) {
    return hasClause(
        "ASSERT", actual == null ? Optional.empty() : actual.assertion(), expected, "assertion");
  }

  /**
   * Verifies the field's {@code VALUE} expression.
   *
   * <pre>{@code
   * // DEFINE FIELD email ON user TYPE string ASSERT string::is::email($value);
   * // DEFINE FIELD created_at ON user TYPE datetime DEFAULT time::now() READONLY;
   * // DEFINE FIELD updated_at ON user TYPE datetime VALUE time::now()
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).field("user", "updated_at").hasValue("time::now()");
   *
   * // assertion will fail
   * assertThat(snapshot).field("user", "created_at").hasValue("time::now()");
   * }</pre>
   */
  public SELF hasValue(String expected) {
    return hasClause(
        "VALUE", actual == null ? Optional.empty() : actual.value(), expected, "value expression");
  }

  /**
   * Returns to the table assertion this field was navigated from.
   *
   * @throws IllegalStateException if this assertion was not created by {@code table.field(…)}
   */
  public AbstractTableSchemaAssert<?> returnToTable() {
    if (table == null) {
      throw new IllegalStateException(
          "This field assertion was created directly, not with assertThat(snapshot).table(t).field(f): there is no table to return to");
    }
    return table;
  }

  /** Returns to the snapshot assertion the table of this field was navigated from. */
  public AbstractSchemaSnapshotAssert<?> returnToSnapshot() {
    return returnToTable().returnToSnapshot();
  }

  private SELF hasClause(String clause, Optional<String> value, String expected, String what) {
    Checks.notNull(expected, what);
    isNotNull();
    if (!value.map(expected::equals).orElse(false)) {
      throwAssertionError(shouldHaveFieldClause(tableName, actual, clause, value, expected));
    }
    return myself;
  }
}

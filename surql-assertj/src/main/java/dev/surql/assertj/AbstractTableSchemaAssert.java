package dev.surql.assertj;

import static dev.surql.assertj.error.ShouldHaveEvent.shouldHaveEvent;
import static dev.surql.assertj.error.ShouldHaveField.shouldHaveField;
import static dev.surql.assertj.error.ShouldHaveField.shouldNotHaveField;
import static dev.surql.assertj.error.ShouldHaveIndex.shouldHaveIndex;
import static dev.surql.assertj.error.ShouldHaveIndex.shouldNotHaveIndex;
import static dev.surql.assertj.error.ShouldHaveTableKind.shouldBeSchemafull;
import static dev.surql.assertj.error.ShouldHaveTableKind.shouldBeSchemaless;
import static dev.surql.assertj.error.ShouldHaveTableKind.shouldHaveTableKind;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.IndexSchema;
import dev.surql.core.snapshot.TableKind;
import dev.surql.core.snapshot.TableSchema;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on one table of a snapshot: its fields, indexes, events, kind and mode. Navigate
 * further with {@link #field(String)} / {@link #index(String)}, back with {@link
 * #returnToSnapshot()}.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractTableSchemaAssert<SELF extends AbstractTableSchemaAssert<SELF>>
    extends AbstractAssert<SELF, TableSchema> {

  Navigation navigation = Navigation.HARD;
  private AbstractSchemaSnapshotAssert<?> snapshot;

  protected AbstractTableSchemaAssert(TableSchema actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
    if (actual != null) {
      info.description(new TextDescription("table %s", actual.name()));
    }
  }

  void navigatedFrom(
      AbstractSchemaSnapshotAssert<?> parent, Navigation navigation, String description) {
    this.snapshot = parent;
    this.navigation = navigation;
    info.description(new TextDescription("%s", description));
  }

  /**
   * Verifies that the table has a field at that path.
   *
   * <pre>{@code
   * // DEFINE TABLE user TYPE NORMAL SCHEMAFULL; fields email and address.city; index email_idx;
   * // event on_create. DEFINE TABLE wrote TYPE RELATION IN user OUT post SCHEMALESS
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).table("user").hasField("email").hasField("address.city");
   *
   * // assertion will fail
   * assertThat(snapshot).table("user").hasField("bio");
   * }</pre>
   */
  public SELF hasField(String name) {
    Checks.notNull(name, "field name");
    isNotNull();
    if (actual.field(name).isEmpty()) {
      throwAssertionError(shouldHaveField(actual, name));
    }
    return myself;
  }

  /**
   * Verifies that the table has no field at that path.
   *
   * <pre>{@code
   * // DEFINE TABLE user TYPE NORMAL SCHEMAFULL; fields email and address.city; index email_idx;
   * // event on_create. DEFINE TABLE wrote TYPE RELATION IN user OUT post SCHEMALESS
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).table("user").doesNotHaveField("bio");
   *
   * // assertion will fail
   * assertThat(snapshot).table("user").doesNotHaveField("email");
   * }</pre>
   */
  public SELF doesNotHaveField(String name) {
    Checks.notNull(name, "field name");
    isNotNull();
    if (actual.field(name).isPresent()) {
      throwAssertionError(shouldNotHaveField(actual, name));
    }
    return myself;
  }

  /**
   * Verifies that the table has an index of that name.
   *
   * <pre>{@code
   * // DEFINE TABLE user TYPE NORMAL SCHEMAFULL; fields email and address.city; index email_idx;
   * // event on_create. DEFINE TABLE wrote TYPE RELATION IN user OUT post SCHEMALESS
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).table("user").hasIndex("email_idx");
   *
   * // assertion will fail
   * assertThat(snapshot).table("user").hasIndex("name_idx");
   * }</pre>
   */
  public SELF hasIndex(String name) {
    Checks.notNull(name, "index name");
    isNotNull();
    if (!actual.indexes().containsKey(name)) {
      throwAssertionError(shouldHaveIndex(actual, name));
    }
    return myself;
  }

  /**
   * Verifies that the table has no index of that name.
   *
   * <pre>{@code
   * // DEFINE TABLE user TYPE NORMAL SCHEMAFULL; fields email and address.city; index email_idx;
   * // event on_create. DEFINE TABLE wrote TYPE RELATION IN user OUT post SCHEMALESS
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).table("user").doesNotHaveIndex("name_idx");
   *
   * // assertion will fail
   * assertThat(snapshot).table("user").doesNotHaveIndex("email_idx");
   * }</pre>
   */
  public SELF doesNotHaveIndex(String name) {
    Checks.notNull(name, "index name");
    isNotNull();
    if (actual.indexes().containsKey(name)) {
      throwAssertionError(shouldNotHaveIndex(actual, name));
    }
    return myself;
  }

  /**
   * Verifies that the table has an event of that name.
   *
   * <pre>{@code
   * // DEFINE TABLE user TYPE NORMAL SCHEMAFULL; fields email and address.city; index email_idx;
   * // event on_create. DEFINE TABLE wrote TYPE RELATION IN user OUT post SCHEMALESS
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).table("user").hasEvent("on_create");
   *
   * // assertion will fail
   * assertThat(snapshot).table("user").hasEvent("on_delete");
   * }</pre>
   */
  public SELF hasEvent(String name) {
    Checks.notNull(name, "event name");
    isNotNull();
    if (!actual.events().containsKey(name)) {
      throwAssertionError(shouldHaveEvent(actual, name));
    }
    return myself;
  }

  /**
   * Verifies that the table is {@code SCHEMAFULL}.
   *
   * <pre>{@code
   * // DEFINE TABLE user TYPE NORMAL SCHEMAFULL; fields email and address.city; index email_idx;
   * // event on_create. DEFINE TABLE wrote TYPE RELATION IN user OUT post SCHEMALESS
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).table("user").isSchemafull();
   *
   * // assertion will fail
   * assertThat(snapshot).table("wrote").isSchemafull();
   * }</pre>
   */
  public SELF isSchemafull() {
    isNotNull();
    if (!actual.schemafull()) {
      throwAssertionError(shouldBeSchemafull(actual));
    }
    return myself;
  }

  /**
   * Verifies that the table is {@code SCHEMALESS}.
   *
   * <pre>{@code
   * // DEFINE TABLE user TYPE NORMAL SCHEMAFULL; fields email and address.city; index email_idx;
   * // event on_create. DEFINE TABLE wrote TYPE RELATION IN user OUT post SCHEMALESS
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).table("wrote").isSchemaless();
   *
   * // assertion will fail
   * assertThat(snapshot).table("user").isSchemaless();
   * }</pre>
   */
  public SELF isSchemaless() {
    isNotNull();
    if (actual.schemafull()) {
      throwAssertionError(shouldBeSchemaless(actual));
    }
    return myself;
  }

  /**
   * Verifies that the table is {@code TYPE RELATION} (an edge).
   *
   * <pre>{@code
   * // DEFINE TABLE user TYPE NORMAL SCHEMAFULL; fields email and address.city; index email_idx;
   * // event on_create. DEFINE TABLE wrote TYPE RELATION IN user OUT post SCHEMALESS
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).table("wrote").isRelation();
   *
   * // assertion will fail
   * assertThat(snapshot).table("user").isRelation();
   * }</pre>
   */
  public SELF isRelation() {
    return hasKind(TableKind.RELATION);
  }

  /**
   * Verifies the table's {@code TYPE}.
   *
   * <pre>{@code
   * // DEFINE TABLE user TYPE NORMAL SCHEMAFULL; fields email and address.city; index email_idx;
   * // event on_create. DEFINE TABLE wrote TYPE RELATION IN user OUT post SCHEMALESS
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).table("user").hasKind(TableKind.NORMAL);
   *
   * // assertion will fail
   * assertThat(snapshot).table("wrote").hasKind(TableKind.NORMAL);
   * }</pre>
   */
  public SELF hasKind(TableKind expected) {
    Checks.notNull(expected, "table kind");
    isNotNull();
    if (actual.kind() != expected) {
      throwAssertionError(shouldHaveTableKind(actual, expected));
    }
    return myself;
  }

  /**
   * Navigates to the field at that path, failing if it does not exist.
   *
   * <pre>{@code
   * // DEFINE TABLE user TYPE NORMAL SCHEMAFULL; fields email and address.city; index email_idx;
   * // event on_create. DEFINE TABLE wrote TYPE RELATION IN user OUT post SCHEMALESS
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).table("user").field("email").hasType("string");
   *
   * // assertion will fail
   * assertThat(snapshot).table("user").field("bio");
   * }</pre>
   */
  public FieldSchemaAssert field(String name) {
    Checks.notNull(name, "field name");
    FieldSchema field = null;
    if (actual == null) {
      navigation.missing(assertionError(shouldNotBeNull()));
    } else {
      field = actual.field(name).orElse(null);
      if (field == null) {
        navigation.missing(assertionError(shouldHaveField(actual, name)));
      }
    }
    FieldSchemaAssert child =
        navigation.create(
            FieldSchemaAssert.class, FieldSchema.class, field, FieldSchemaAssert::new);
    child.navigatedFrom(this, tableName(), Navigation.describe(descriptionText(), "field " + name));
    return child;
  }

  /**
   * Navigates to the index of that name, failing if it does not exist.
   *
   * <pre>{@code
   * // DEFINE TABLE user TYPE NORMAL SCHEMAFULL; fields email and address.city; index email_idx;
   * // event on_create. DEFINE TABLE wrote TYPE RELATION IN user OUT post SCHEMALESS
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).table("user").index("email_idx").isUnique();
   *
   * // assertion will fail
   * assertThat(snapshot).table("user").index("name_idx");
   * }</pre>
   */
  public IndexSchemaAssert index(String name) {
    Checks.notNull(name, "index name");
    IndexSchema index = null;
    if (actual == null) {
      navigation.missing(assertionError(shouldNotBeNull()));
    } else {
      index = actual.indexes().get(name);
      if (index == null) {
        navigation.missing(assertionError(shouldHaveIndex(actual, name)));
      }
    }
    IndexSchemaAssert child =
        navigation.create(
            IndexSchemaAssert.class, IndexSchema.class, index, IndexSchemaAssert::new);
    child.navigatedFrom(this, tableName(), Navigation.describe(descriptionText(), "index " + name));
    return child;
  }

  /**
   * Returns to the snapshot assertion this table was navigated from.
   *
   * @throws IllegalStateException if this assertion was not created by {@code snapshot.table(…)}
   */
  public AbstractSchemaSnapshotAssert<?> returnToSnapshot() {
    if (snapshot == null) {
      throw new IllegalStateException(
          "This table assertion was created directly, not with assertThat(snapshot).table(name): there is no snapshot to return to");
    }
    return snapshot;
  }

  private String tableName() {
    return actual == null ? "?" : actual.name();
  }
}

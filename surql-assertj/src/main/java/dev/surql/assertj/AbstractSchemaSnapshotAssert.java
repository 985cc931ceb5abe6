package dev.surql.assertj;

import static dev.surql.assertj.error.ShouldBeSchemaEqual.shouldBeSchemaEqual;
import static dev.surql.assertj.error.ShouldHaveChecksum.shouldHaveChecksum;
import static dev.surql.assertj.error.ShouldHaveChecksum.shouldHaveSameChecksumAs;
import static dev.surql.assertj.error.ShouldHaveDefinition.shouldHaveDefinition;
import static dev.surql.assertj.error.ShouldHaveEdge.shouldBeEdge;
import static dev.surql.assertj.error.ShouldHaveEdge.shouldConnect;
import static dev.surql.assertj.error.ShouldHaveEdge.shouldHaveEdge;
import static dev.surql.assertj.error.ShouldHaveEvent.shouldHaveEvent;
import static dev.surql.assertj.error.ShouldHaveField.shouldHaveField;
import static dev.surql.assertj.error.ShouldHaveIndex.shouldHaveIndex;
import static dev.surql.assertj.error.ShouldHaveTable.shouldHaveTable;
import static dev.surql.assertj.error.ShouldHaveTableCount.shouldHaveTableCount;
import static dev.surql.assertj.error.ShouldNotHaveTable.shouldNotHaveTable;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.surql.assertj.internal.Renderings;
import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.snapshot.RelationSchema;
import dev.surql.core.snapshot.SchemaElement;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.Snapshots;
import dev.surql.core.snapshot.TableSchema;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Assertions on the structure of a {@link SchemaSnapshot}: its tables, edges, fields, indexes,
 * events and database-level definitions, its checksum, and its equality with another snapshot
 * (failures show the structural diff). Navigate into a table with {@link #table(String)}.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractSchemaSnapshotAssert<SELF extends AbstractSchemaSnapshotAssert<SELF>>
    extends AbstractAssert<SELF, SchemaSnapshot> {

  Navigation navigation = Navigation.HARD;

  protected AbstractSchemaSnapshotAssert(SchemaSnapshot actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
    if (actual != null) {
      info.description(new TextDescription("snapshot %s", actual.version()));
    }
  }

  /**
   * Verifies that the snapshot has a table (or edge) of that name.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).hasTable("user").hasTable("wrote");
   *
   * // assertion will fail
   * assertThat(snapshot).hasTable("profile");
   * }</pre>
   */
  public SELF hasTable(String name) {
    Checks.notNull(name, "table name");
    isNotNull();
    if (!actual.schema().tables().containsKey(name)) {
      throwAssertionError(shouldHaveTable(actual, name));
    }
    return myself;
  }

  /**
   * Verifies that the snapshot has no table (or edge) of that name.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).doesNotHaveTable("profile");
   *
   * // assertion will fail
   * assertThat(snapshot).doesNotHaveTable("post");
   * }</pre>
   */
  public SELF doesNotHaveTable(String name) {
    Checks.notNull(name, "table name");
    isNotNull();
    TableSchema table = actual.schema().tables().get(name);
    if (table != null) {
      throwAssertionError(shouldNotHaveTable(actual, name, table.definition()));
    }
    return myself;
  }

  /**
   * Verifies that the snapshot has a relation table ({@code TYPE RELATION}) of that name.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).hasEdge("wrote");
   *
   * // assertions will fail
   * assertThat(snapshot).hasEdge("post");
   * assertThat(snapshot).hasEdge("likes");
   * }</pre>
   */
  public SELF hasEdge(String name) {
    Checks.notNull(name, "edge name");
    isNotNull();
    edge(name);
    return myself;
  }

  /**
   * Verifies that the snapshot has an edge of that name from exactly table {@code in} to exactly
   * table {@code out}.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).hasEdge("wrote", "user", "post");
   *
   * // assertion will fail
   * assertThat(snapshot).hasEdge("wrote", "post", "user");
   * }</pre>
   */
  public SELF hasEdge(String name, String in, String out) {
    Checks.notNull(in, "IN table");
    Checks.notNull(out, "OUT table");
    return hasEdge(name, List.of(in), List.of(out));
  }

  /**
   * Verifies that the snapshot has an edge of that name whose IN and OUT tables are exactly these,
   * in any order.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).hasEdge("wrote", List.of("user"), List.of("post"));
   *
   * // assertion will fail
   * assertThat(snapshot).hasEdge("wrote", List.of("user"), List.of("post", "comment"));
   * }</pre>
   */
  public SELF hasEdge(String name, List<String> in, List<String> out) {
    Checks.notNull(name, "edge name");
    Checks.notNull(in, "IN tables");
    Checks.notNull(out, "OUT tables");
    isNotNull();
    TableSchema edge = edge(name);
    RelationSchema relation =
        edge.relation().orElse(new RelationSchema(List.of(), List.of(), false));
    if (!sameElements(relation.in(), in) || !sameElements(relation.out(), out)) {
      throwAssertionError(shouldConnect(actual, edge, in, out));
    }
    return myself;
  }

  /**
   * Verifies that the table exists and has a field at that path ({@code address.city}, {@code
   * tags.*}).
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).hasField("user", "email");
   *
   * // assertions will fail
   * assertThat(snapshot).hasField("user", "bio");
   * assertThat(snapshot).hasField("profile", "email");
   * }</pre>
   */
  public SELF hasField(String table, String field) {
    Checks.notNull(table, "table name");
    Checks.notNull(field, "field name");
    isNotNull();
    TableSchema schema = existingTable(table);
    if (schema.field(field).isEmpty()) {
      throwAssertionError(shouldHaveField(schema, field));
    }
    return myself;
  }

  /**
   * Verifies that the table exists and has an index of that name.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).hasIndex("user", "email_idx");
   *
   * // assertion will fail
   * assertThat(snapshot).hasIndex("user", "name_idx");
   * }</pre>
   */
  public SELF hasIndex(String table, String index) {
    Checks.notNull(table, "table name");
    Checks.notNull(index, "index name");
    isNotNull();
    TableSchema schema = existingTable(table);
    if (!schema.indexes().containsKey(index)) {
      throwAssertionError(shouldHaveIndex(schema, index));
    }
    return myself;
  }

  /**
   * Verifies that the table exists and has an event of that name.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).hasEvent("user", "on_create");
   *
   * // assertion will fail
   * assertThat(snapshot).hasEvent("post", "on_create");
   * }</pre>
   */
  public SELF hasEvent(String table, String event) {
    Checks.notNull(table, "table name");
    Checks.notNull(event, "event name");
    isNotNull();
    TableSchema schema = existingTable(table);
    if (!schema.events().containsKey(event)) {
      throwAssertionError(shouldHaveEvent(schema, event));
    }
    return myself;
  }

  /**
   * Verifies that the snapshot defines a function of that name, with or without its {@code fn::}
   * prefix.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).hasFunction("fn::greet").hasFunction("greet");
   *
   * // assertion will fail
   * assertThat(snapshot).hasFunction("fn::slug");
   * }</pre>
   */
  public SELF hasFunction(String name) {
    return hasDefinition(SchemaElement.FUNCTION, "function name", name, "fn::");
  }

  /**
   * Verifies that the snapshot defines a param of that name, with or without its {@code $} prefix.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).hasParam("$max").hasParam("max");
   *
   * // assertion will fail
   * assertThat(snapshot).hasParam("$min");
   * }</pre>
   */
  public SELF hasParam(String name) {
    return hasDefinition(SchemaElement.PARAM, "param name", name, "$");
  }

  /**
   * Verifies that the snapshot defines an analyzer of that name.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).hasAnalyzer("ascii");
   *
   * // assertion will fail
   * assertThat(snapshot).hasAnalyzer("english");
   * }</pre>
   */
  public SELF hasAnalyzer(String name) {
    return hasDefinition(SchemaElement.ANALYZER, "analyzer name", name, "");
  }

  /**
   * Verifies that the snapshot defines an access method of that name.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).hasAccess("account");
   *
   * // assertion will fail
   * assertThat(snapshot).hasAccess("api");
   * }</pre>
   */
  public SELF hasAccess(String name) {
    return hasDefinition(SchemaElement.ACCESS, "access name", name, "");
  }

  /**
   * Verifies the number of tables, relation tables included.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).hasTableCount(3);
   *
   * // assertion will fail
   * assertThat(snapshot).hasTableCount(2);
   * }</pre>
   */
  public SELF hasTableCount(int expected) {
    Checks.notNegative(expected, "table count");
    isNotNull();
    if (actual.schema().tables().size() != expected) {
      throwAssertionError(shouldHaveTableCount(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies the snapshot's schema checksum (lower-case hex SHA-256; compared ignoring case).
   *
   * <pre>{@code
   * SchemaSnapshot snapshot = …;
   *
   * // assertions will pass
   * assertThat(snapshot).hasChecksum(snapshot.checksum());
   * assertThat(snapshot).hasChecksum(snapshot.checksum().toUpperCase());
   *
   * // assertion will fail
   * assertThat(snapshot).hasChecksum("0000");
   * }</pre>
   */
  public SELF hasChecksum(String expected) {
    Checks.notNull(expected, "checksum");
    isNotNull();
    if (!actual.checksum().equalsIgnoreCase(expected)) {
      throwAssertionError(shouldHaveChecksum(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that both snapshots have the same checksum. On failure, the message lists what differs
   * structurally, and the error carries both schemas for an IDE diff.
   *
   * <pre>{@code
   * // V2's down undoes its up: S0 and S2 hold the same schema; S1 has one more field
   * SchemaSnapshot s0 = …, s1 = …, s2 = …;
   *
   * // assertion will pass
   * assertThat(s2).hasSameChecksumAs(s0);
   *
   * // assertion will fail
   * assertThat(s1).hasSameChecksumAs(s0);
   * }</pre>
   */
  public SELF hasSameChecksumAs(SchemaSnapshot other) {
    Checks.notNull(other, "snapshot");
    isNotNull();
    if (!actual.checksum().equals(other.checksum())) {
      SnapshotDiff diff = Snapshots.compareSnapshots(other, actual);
      throw schemaFailure(other, shouldHaveSameChecksumAs(actual, other, diff));
    }
    return myself;
  }

  /**
   * Verifies that both snapshots have the same structure (same tables, fields, indexes, events and
   * definitions), whatever their version, time or checksum. On failure, the message lists every
   * added, removed and modified element with its definitions before and after, and the error
   * carries both schemas for an IDE diff.
   *
   * <pre>{@code
   * // V2's down undoes its up: S0 and S2 hold the same schema; S1 has one more field
   * SchemaSnapshot s0 = …, s1 = …, s2 = …;
   *
   * // assertion will pass
   * assertThat(s2).isSchemaEqualTo(s0);
   *
   * // assertion will fail
   * assertThat(s1).isSchemaEqualTo(s0);
   * }</pre>
   */
  public SELF isSchemaEqualTo(SchemaSnapshot expected) {
    Checks.notNull(expected, "snapshot");
    isNotNull();
    SnapshotDiff diff = Snapshots.compareSnapshots(expected, actual);
    if (!diff.isEmpty()) {
      throw schemaFailure(expected, shouldBeSchemaEqual(actual, expected, diff));
    }
    return myself;
  }

  /**
   * Navigates to the table of that name, failing if it does not exist.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).table("user").isSchemafull();
   *
   * // assertion will fail
   * assertThat(snapshot).table("profile");
   * }</pre>
   */
  public TableSchemaAssert table(String name) {
    Checks.notNull(name, "table name");
    TableSchema table = null;
    if (actual == null) {
      navigation.missing(assertionError(shouldNotBeNull()));
    } else {
      table = actual.schema().tables().get(name);
      if (table == null) {
        navigation.missing(assertionError(shouldHaveTable(actual, name)));
      }
    }
    TableSchemaAssert child =
        navigation.create(
            TableSchemaAssert.class, TableSchema.class, table, TableSchemaAssert::new);
    child.navigatedFrom(this, navigation, Navigation.describe(descriptionText(), "table " + name));
    return child;
  }

  /**
   * Navigates to a field of a table, failing if either does not exist.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).field("user", "email").hasType("string");
   *
   * // assertion will fail
   * assertThat(snapshot).field("user", "bio");
   * }</pre>
   */
  public FieldSchemaAssert field(String table, String field) {
    return table(table).field(field);
  }

  /**
   * Navigates to an index of a table, failing if either does not exist.
   *
   * <pre>{@code
   * // after V2: tables user (fields email, name; index email_idx; event on_create) and post,
   * // edge wrote (IN user OUT post), fn::greet, $max, analyzer ascii, access account
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).index("user", "email_idx").isUnique();
   *
   * // assertion will fail
   * assertThat(snapshot).index("post", "email_idx");
   * }</pre>
   */
  public IndexSchemaAssert index(String table, String index) {
    return table(table).index(index);
  }

  private TableSchema existingTable(String name) {
    TableSchema table = actual.schema().tables().get(name);
    if (table == null) {
      throwAssertionError(shouldHaveTable(actual, name));
    }
    return table;
  }

  private TableSchema edge(String name) {
    TableSchema edge = actual.schema().tables().get(name);
    if (edge == null) {
      throwAssertionError(shouldHaveEdge(actual, name));
    }
    if (!edge.isRelation()) {
      throwAssertionError(shouldBeEdge(actual, edge));
    }
    return edge;
  }

  private SELF hasDefinition(SchemaElement element, String what, String name, String prefix) {
    Checks.notNull(name, what);
    isNotNull();
    Map<String, String> definitions =
        switch (element) {
          case FUNCTION -> actual.schema().functions();
          case PARAM -> actual.schema().params();
          case ANALYZER -> actual.schema().analyzers();
          default -> actual.schema().accesses();
        };
    boolean found =
        definitions.containsKey(name)
            || !prefix.isEmpty()
                && (definitions.containsKey(prefix + name)
                    || name.startsWith(prefix)
                        && definitions.containsKey(name.substring(prefix.length())));
    if (!found) {
      throwAssertionError(shouldHaveDefinition(actual, element, definitions.keySet(), name));
    }
    return myself;
  }

  /**
   * An IDE-diffable failure (actual and expected schemas rendered), its message prefixed with the
   * description.
   */
  private AssertionError schemaFailure(SchemaSnapshot expected, ErrorMessageFactory factory) {
    String message = factory.create(new TextDescription(""), info.representation());
    return failureWithActualExpected(
        Renderings.schema(actual), Renderings.schema(expected), "%s", message);
  }

  private static boolean sameElements(List<String> a, List<String> b) {
    return a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
  }
}

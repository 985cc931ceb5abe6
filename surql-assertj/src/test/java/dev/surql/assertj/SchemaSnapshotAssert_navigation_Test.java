package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.userSnapshot;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldBeReadonly.shouldBeReadonly;
import static dev.surql.assertj.error.ShouldBeReadonly.shouldNotBeReadonly;
import static dev.surql.assertj.error.ShouldHaveEvent.shouldHaveEvent;
import static dev.surql.assertj.error.ShouldHaveField.shouldHaveField;
import static dev.surql.assertj.error.ShouldHaveField.shouldNotHaveField;
import static dev.surql.assertj.error.ShouldHaveFieldClause.shouldHaveFieldClause;
import static dev.surql.assertj.error.ShouldHaveFieldType.shouldHaveFieldType;
import static dev.surql.assertj.error.ShouldHaveIndex.shouldHaveIndex;
import static dev.surql.assertj.error.ShouldHaveIndex.shouldNotHaveIndex;
import static dev.surql.assertj.error.ShouldHaveIndexColumns.shouldHaveIndexColumns;
import static dev.surql.assertj.error.ShouldHaveIndexKind.shouldHaveIndexKind;
import static dev.surql.assertj.error.ShouldHaveTable.shouldHaveTable;
import static dev.surql.assertj.error.ShouldHaveTableKind.shouldBeSchemafull;
import static dev.surql.assertj.error.ShouldHaveTableKind.shouldBeSchemaless;
import static dev.surql.assertj.error.ShouldHaveTableKind.shouldHaveTableKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.IndexKind;
import dev.surql.core.snapshot.IndexSchema;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.TableKind;
import dev.surql.core.snapshot.TableSchema;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaSnapshotAssert_navigation_Test {

  private final SchemaSnapshot snapshot = userSnapshot("v5");
  private final TableSchema user = snapshot.schema().tables().get("user");
  private final TableSchema post = snapshot.schema().tables().get("post");

  @Test
  void should_navigate_to_tables_fields_and_indexes_and_back() {
    assertThat(snapshot)
        .table("user")
        .isSchemafull()
        .hasKind(TableKind.NORMAL)
        .hasField("email")
        .doesNotHaveField("bio")
        .hasIndex("email_idx")
        .doesNotHaveIndex("bio_idx")
        .hasEvent("on_create")
        .field("email")
        .hasType("string")
        .isNotReadonly()
        .hasAssertion("string::is::email($value)")
        .returnToTable()
        .field("created_at")
        .hasType("datetime")
        .isReadonly()
        .hasDefault("time::now()")
        .returnToTable()
        .index("email_idx")
        .hasColumns("email")
        .isUnique()
        .returnToTable()
        .index("name_search")
        .isFullText()
        .returnToTable()
        .index("embedding_idx")
        .isVector()
        .hasKind(IndexKind.VECTOR)
        .returnToSnapshot()
        .table("wrote")
        .isRelation()
        .isSchemaless()
        .returnToSnapshot()
        .hasTable("post");
    assertThat(snapshot)
        .field("user", "name")
        .hasType("string")
        .returnToSnapshot()
        .index("user", "email_idx")
        .isUnique();
  }

  @Test
  void should_fail_navigating_to_a_missing_table_field_or_index() {
    assertThat(expectAssertionError(() -> assertThat(snapshot).table("profile")))
        .hasMessage(message(shouldHaveTable(snapshot, "profile"), "snapshot v5"));
    assertThat(expectAssertionError(() -> assertThat(snapshot).table("user").field("bio")))
        .hasMessage(message(shouldHaveField(user, "bio"), "snapshot v5, table user"));
    assertThat(
            expectAssertionError(
                () -> assertThat(snapshot).table("user").doesNotHaveField("email")))
        .hasMessage(message(shouldNotHaveField(user, "email"), "snapshot v5, table user"));
  }

  @Test
  void should_fail_on_table_kind_and_mode_with_the_definition() {
    assertThat(expectAssertionError(() -> assertThat(snapshot).table("post").isSchemafull()))
        .hasMessage(message(shouldBeSchemafull(post), "snapshot v5, table post"));
    assertThat(expectAssertionError(() -> assertThat(snapshot).table("user").isSchemaless()))
        .hasMessage(message(shouldBeSchemaless(user), "snapshot v5, table user"));
    AssertionError error =
        expectAssertionError(() -> assertThat(snapshot).table("user").isRelation());
    assertThat(error)
        .hasMessage(
            message(shouldHaveTableKind(user, TableKind.RELATION), "snapshot v5, table user"));
    assertThat(error.getMessage()).contains("DEFINE TABLE user TYPE NORMAL SCHEMAFULL");
  }

  @Test
  void should_fail_on_field_properties() {
    FieldSchema email = user.fields().get("email");
    FieldSchema createdAt = user.fields().get("created_at");
    String description = "snapshot v5, table user, field email";
    AssertionError error =
        expectAssertionError(
            () -> assertThat(snapshot).field("user", "email").hasType("option<string>"));
    assertThat(error)
        .hasMessage(message(shouldHaveFieldType("user", email, "option<string>"), description));
    assertThat(error.getMessage())
        .contains(
            String.format(
                "Expecting field user.email to have type:%n"
                    + "  <\"option<string>\">%nbut had:%n  <\"string\">"));
    assertThat(expectAssertionError(() -> assertThat(snapshot).field("user", "email").isReadonly()))
        .hasMessage(message(shouldBeReadonly("user", email), description));
    assertThat(
            expectAssertionError(
                () -> assertThat(snapshot).field("user", "created_at").isNotReadonly()))
        .hasMessage(
            message(
                shouldNotBeReadonly("user", createdAt),
                "snapshot v5, table user, field created_at"));
    AssertionError noDefault =
        expectAssertionError(() -> assertThat(snapshot).field("user", "email").hasDefault("''"));
    assertThat(noDefault)
        .hasMessage(
            message(
                shouldHaveFieldClause("user", email, "DEFAULT", Optional.empty(), "''"),
                description));
    assertThat(noDefault.getMessage()).contains("<no DEFAULT clause>");
    assertThat(
            expectAssertionError(
                () -> assertThat(snapshot).field("user", "email").hasAssertion("true")))
        .hasMessage(
            message(
                shouldHaveFieldClause("user", email, "ASSERT", email.assertion(), "true"),
                description));
    assertThat(
            expectAssertionError(() -> assertThat(snapshot).field("user", "email").hasValue("1")))
        .hasMessage(
            message(
                shouldHaveFieldClause("user", email, "VALUE", Optional.empty(), "1"), description));
  }

  @Test
  void should_pass_on_a_value_expression_and_fail_on_another() {
    FieldSchema updated = Fixtures.computedField("user", "updated_at", "datetime", "time::now()");
    assertThat(updated).hasValue("time::now()").hasType("datetime");
    assertThat(expectAssertionError(() -> assertThat(updated).hasValue("time::now() - 1d")))
        .hasMessage(
            message(
                shouldHaveFieldClause(
                    "?", updated, "VALUE", Optional.of("time::now()"), "time::now() - 1d"),
                "field updated_at"));
  }

  @Test
  void should_fail_on_table_indexes_events_and_kind() {
    String description = "snapshot v5, table user";
    assertThat(expectAssertionError(() -> assertThat(snapshot).table("user").hasIndex("bio_idx")))
        .hasMessage(message(shouldHaveIndex(user, "bio_idx"), description));
    assertThat(
            expectAssertionError(
                () -> assertThat(snapshot).table("user").doesNotHaveIndex("email_idx")))
        .hasMessage(message(shouldNotHaveIndex(user, "email_idx"), description));
    assertThat(expectAssertionError(() -> assertThat(snapshot).table("user").hasEvent("on_delete")))
        .hasMessage(message(shouldHaveEvent(user, "on_delete"), description));
    assertThat(
            expectAssertionError(
                () -> assertThat(snapshot).table("wrote").hasKind(TableKind.NORMAL)))
        .hasMessage(
            message(
                shouldHaveTableKind(snapshot.schema().tables().get("wrote"), TableKind.NORMAL),
                "snapshot v5, table wrote"));
  }

  @Test
  void should_fail_on_index_properties() {
    IndexSchema index = user.indexes().get("email_idx");
    String description = "snapshot v5, table user, index email_idx";
    assertThat(
            expectAssertionError(
                () -> assertThat(snapshot).index("user", "email_idx").hasColumns("email", "name")))
        .hasMessage(
            message(shouldHaveIndexColumns("user", index, List.of("email", "name")), description));
    assertThat(
            expectAssertionError(
                () -> assertThat(snapshot).index("user", "email_idx").isFullText()))
        .hasMessage(message(shouldHaveIndexKind("user", index, IndexKind.FULLTEXT), description));
    assertThat(
            expectAssertionError(() -> assertThat(snapshot).index("user", "email_idx").isVector()))
        .hasMessage(message(shouldHaveIndexKind("user", index, IndexKind.VECTOR), description));
    IndexSchema fullText = user.indexes().get("name_search");
    assertThat(
            expectAssertionError(
                () -> assertThat(snapshot).index("user", "name_search").isUnique()))
        .hasMessage(
            message(
                shouldHaveIndexKind("user", fullText, IndexKind.UNIQUE),
                "snapshot v5, table user, index name_search"));
    assertThat(
            expectAssertionError(
                () -> assertThat(snapshot).index("user", "email_idx").hasKind(IndexKind.COUNT)))
        .hasMessage(message(shouldHaveIndexKind("user", index, IndexKind.COUNT), description));
  }

  @Test
  void should_describe_direct_assertions_by_their_own_name() {
    assertThat(expectAssertionError(() -> assertThat(post).isSchemafull()))
        .hasMessage(message(shouldBeSchemafull(post), "table post"));
  }

  @Test
  void should_refuse_to_return_from_a_direct_assertion() {
    assertThatIllegalStateException()
        .isThrownBy(() -> assertThat(user).returnToSnapshot())
        .withMessageContaining("there is no snapshot to return to");
    assertThatIllegalStateException()
        .isThrownBy(() -> assertThat(user.fields().get("email")).returnToTable())
        .withMessageContaining("there is no table to return to");
    assertThatIllegalStateException()
        .isThrownBy(() -> assertThat(user.indexes().get("email_idx")).returnToSnapshot())
        .withMessageContaining("there is no table to return to");
  }

  @Test
  void should_fail_navigating_from_a_null_snapshot() {
    expectAssertionError(() -> assertThat((SchemaSnapshot) null).table("user"));
    expectAssertionError(() -> assertThat((TableSchema) null).field("email"));
  }
}

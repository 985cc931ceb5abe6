package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.userSnapshot;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldHaveEvent.shouldHaveEvent;
import static dev.surql.assertj.error.ShouldHaveField.shouldHaveField;
import static dev.surql.assertj.error.ShouldHaveIndex.shouldHaveIndex;
import static dev.surql.assertj.error.ShouldHaveTable.shouldHaveTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.TableSchema;
import org.junit.jupiter.api.Test;

class SchemaSnapshotAssert_hasField_Test {

  private static final String DESCRIPTION = "snapshot v3";
  private final SchemaSnapshot snapshot = userSnapshot("v3");
  private final TableSchema user = snapshot.schema().tables().get("user");

  @Test
  void should_pass_if_field_index_and_event_exist() {
    assertThat(snapshot)
        .hasField("user", "email")
        .hasIndex("user", "email_idx")
        .hasEvent("user", "on_create");
  }

  @Test
  void should_fail_if_field_is_missing() {
    AssertionError error = expectAssertionError(() -> assertThat(snapshot).hasField("user", "bio"));
    assertThat(error).hasMessage(message(shouldHaveField(user, "bio"), DESCRIPTION));
    assertThat(error.getMessage()).contains("<fields: [\"created_at\", \"email\", \"name\"]>");
  }

  @Test
  void should_fail_if_table_of_field_is_missing() {
    AssertionError error =
        expectAssertionError(() -> assertThat(snapshot).hasField("profile", "bio"));
    assertThat(error).hasMessage(message(shouldHaveTable(snapshot, "profile"), DESCRIPTION));
  }

  @Test
  void should_fail_if_index_is_missing() {
    AssertionError error =
        expectAssertionError(() -> assertThat(snapshot).hasIndex("user", "name_idx"));
    assertThat(error).hasMessage(message(shouldHaveIndex(user, "name_idx"), DESCRIPTION));
  }

  @Test
  void should_fail_if_event_is_missing() {
    AssertionError error =
        expectAssertionError(() -> assertThat(snapshot).hasEvent("user", "on_delete"));
    assertThat(error).hasMessage(message(shouldHaveEvent(user, "on_delete"), DESCRIPTION));
  }

  @Test
  void should_fail_if_actual_is_null() {
    expectAssertionError(() -> assertThat((SchemaSnapshot) null).hasField("user", "email"));
  }

  @Test
  void should_throw_if_expected_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(snapshot).hasField("user", null))
        .withMessage("The field name to compare against should not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(snapshot).hasIndex(null, "email_idx"))
        .withMessage("The table name to compare against should not be null");
  }
}

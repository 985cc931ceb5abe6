package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.actualIsNull;
import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.userSnapshot;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldHaveTable.shouldHaveTable;
import static dev.surql.assertj.error.ShouldHaveTableCount.shouldHaveTableCount;
import static dev.surql.assertj.error.ShouldNotHaveTable.shouldNotHaveTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.snapshot.SchemaSnapshot;
import org.junit.jupiter.api.Test;

class SchemaSnapshotAssert_hasTable_Test {

  private final SchemaSnapshot snapshot = userSnapshot("20260101_120000");

  @Test
  void should_pass_if_table_exists() {
    assertThat(snapshot).hasTable("user").hasTable("post").hasTable("wrote");
  }

  @Test
  void should_fail_if_table_is_missing() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(snapshot).hasTable("account"));
    // THEN
    assertThat(error)
        .hasMessage(message(shouldHaveTable(snapshot, "account"), "snapshot 20260101_120000"));
    assertThat(error.getMessage())
        .isEqualTo(
            String.format(
                "[snapshot 20260101_120000] %n"
                    + "Expecting snapshot 20260101_120000:%n  <tables: [\"post\", \"user\", \"wrote\"]>%nto have table:%n"
                    + "  <\"account\">"));
  }

  @Test
  void should_use_the_users_description_instead_of_the_default_one() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(snapshot).as("after V2").hasTable("account"));
    // THEN
    assertThat(error).hasMessage(message(shouldHaveTable(snapshot, "account"), "after V2"));
  }

  @Test
  void should_pass_if_table_is_absent() {
    assertThat(snapshot).doesNotHaveTable("account");
  }

  @Test
  void should_fail_if_table_that_should_be_absent_exists() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(snapshot).doesNotHaveTable("user"));
    // THEN
    assertThat(error)
        .hasMessage(
            message(
                shouldNotHaveTable(
                    snapshot, "user", snapshot.schema().tables().get("user").definition()),
                "snapshot 20260101_120000"));
    assertThat(error.getMessage()).contains("DEFINE TABLE user TYPE NORMAL SCHEMAFULL");
  }

  @Test
  void should_pass_if_table_count_matches() {
    assertThat(snapshot).hasTableCount(3);
  }

  @Test
  void should_fail_if_table_count_differs() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(snapshot).hasTableCount(2));
    // THEN
    assertThat(error)
        .hasMessage(message(shouldHaveTableCount(snapshot, 2), "snapshot 20260101_120000"));
    assertThat(error.getMessage()).endsWith("to have 2 tables but had 3");
  }

  @Test
  void should_fail_if_actual_is_null() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat((SchemaSnapshot) null).hasTable("user"));
    // THEN
    assertThat(error).hasMessage(actualIsNull());
  }

  @Test
  void should_throw_if_expected_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(snapshot).hasTable(null))
        .withMessage("The table name to compare against should not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(snapshot).hasTableCount(-1))
        .withMessage("The expected table count should be >= 0, but was -1");
  }
}

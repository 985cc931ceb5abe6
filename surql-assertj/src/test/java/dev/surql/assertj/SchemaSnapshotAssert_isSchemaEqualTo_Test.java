package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.field;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.snapshot;
import static dev.surql.assertj.Fixtures.table;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldBeSchemaEqual.shouldBeSchemaEqual;
import static dev.surql.assertj.error.ShouldHaveChecksum.shouldHaveChecksum;
import static dev.surql.assertj.error.ShouldHaveChecksum.shouldHaveSameChecksumAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.Snapshots;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class SchemaSnapshotAssert_isSchemaEqualTo_Test {

  private final SchemaSnapshot before =
      snapshot("v1", table("user", field("user", "email", "string")), table("log"));
  private final SchemaSnapshot after =
      snapshot(
          "v2",
          table("user", field("user", "email", "option<string>"), field("user", "bio", "string")),
          table("post"));

  @Test
  void should_pass_if_schemas_are_equal_whatever_the_version() {
    SchemaSnapshot same =
        snapshot("v9", table("log"), table("user", field("user", "email", "string")));
    assertThat(before)
        .isSchemaEqualTo(same)
        .hasSameChecksumAs(same)
        .hasChecksum(same.checksum())
        .hasChecksum(same.checksum().toUpperCase());
  }

  @Test
  void should_fail_with_the_structural_diff_and_both_schemas_for_an_ide_diff() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(after).isSchemaEqualTo(before));
    // THEN
    assertThat(error)
        .hasMessage(
            message(
                shouldBeSchemaEqual(after, before, Snapshots.compareSnapshots(before, after)),
                "snapshot v2"));
    assertThat(error.getMessage())
        .contains(
            "Expecting the schema of snapshot v2 to be equal to the schema of snapshot v1",
            "but found 4 changes (from v1 to v2):",
            "+ table post",
            "- table log",
            "+ field user.bio",
            "~ field user.email",
            "before: DEFINE FIELD email ON user TYPE string PERMISSIONS FULL",
            "after:  DEFINE FIELD email ON user TYPE option<string> PERMISSIONS FULL");
    assertThat(error).isInstanceOf(AssertionFailedError.class);
    AssertionFailedError failed = (AssertionFailedError) error;
    assertThat(failed.getActual().getValue()).isEqualTo(Renderings.schema(after));
    assertThat(failed.getExpected().getValue()).isEqualTo(Renderings.schema(before));
    assertThat(Renderings.schema(before))
        .isEqualTo(
            String.format(
                "DEFINE TABLE log TYPE NORMAL SCHEMAFULL PERMISSIONS NONE%n"
                    + "DEFINE TABLE user TYPE NORMAL SCHEMAFULL PERMISSIONS NONE%n"
                    + "  DEFINE FIELD email ON user TYPE string PERMISSIONS FULL"));
  }

  @Test
  void should_fail_if_checksums_differ_showing_what_differs() {
    AssertionError error = expectAssertionError(() -> assertThat(after).hasSameChecksumAs(before));
    assertThat(error)
        .hasMessage(
            message(
                shouldHaveSameChecksumAs(after, before, Snapshots.compareSnapshots(before, after)),
                "snapshot v2"));
    assertThat(error.getMessage())
        .contains("to have the same checksum as snapshot v1", "~ field user.email");
    assertThat(error).isInstanceOf(AssertionFailedError.class);
  }

  @Test
  void should_fail_if_checksum_differs() {
    AssertionError error = expectAssertionError(() -> assertThat(after).hasChecksum("abc"));
    assertThat(error).hasMessage(message(shouldHaveChecksum(after, "abc"), "snapshot v2"));
  }

  @Test
  void should_fail_if_actual_is_null() {
    expectAssertionError(() -> assertThat((SchemaSnapshot) null).isSchemaEqualTo(before));
  }

  @Test
  void should_throw_if_expected_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(after).isSchemaEqualTo(null))
        .withMessage("The snapshot to compare against should not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(after).hasChecksum(null))
        .withMessage("The checksum to compare against should not be null");
  }
}

package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.edge;
import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.field;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.schema;
import static dev.surql.assertj.Fixtures.snapshot;
import static dev.surql.assertj.Fixtures.table;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldBeEmptyDiff.shouldBeEmpty;
import static dev.surql.assertj.error.ShouldBeEmptyDiff.shouldNotBeEmpty;
import static dev.surql.assertj.error.ShouldHaveChanges.shouldHaveChanges;
import static dev.surql.assertj.error.ShouldHaveChanges.shouldHaveChangesContaining;
import static dev.surql.assertj.error.ShouldHaveChecksumMatch.shouldHaveChecksumMatch;
import static dev.surql.assertj.error.ShouldHaveChecksumMatch.shouldNotHaveChecksumMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.core.snapshot.ChangeType;
import dev.surql.core.snapshot.SchemaElement;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.Snapshots;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotDiffAssert_Test {

  private static final String DESCRIPTION = "diff v1 → v2";
  private final SchemaSnapshot v1 =
      snapshot(
          "v1",
          schema(
              List.of(table("user", field("user", "email", "string")), table("log")),
              Map.of("old", "DEFINE FUNCTION fn::old() { RETURN 1; }"),
              Map.of(),
              Map.of(),
              Map.of()));
  private final SchemaSnapshot v2 =
      snapshot(
          "v2",
          schema(
              List.of(
                  table(
                      "user",
                      field("user", "email", "option<string>"),
                      field("user", "bio", "string")),
                  table("post"),
                  edge("wrote", "user", "post")),
              Map.of("greet", "DEFINE FUNCTION fn::greet() { RETURN 1; }"),
              Map.of("max", "DEFINE PARAM $max VALUE 1"),
              Map.of(),
              Map.of()));
  private final SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
  private final SnapshotDiff none = Snapshots.compareSnapshots(v1, v1);

  @Test
  void should_pass_on_exact_and_containing_names() {
    assertThat(diff)
        .isNotEmpty()
        .hasNoChecksumMatch()
        .hasTablesAdded("post")
        .hasTablesRemoved("log")
        .hasTablesModified()
        .hasEdgesAdded("wrote")
        .hasEdgesRemoved()
        .hasFieldsAdded("user.bio")
        .hasFieldsModified("user.email")
        .hasFieldsModifiedContaining("user.email")
        .hasFunctionsAdded("fn::greet")
        .hasFunctionsRemoved("fn::old")
        .hasParamsAdded("$max")
        .hasIndexesAdded()
        .hasEventsAdded()
        .hasAnalyzersAdded()
        .hasAccessesAdded()
        .hasChanges(ChangeType.ADDED, SchemaElement.FIELD, "user.bio")
        .hasChangesContaining(ChangeType.ADDED, SchemaElement.TABLE, "post");
    assertThat(none).isEmpty().hasChecksumMatch();
  }

  @Test
  void should_fail_if_names_differ_listing_missing_and_unexpected() {
    AssertionError error =
        expectAssertionError(() -> assertThat(diff).hasTablesAdded("post", "profile"));
    assertThat(error)
        .hasMessage(
            message(
                shouldHaveChanges(
                    diff, ChangeType.ADDED, SchemaElement.TABLE, List.of("post", "profile")),
                DESCRIPTION));
    assertThat(error.getMessage())
        .contains(
            String.format(
                "Expecting the tables added from v1 to v2 to be exactly:%n"
                    + "  <[\"post\", \"profile\"]>%nbut were:%n  <[\"post\"]>%nmissing:%n  <[\"profile\"]>%nunexpected:%n  <[]>"),
            "+ edge wrote");
  }

  @Test
  void should_fail_if_names_are_not_contained() {
    AssertionError error =
        expectAssertionError(() -> assertThat(diff).hasFieldsAddedContaining("user.age"));
    assertThat(error)
        .hasMessage(
            message(
                shouldHaveChangesContaining(
                    diff, ChangeType.ADDED, SchemaElement.FIELD, List.of("user.age")),
                DESCRIPTION));
  }

  @Test
  void should_fail_on_emptiness_and_checksums() {
    assertThat(expectAssertionError(() -> assertThat(diff).isEmpty()))
        .hasMessage(message(shouldBeEmpty(diff), DESCRIPTION));
    assertThat(expectAssertionError(() -> assertThat(none).isNotEmpty()))
        .hasMessage(message(shouldNotBeEmpty(none), "diff v1 → v1"));
    assertThat(expectAssertionError(() -> assertThat(diff).hasChecksumMatch()))
        .hasMessage(message(shouldHaveChecksumMatch(diff), DESCRIPTION));
    assertThat(expectAssertionError(() -> assertThat(none).hasNoChecksumMatch()))
        .hasMessage(message(shouldNotHaveChecksumMatch(none), "diff v1 → v1"));
  }

  @Test
  void should_fail_if_actual_is_null() {
    expectAssertionError(() -> assertThat((SnapshotDiff) null).isEmpty());
  }

  @Test
  void should_throw_if_expected_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(diff).hasTablesAdded((String[]) null))
        .withMessage("The names to compare against should not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(diff).hasTablesAdded("a", null))
        .withMessage(
            "The names to compare against should not contain null, but element 1 was null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(diff).hasTablesAddedContaining())
        .withMessage("The names to look for should not be empty");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(diff).hasChanges(null, SchemaElement.TABLE))
        .withMessage("The change type to compare against should not be null");
  }
}

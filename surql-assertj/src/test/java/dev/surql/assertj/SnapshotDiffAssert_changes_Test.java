package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.everyKindAfter;
import static dev.surql.assertj.Fixtures.everyKindBefore;
import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldHaveChanges.shouldHaveChanges;
import static dev.surql.assertj.error.ShouldHaveChanges.shouldHaveChangesContaining;
import static dev.surql.core.snapshot.ChangeType.ADDED;
import static dev.surql.core.snapshot.ChangeType.MODIFIED;
import static dev.surql.core.snapshot.ChangeType.REMOVED;
import static dev.surql.core.snapshot.SchemaElement.ACCESS;
import static dev.surql.core.snapshot.SchemaElement.ANALYZER;
import static dev.surql.core.snapshot.SchemaElement.EDGE;
import static dev.surql.core.snapshot.SchemaElement.EVENT;
import static dev.surql.core.snapshot.SchemaElement.FIELD;
import static dev.surql.core.snapshot.SchemaElement.FUNCTION;
import static dev.surql.core.snapshot.SchemaElement.INDEX;
import static dev.surql.core.snapshot.SchemaElement.PARAM;
import static dev.surql.core.snapshot.SchemaElement.SEQUENCE;
import static dev.surql.core.snapshot.SchemaElement.TABLE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.snapshot.ChangeType;
import dev.surql.core.snapshot.SchemaElement;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.Snapshots;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code has<Elements><Change>[Containing]} convenience assertion, on a diff where exactly
 * one element of each kind is added, one removed and one modified: each passes on its own name only
 * and fails with the message of the change type and element kind it stands for.
 */
class SnapshotDiffAssert_changes_Test {

  private static final SnapshotDiff DIFF =
      Snapshots.compareSnapshots(everyKindBefore(), everyKindAfter());
  private static final String DESCRIPTION = "diff v1 → v2";

  /** One pair of convenience assertions and the one name it finds in {@link #DIFF}. */
  record Convenience(
      ChangeType type,
      SchemaElement element,
      String name,
      BiFunction<SnapshotDiffAssert, String[], SnapshotDiffAssert> exactly,
      BiFunction<SnapshotDiffAssert, String[], SnapshotDiffAssert> containing) {

    @Override
    public String toString() {
      return type + " " + element + " " + name;
    }
  }

  static Stream<Convenience> conveniences() {
    return Stream.of(
        new Convenience(
            ADDED,
            TABLE,
            "post",
            SnapshotDiffAssert::hasTablesAdded,
            SnapshotDiffAssert::hasTablesAddedContaining),
        new Convenience(
            REMOVED,
            TABLE,
            "log",
            SnapshotDiffAssert::hasTablesRemoved,
            SnapshotDiffAssert::hasTablesRemovedContaining),
        new Convenience(
            MODIFIED,
            TABLE,
            "tag",
            SnapshotDiffAssert::hasTablesModified,
            SnapshotDiffAssert::hasTablesModifiedContaining),
        new Convenience(
            ADDED,
            EDGE,
            "likes",
            SnapshotDiffAssert::hasEdgesAdded,
            SnapshotDiffAssert::hasEdgesAddedContaining),
        new Convenience(
            REMOVED,
            EDGE,
            "wrote",
            SnapshotDiffAssert::hasEdgesRemoved,
            SnapshotDiffAssert::hasEdgesRemovedContaining),
        new Convenience(
            MODIFIED,
            EDGE,
            "follows",
            SnapshotDiffAssert::hasEdgesModified,
            SnapshotDiffAssert::hasEdgesModifiedContaining),
        new Convenience(
            ADDED,
            FIELD,
            "user.name",
            SnapshotDiffAssert::hasFieldsAdded,
            SnapshotDiffAssert::hasFieldsAddedContaining),
        new Convenience(
            REMOVED,
            FIELD,
            "user.bio",
            SnapshotDiffAssert::hasFieldsRemoved,
            SnapshotDiffAssert::hasFieldsRemovedContaining),
        new Convenience(
            MODIFIED,
            FIELD,
            "user.age",
            SnapshotDiffAssert::hasFieldsModified,
            SnapshotDiffAssert::hasFieldsModifiedContaining),
        new Convenience(
            ADDED,
            INDEX,
            "user.name_idx",
            SnapshotDiffAssert::hasIndexesAdded,
            SnapshotDiffAssert::hasIndexesAddedContaining),
        new Convenience(
            REMOVED,
            INDEX,
            "user.bio_idx",
            SnapshotDiffAssert::hasIndexesRemoved,
            SnapshotDiffAssert::hasIndexesRemovedContaining),
        new Convenience(
            MODIFIED,
            INDEX,
            "user.age_idx",
            SnapshotDiffAssert::hasIndexesModified,
            SnapshotDiffAssert::hasIndexesModifiedContaining),
        new Convenience(
            ADDED,
            EVENT,
            "user.on_update",
            SnapshotDiffAssert::hasEventsAdded,
            SnapshotDiffAssert::hasEventsAddedContaining),
        new Convenience(
            REMOVED,
            EVENT,
            "user.on_delete",
            SnapshotDiffAssert::hasEventsRemoved,
            SnapshotDiffAssert::hasEventsRemovedContaining),
        new Convenience(
            MODIFIED,
            EVENT,
            "user.on_create",
            SnapshotDiffAssert::hasEventsModified,
            SnapshotDiffAssert::hasEventsModifiedContaining),
        new Convenience(
            ADDED,
            FUNCTION,
            "fn::greet",
            SnapshotDiffAssert::hasFunctionsAdded,
            SnapshotDiffAssert::hasFunctionsAddedContaining),
        new Convenience(
            REMOVED,
            FUNCTION,
            "fn::old",
            SnapshotDiffAssert::hasFunctionsRemoved,
            SnapshotDiffAssert::hasFunctionsRemovedContaining),
        new Convenience(
            MODIFIED,
            FUNCTION,
            "fn::calc",
            SnapshotDiffAssert::hasFunctionsModified,
            SnapshotDiffAssert::hasFunctionsModifiedContaining),
        new Convenience(
            ADDED,
            PARAM,
            "$max",
            SnapshotDiffAssert::hasParamsAdded,
            SnapshotDiffAssert::hasParamsAddedContaining),
        new Convenience(
            REMOVED,
            PARAM,
            "$min",
            SnapshotDiffAssert::hasParamsRemoved,
            SnapshotDiffAssert::hasParamsRemovedContaining),
        new Convenience(
            MODIFIED,
            PARAM,
            "$limit",
            SnapshotDiffAssert::hasParamsModified,
            SnapshotDiffAssert::hasParamsModifiedContaining),
        new Convenience(
            ADDED,
            ANALYZER,
            "ascii",
            SnapshotDiffAssert::hasAnalyzersAdded,
            SnapshotDiffAssert::hasAnalyzersAddedContaining),
        new Convenience(
            REMOVED,
            ANALYZER,
            "plain",
            SnapshotDiffAssert::hasAnalyzersRemoved,
            SnapshotDiffAssert::hasAnalyzersRemovedContaining),
        new Convenience(
            MODIFIED,
            ANALYZER,
            "search",
            SnapshotDiffAssert::hasAnalyzersModified,
            SnapshotDiffAssert::hasAnalyzersModifiedContaining),
        new Convenience(
            ADDED,
            ACCESS,
            "api",
            SnapshotDiffAssert::hasAccessesAdded,
            SnapshotDiffAssert::hasAccessesAddedContaining),
        new Convenience(
            REMOVED,
            ACCESS,
            "legacy",
            SnapshotDiffAssert::hasAccessesRemoved,
            SnapshotDiffAssert::hasAccessesRemovedContaining),
        new Convenience(
            MODIFIED,
            ACCESS,
            "account",
            SnapshotDiffAssert::hasAccessesModified,
            SnapshotDiffAssert::hasAccessesModifiedContaining));
  }

  @Test
  void should_list_every_convenience_assertion_once() {
    // every change type of every element kind but sequences, once
    assertThat(conveniences().map(c -> c.type() + " " + c.element()))
        .doesNotHaveDuplicates()
        .hasSize(ChangeType.values().length * EnumSet.complementOf(EnumSet.of(SEQUENCE)).size());
    // … and nothing else takes names: hasChanges, hasChangesContaining and two per pair
    List<String> takingNames =
        Arrays.stream(AbstractSnapshotDiffAssert.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .filter(m -> Arrays.asList(m.getParameterTypes()).contains(String[].class))
            .map(Method::getName)
            .toList();
    assertThat(takingNames).hasSize(2 + 2 * (int) conveniences().count());
  }

  @Test
  void should_have_one_change_of_each_kind_in_the_fixture() {
    assertThat(DIFF.changes()).hasSize((int) conveniences().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conveniences")
  void should_pass_on_exactly_its_own_name(Convenience convenience) {
    convenience.exactly().apply(assertThat(DIFF), new String[] {convenience.name()});
    convenience.containing().apply(assertThat(DIFF), new String[] {convenience.name()});
    assertThat(DIFF)
        .hasChanges(convenience.type(), convenience.element(), convenience.name())
        .hasChangesContaining(convenience.type(), convenience.element(), convenience.name());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conveniences")
  void should_fail_if_a_name_is_missing_naming_the_type_of_change_and_kind_of_element(
      Convenience convenience) {
    // WHEN
    AssertionError exactly =
        expectAssertionError(
            () ->
                convenience
                    .exactly()
                    .apply(assertThat(DIFF), new String[] {convenience.name(), "other"}));
    AssertionError containing =
        expectAssertionError(
            () -> convenience.containing().apply(assertThat(DIFF), new String[] {"other"}));
    // THEN
    assertThat(exactly)
        .hasMessage(
            message(
                shouldHaveChanges(
                    DIFF,
                    convenience.type(),
                    convenience.element(),
                    List.of(convenience.name(), "other")),
                DESCRIPTION));
    assertThat(containing)
        .hasMessage(
            message(
                shouldHaveChangesContaining(
                    DIFF, convenience.type(), convenience.element(), List.of("other")),
                DESCRIPTION));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("conveniences")
  void should_fail_if_no_change_was_expected(Convenience convenience) {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> convenience.exactly().apply(assertThat(DIFF), new String[0]));
    // THEN
    assertThat(error)
        .hasMessage(
            message(
                shouldHaveChanges(DIFF, convenience.type(), convenience.element(), List.of()),
                DESCRIPTION));
    assertThat(error.getMessage())
        .contains(String.format("missing:%n  <[]>%nunexpected:%n  <[\"%s\"]>", convenience.name()));
  }

  @Test
  void should_pass_on_an_element_kind_without_changes() {
    assertThat(DIFF)
        .hasChanges(ADDED, SEQUENCE)
        .hasChanges(REMOVED, SEQUENCE)
        .hasChanges(MODIFIED, SEQUENCE);
  }

  @Test
  void should_fail_if_a_kind_without_changes_was_expected_to_have_one() {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> assertThat(DIFF).hasChangesContaining(ADDED, SEQUENCE, "ids"));
    // THEN
    assertThat(error)
        .hasMessage(
            message(
                shouldHaveChangesContaining(DIFF, ADDED, SEQUENCE, List.of("ids")), DESCRIPTION));
    assertThat(error.getMessage())
        .startsWith(
            String.format(
                "[diff v1 → v2] %nExpecting the sequences added from v1"
                    + " to v2:%n  <[]>%nto contain:%n  <[\"ids\"]>%nbut could not find:%n  <[\"ids\"]>"));
  }
}

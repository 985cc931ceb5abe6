package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.everyKindAfter;
import static dev.surql.assertj.Fixtures.everyKindBefore;
import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.Fixtures.migration;
import static dev.surql.assertj.Fixtures.step;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldHaveChange.shouldHaveChange;
import static dev.surql.core.snapshot.ChangeType.ADDED;
import static dev.surql.core.snapshot.ChangeType.MODIFIED;
import static dev.surql.core.snapshot.ChangeType.REMOVED;
import static dev.surql.core.snapshot.SchemaElement.ACCESS;
import static dev.surql.core.snapshot.SchemaElement.EDGE;
import static dev.surql.core.snapshot.SchemaElement.EVENT;
import static dev.surql.core.snapshot.SchemaElement.FIELD;
import static dev.surql.core.snapshot.SchemaElement.FUNCTION;
import static dev.surql.core.snapshot.SchemaElement.INDEX;
import static dev.surql.core.snapshot.SchemaElement.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.ChangeType;
import dev.surql.core.snapshot.SchemaElement;
import dev.surql.core.verify.TimelineStep;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@code adds…} / {@code removes…} / {@code modifies…} assertion of a timeline step, on a
 * step where exactly one element of each kind is added, one removed and one modified: each passes
 * on the element it names and fails, naming the change it expected, on any other.
 */
class TimelineStepAssert_changes_Test {

  private static final TimelineStep STEP =
      step(migration("V2"), everyKindBefore(), everyKindAfter(), RollbackSafety.SAFE);
  private static final String DESCRIPTION = "migration V2";

  /**
   * One assertion, the argument it passes with and the element name the diff holds for it ({@code
   * user.name} for {@code addsField("user", "name")}).
   */
  record Change(
      String assertion,
      ChangeType type,
      SchemaElement element,
      String argument,
      String name,
      BiFunction<TimelineStepAssert, String, TimelineStepAssert> call) {

    @Override
    public String toString() {
      return assertion + " " + name;
    }

    /**
     * The name the assertion looks for when given {@code "missing"} instead of {@code argument}.
     */
    String missing() {
      return name.substring(0, name.length() - argument.length()) + "missing";
    }
  }

  static Stream<Change> changes() {
    return Stream.of(
        new Change("addsTable", ADDED, TABLE, "post", "post", TimelineStepAssert::addsTable),
        new Change("removesTable", REMOVED, TABLE, "log", "log", TimelineStepAssert::removesTable),
        new Change(
            "modifiesTable", MODIFIED, TABLE, "tag", "tag", TimelineStepAssert::modifiesTable),
        new Change("addsEdge", ADDED, EDGE, "likes", "likes", TimelineStepAssert::addsEdge),
        new Change("removesEdge", REMOVED, EDGE, "wrote", "wrote", TimelineStepAssert::removesEdge),
        new Change(
            "addsField", ADDED, FIELD, "name", "user.name", (a, n) -> a.addsField("user", n)),
        new Change(
            "removesField", REMOVED, FIELD, "bio", "user.bio", (a, n) -> a.removesField("user", n)),
        new Change(
            "modifiesField",
            MODIFIED,
            FIELD,
            "age",
            "user.age",
            (a, n) -> a.modifiesField("user", n)),
        new Change(
            "addsIndex",
            ADDED,
            INDEX,
            "name_idx",
            "user.name_idx",
            (a, n) -> a.addsIndex("user", n)),
        new Change(
            "removesIndex",
            REMOVED,
            INDEX,
            "bio_idx",
            "user.bio_idx",
            (a, n) -> a.removesIndex("user", n)),
        new Change(
            "addsEvent",
            ADDED,
            EVENT,
            "on_update",
            "user.on_update",
            (a, n) -> a.addsEvent("user", n)),
        new Change(
            "removesEvent",
            REMOVED,
            EVENT,
            "on_delete",
            "user.on_delete",
            (a, n) -> a.removesEvent("user", n)),
        new Change(
            "addsFunction",
            ADDED,
            FUNCTION,
            "fn::greet",
            "fn::greet",
            TimelineStepAssert::addsFunction),
        new Change(
            "removesFunction",
            REMOVED,
            FUNCTION,
            "fn::old",
            "fn::old",
            TimelineStepAssert::removesFunction),
        // changes(type, element, name): any other change, e.g. the ones without a convenience
        // assertion
        new Change(
            "changes",
            MODIFIED,
            EDGE,
            "follows",
            "follows",
            (a, n) -> a.changes(MODIFIED, EDGE, n)),
        new Change(
            "changes",
            MODIFIED,
            INDEX,
            "user.age_idx",
            "user.age_idx",
            (a, n) -> a.changes(MODIFIED, INDEX, n)),
        new Change(
            "changes",
            MODIFIED,
            EVENT,
            "user.on_create",
            "user.on_create",
            (a, n) -> a.changes(MODIFIED, EVENT, n)),
        new Change(
            "changes",
            MODIFIED,
            FUNCTION,
            "fn::calc",
            "fn::calc",
            (a, n) -> a.changes(MODIFIED, FUNCTION, n)),
        new Change("changes", ADDED, ACCESS, "api", "api", (a, n) -> a.changes(ADDED, ACCESS, n)));
  }

  @Test
  void should_cover_every_change_assertion() {
    assertThat(
            Arrays.stream(AbstractTimelineStepAssert.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .filter(name -> name.matches("(adds|removes|modifies)[A-Z].*|changes")))
        .containsExactlyInAnyOrderElementsOf(changes().map(Change::assertion).distinct().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void should_pass_if_the_migration_made_the_change(Change change) {
    change.call().apply(assertThat(STEP), change.argument());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void should_fail_if_the_migration_did_not_make_the_change(Change change) {
    // WHEN
    AssertionError error =
        expectAssertionError(() -> change.call().apply(assertThat(STEP), "missing"));
    // THEN
    assertThat(error)
        .hasMessage(
            message(
                shouldHaveChange(STEP, change.type(), change.element(), change.missing()),
                DESCRIPTION));
    assertThat(error.getMessage())
        .contains(
            String.format(
                "Expecting migration V2 to have %s %s:%n  <\"%s\">",
                change.type().name().toLowerCase(Locale.ROOT),
                Renderings.singular(change.element()),
                change.missing()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("changes")
  void should_fail_if_actual_is_null(Change change) {
    assertThat(
            expectAssertionError(
                () -> change.call().apply(assertThat((TimelineStep) null), change.argument())))
        .hasMessage(Fixtures.actualIsNull());
  }

  @Test
  void should_throw_if_a_name_is_null() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(STEP).removesTable(null))
        .withMessage("The table name to compare against should not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(STEP).modifiesField("user", null))
        .withMessage("The field name to compare against should not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(STEP).removesEvent(null, "on_delete"))
        .withMessage("The table name to compare against should not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assertThat(STEP).changes(ADDED, null, "x"))
        .withMessage("The schema element to compare against should not be null");
  }
}

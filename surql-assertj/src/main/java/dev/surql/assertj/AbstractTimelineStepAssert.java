package dev.surql.assertj;

import static dev.surql.assertj.error.ShouldBeEmptyDiff.shouldBeEmpty;
import static dev.surql.assertj.error.ShouldHaveChange.shouldHaveChange;
import static dev.surql.assertj.error.ShouldHaveRollbackSafety.shouldHaveAnalysedSafety;
import static dev.surql.assertj.error.ShouldHaveSafetyInRange.shouldHaveAnalysedSafetyAtLeast;
import static dev.surql.assertj.error.ShouldHaveSafetyInRange.shouldHaveAnalysedSafetyAtMost;
import static dev.surql.assertj.error.ShouldNotBeRiskierThanDeclared.shouldNotBeRiskierThanDeclared;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.ChangeType;
import dev.surql.core.snapshot.SchemaElement;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.verify.TimelineStep;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on one applied migration of a timeline: what it changed in the schema (tables,
 * fields, indexes… added, removed or modified) and the rollback safety of its down. Return with
 * {@link #returnToTimeline()}.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractTimelineStepAssert<SELF extends AbstractTimelineStepAssert<SELF>>
    extends AbstractAssert<SELF, TimelineStep> {

  private Navigation navigation = Navigation.HARD;
  private AbstractMigrationTimelineAssert<?> timeline;

  protected AbstractTimelineStepAssert(TimelineStep actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
    if (actual != null) {
      info.description(new TextDescription("migration %s", actual.version()));
    }
  }

  void navigatedFrom(AbstractMigrationTimelineAssert<?> parent, Navigation navigation, String description) {
    this.timeline = parent;
    this.navigation = navigation;
    info.description(new TextDescription("%s", description));
  }

  /** Verifies that the migration added the table. */
  public SELF addsTable(String table) {
    return changes(ChangeType.ADDED, SchemaElement.TABLE, table, "table name");
  }

  /** Verifies that the migration removed the table. */
  public SELF removesTable(String table) {
    return changes(ChangeType.REMOVED, SchemaElement.TABLE, table, "table name");
  }

  /** Verifies that the migration redefined the table ({@code DEFINE TABLE … OVERWRITE}, {@code ALTER TABLE}…). */
  public SELF modifiesTable(String table) {
    return changes(ChangeType.MODIFIED, SchemaElement.TABLE, table, "table name");
  }

  /** Verifies that the migration added the edge (relation table). */
  public SELF addsEdge(String edge) {
    return changes(ChangeType.ADDED, SchemaElement.EDGE, edge, "edge name");
  }

  /** Verifies that the migration removed the edge (relation table). */
  public SELF removesEdge(String edge) {
    return changes(ChangeType.REMOVED, SchemaElement.EDGE, edge, "edge name");
  }

  /** Verifies that the migration added a field to a table. */
  public SELF addsField(String table, String field) {
    return changes(ChangeType.ADDED, SchemaElement.FIELD, qualified(table, field, "field name"), "field name");
  }

  /** Verifies that the migration removed a field from a table. */
  public SELF removesField(String table, String field) {
    return changes(ChangeType.REMOVED, SchemaElement.FIELD, qualified(table, field, "field name"), "field name");
  }

  /** Verifies that the migration redefined a field of a table. */
  public SELF modifiesField(String table, String field) {
    return changes(ChangeType.MODIFIED, SchemaElement.FIELD, qualified(table, field, "field name"), "field name");
  }

  /** Verifies that the migration added an index to a table. */
  public SELF addsIndex(String table, String index) {
    return changes(ChangeType.ADDED, SchemaElement.INDEX, qualified(table, index, "index name"), "index name");
  }

  /** Verifies that the migration removed an index from a table. */
  public SELF removesIndex(String table, String index) {
    return changes(ChangeType.REMOVED, SchemaElement.INDEX, qualified(table, index, "index name"), "index name");
  }

  /** Verifies that the migration added an event to a table. */
  public SELF addsEvent(String table, String event) {
    return changes(ChangeType.ADDED, SchemaElement.EVENT, qualified(table, event, "event name"), "event name");
  }

  /** Verifies that the migration removed an event from a table. */
  public SELF removesEvent(String table, String event) {
    return changes(ChangeType.REMOVED, SchemaElement.EVENT, qualified(table, event, "event name"), "event name");
  }

  /** Verifies that the migration added the function ({@code fn::greet}). */
  public SELF addsFunction(String function) {
    return changes(ChangeType.ADDED, SchemaElement.FUNCTION, function, "function name");
  }

  /** Verifies that the migration removed the function ({@code fn::greet}). */
  public SELF removesFunction(String function) {
    return changes(ChangeType.REMOVED, SchemaElement.FUNCTION, function, "function name");
  }

  /** Verifies that the migration made any change of that type to an element of that kind and name. */
  public SELF changes(ChangeType type, SchemaElement element, String name) {
    Checks.notNull(type, "change type");
    Checks.notNull(element, "schema element");
    return changes(type, element, name, "name");
  }

  /** Verifies that the migration left the schema structurally unchanged (e.g. a data-only migration). */
  public SELF changesNothing() {
    isNotNull();
    if (!actual.diff().isEmpty()) {
      throwAssertionError(shouldBeEmpty(actual.diff()));
    }
    return myself;
  }

  /** Verifies the static rollback safety the analysis found for the migration's down. */
  public SELF hasAnalysedSafety(RollbackSafety expected) {
    Checks.notNull(expected, "rollback safety");
    isNotNull();
    if (actual.analysedSafety() != expected) {
      throwAssertionError(shouldHaveAnalysedSafety(actual, expected));
    }
    return myself;
  }

  /** Verifies that the analysed rollback safety of the down is {@code minimum} or riskier. */
  public SELF hasAnalysedSafetyAtLeast(RollbackSafety minimum) {
    Checks.notNull(minimum, "rollback safety");
    isNotNull();
    if (minimum.isRiskierThan(actual.analysedSafety())) {
      throwAssertionError(shouldHaveAnalysedSafetyAtLeast(actual.version(), actual.analysedSafety(), actual.issues(),
          minimum));
    }
    return myself;
  }

  /** Verifies that the analysed rollback safety of the down is {@code maximum} or less risky. */
  public SELF hasAnalysedSafetyAtMost(RollbackSafety maximum) {
    Checks.notNull(maximum, "rollback safety");
    isNotNull();
    if (actual.analysedSafety().isRiskierThan(maximum)) {
      throwAssertionError(shouldHaveAnalysedSafetyAtMost(actual.version(), actual.analysedSafety(), actual.issues(),
          maximum));
    }
    return myself;
  }

  /** Verifies that the down is not riskier than the author's {@code -- @rollback:} declaration (if any). */
  public SELF isNotRiskierThanDeclared() {
    isNotNull();
    if (actual.riskierThanDeclared()) {
      throwAssertionError(shouldNotBeRiskierThanDeclared(actual));
    }
    return myself;
  }

  /** Navigates to the step's diff (before → after). */
  public SnapshotDiffAssert diff() {
    SnapshotDiff diff = null;
    if (actual == null) {
      navigation.missing(assertionError(shouldNotBeNull()));
    } else {
      diff = actual.diff();
    }
    SnapshotDiffAssert child = navigation.create(SnapshotDiffAssert.class, SnapshotDiff.class, diff,
        SnapshotDiffAssert::new);
    child.as(Navigation.describe(descriptionText(), "diff"));
    return child;
  }

  /**
   * Returns to the timeline assertion this step was navigated from.
   *
   * @throws IllegalStateException if this assertion was not created by {@code timeline.step(…)}
   */
  public AbstractMigrationTimelineAssert<?> returnToTimeline() {
    if (timeline == null) {
      throw new IllegalStateException(
          "This step assertion was created directly, not with assertThat(timeline).step(version): there is no timeline to return to");
    }
    return timeline;
  }

  private SELF changes(ChangeType type, SchemaElement element, String name, String what) {
    Checks.notNull(name, what);
    isNotNull();
    if (!actual.diff().names(type, element).contains(name)) {
      throwAssertionError(shouldHaveChange(actual, type, element, name));
    }
    return myself;
  }

  private static String qualified(String table, String name, String what) {
    Checks.notNull(table, "table name");
    Checks.notNull(name, what);
    return table + "." + name;
  }
}

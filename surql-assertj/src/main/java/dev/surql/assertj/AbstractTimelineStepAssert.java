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
 * Assertions on one applied migration of a timeline: what it changed in the schema (tables, fields,
 * indexes… added, removed or modified) and the rollback safety of its down. Return with {@link
 * #returnToTimeline()}.
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

  void navigatedFrom(
      AbstractMigrationTimelineAssert<?> parent, Navigation navigation, String description) {
    this.timeline = parent;
    this.navigation = navigation;
    info.description(new TextDescription("%s", description));
  }

  /**
   * Verifies that the migration added the table.
   *
   * <pre>{@code
   * // V2: DEFINE TABLE post, DEFINE FIELD bio ON user, DEFINE INDEX bio_idx ON user,
   * // DEFINE EVENT on_create ON user, DEFINE FUNCTION fn::greet, DEFINE TABLE wrote TYPE RELATION,
   * // REMOVE TABLE log, REMOVE FIELD age ON user, …; its down is analysed DATA_LOSS
   * TimelineStep v2 = timeline.step("V2").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v2).addsTable("post");
   *
   * // assertion will fail
   * assertThat(v2).addsTable("log");
   * }</pre>
   */
  public SELF addsTable(String table) {
    return changes(ChangeType.ADDED, SchemaElement.TABLE, table, "table name");
  }

  /**
   * Verifies that the migration removed the table.
   *
   * <pre>{@code
   * // V2: DEFINE TABLE post, DEFINE FIELD bio ON user, DEFINE INDEX bio_idx ON user,
   * // DEFINE EVENT on_create ON user, DEFINE FUNCTION fn::greet, DEFINE TABLE wrote TYPE RELATION,
   * // REMOVE TABLE log, REMOVE FIELD age ON user, …; its down is analysed DATA_LOSS
   * TimelineStep v2 = timeline.step("V2").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v2).removesTable("log");
   *
   * // assertion will fail
   * assertThat(v2).removesTable("post");
   * }</pre>
   */
  public SELF removesTable(String table) {
    return changes(ChangeType.REMOVED, SchemaElement.TABLE, table, "table name");
  }

  /**
   * Verifies that the migration redefined the table ({@code DEFINE TABLE … OVERWRITE}, {@code ALTER
   * TABLE}…).
   *
   * <pre>{@code
   * // V3: DEFINE TABLE OVERWRITE user SCHEMALESS (was SCHEMAFULL)
   * TimelineStep v3 = timeline.step("V3").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v3).modifiesTable("user");
   *
   * // assertion will fail
   * assertThat(v3).modifiesTable("post");
   * }</pre>
   */
  public SELF modifiesTable(String table) {
    return changes(ChangeType.MODIFIED, SchemaElement.TABLE, table, "table name");
  }

  /**
   * Verifies that the migration added the edge (relation table).
   *
   * <pre>{@code
   * // V2: DEFINE TABLE post, DEFINE FIELD bio ON user, DEFINE INDEX bio_idx ON user,
   * // DEFINE EVENT on_create ON user, DEFINE FUNCTION fn::greet, DEFINE TABLE wrote TYPE RELATION,
   * // REMOVE TABLE log, REMOVE FIELD age ON user, …; its down is analysed DATA_LOSS
   * TimelineStep v2 = timeline.step("V2").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v2).addsEdge("wrote");
   *
   * // assertion will fail
   * assertThat(v2).addsEdge("post");
   * }</pre>
   */
  public SELF addsEdge(String edge) {
    return changes(ChangeType.ADDED, SchemaElement.EDGE, edge, "edge name");
  }

  /**
   * Verifies that the migration removed the edge (relation table).
   *
   * <pre>{@code
   * // V3: REMOVE TABLE wrote (a relation table)
   * TimelineStep v3 = timeline.step("V3").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v3).removesEdge("wrote");
   *
   * // assertion will fail
   * assertThat(v3).removesEdge("likes");
   * }</pre>
   */
  public SELF removesEdge(String edge) {
    return changes(ChangeType.REMOVED, SchemaElement.EDGE, edge, "edge name");
  }

  /**
   * Verifies that the migration added a field to a table.
   *
   * <pre>{@code
   * // V2: DEFINE TABLE post, DEFINE FIELD bio ON user, DEFINE INDEX bio_idx ON user,
   * // DEFINE EVENT on_create ON user, DEFINE FUNCTION fn::greet, DEFINE TABLE wrote TYPE RELATION,
   * // REMOVE TABLE log, REMOVE FIELD age ON user, …; its down is analysed DATA_LOSS
   * TimelineStep v2 = timeline.step("V2").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v2).addsField("user", "bio");
   *
   * // assertion will fail
   * assertThat(v2).addsField("user", "age");
   * }</pre>
   */
  public SELF addsField(String table, String field) {
    return changes(
        ChangeType.ADDED, SchemaElement.FIELD, qualified(table, field, "field name"), "field name");
  }

  /**
   * Verifies that the migration removed a field from a table.
   *
   * <pre>{@code
   * // V2: DEFINE TABLE post, DEFINE FIELD bio ON user, DEFINE INDEX bio_idx ON user,
   * // DEFINE EVENT on_create ON user, DEFINE FUNCTION fn::greet, DEFINE TABLE wrote TYPE RELATION,
   * // REMOVE TABLE log, REMOVE FIELD age ON user, …; its down is analysed DATA_LOSS
   * TimelineStep v2 = timeline.step("V2").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v2).removesField("user", "age");
   *
   * // assertion will fail
   * assertThat(v2).removesField("user", "bio");
   * }</pre>
   */
  public SELF removesField(String table, String field) {
    return changes(
        ChangeType.REMOVED,
        SchemaElement.FIELD,
        qualified(table, field, "field name"),
        "field name");
  }

  /**
   * Verifies that the migration redefined a field of a table.
   *
   * <pre>{@code
   * // V3: DEFINE FIELD OVERWRITE email ON user TYPE option<string> (was string)
   * TimelineStep v3 = timeline.step("V3").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v3).modifiesField("user", "email");
   *
   * // assertion will fail
   * assertThat(v3).modifiesField("user", "name");
   * }</pre>
   */
  public SELF modifiesField(String table, String field) {
    return changes(
        ChangeType.MODIFIED,
        SchemaElement.FIELD,
        qualified(table, field, "field name"),
        "field name");
  }

  /**
   * Verifies that the migration added an index to a table.
   *
   * <pre>{@code
   * // V2: DEFINE TABLE post, DEFINE FIELD bio ON user, DEFINE INDEX bio_idx ON user,
   * // DEFINE EVENT on_create ON user, DEFINE FUNCTION fn::greet, DEFINE TABLE wrote TYPE RELATION,
   * // REMOVE TABLE log, REMOVE FIELD age ON user, …; its down is analysed DATA_LOSS
   * TimelineStep v2 = timeline.step("V2").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v2).addsIndex("user", "bio_idx");
   *
   * // assertion will fail
   * assertThat(v2).addsIndex("post", "bio_idx");
   * }</pre>
   */
  public SELF addsIndex(String table, String index) {
    return changes(
        ChangeType.ADDED, SchemaElement.INDEX, qualified(table, index, "index name"), "index name");
  }

  /**
   * Verifies that the migration removed an index from a table.
   *
   * <pre>{@code
   * // V3: REMOVE INDEX bio_idx ON user
   * TimelineStep v3 = timeline.step("V3").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v3).removesIndex("user", "bio_idx");
   *
   * // assertion will fail
   * assertThat(v3).removesIndex("user", "email_idx");
   * }</pre>
   */
  public SELF removesIndex(String table, String index) {
    return changes(
        ChangeType.REMOVED,
        SchemaElement.INDEX,
        qualified(table, index, "index name"),
        "index name");
  }

  /**
   * Verifies that the migration added an event to a table.
   *
   * <pre>{@code
   * // V2: DEFINE TABLE post, DEFINE FIELD bio ON user, DEFINE INDEX bio_idx ON user,
   * // DEFINE EVENT on_create ON user, DEFINE FUNCTION fn::greet, DEFINE TABLE wrote TYPE RELATION,
   * // REMOVE TABLE log, REMOVE FIELD age ON user, …; its down is analysed DATA_LOSS
   * TimelineStep v2 = timeline.step("V2").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v2).addsEvent("user", "on_create");
   *
   * // assertion will fail
   * assertThat(v2).addsEvent("user", "on_delete");
   * }</pre>
   */
  public SELF addsEvent(String table, String event) {
    return changes(
        ChangeType.ADDED, SchemaElement.EVENT, qualified(table, event, "event name"), "event name");
  }

  /**
   * Verifies that the migration removed an event from a table.
   *
   * <pre>{@code
   * // V3: REMOVE EVENT on_create ON user
   * TimelineStep v3 = timeline.step("V3").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v3).removesEvent("user", "on_create");
   *
   * // assertion will fail
   * assertThat(v3).removesEvent("post", "on_create");
   * }</pre>
   */
  public SELF removesEvent(String table, String event) {
    return changes(
        ChangeType.REMOVED,
        SchemaElement.EVENT,
        qualified(table, event, "event name"),
        "event name");
  }

  /**
   * Verifies that the migration added the function ({@code fn::greet}).
   *
   * <pre>{@code
   * // V2: DEFINE TABLE post, DEFINE FIELD bio ON user, DEFINE INDEX bio_idx ON user,
   * // DEFINE EVENT on_create ON user, DEFINE FUNCTION fn::greet, DEFINE TABLE wrote TYPE RELATION,
   * // REMOVE TABLE log, REMOVE FIELD age ON user, …; its down is analysed DATA_LOSS
   * TimelineStep v2 = timeline.step("V2").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v2).addsFunction("fn::greet");
   *
   * // assertion will fail
   * assertThat(v2).addsFunction("fn::slug");
   * }</pre>
   */
  public SELF addsFunction(String function) {
    return changes(ChangeType.ADDED, SchemaElement.FUNCTION, function, "function name");
  }

  /**
   * Verifies that the migration removed the function ({@code fn::greet}).
   *
   * <pre>{@code
   * // V3: REMOVE FUNCTION fn::greet
   * TimelineStep v3 = timeline.step("V3").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v3).removesFunction("fn::greet");
   *
   * // assertion will fail
   * assertThat(v3).removesFunction("fn::slug");
   * }</pre>
   */
  public SELF removesFunction(String function) {
    return changes(ChangeType.REMOVED, SchemaElement.FUNCTION, function, "function name");
  }

  /**
   * Verifies that the migration made any change of that type to an element of that kind and name.
   *
   * <pre>{@code
   * // V3: DEFINE INDEX OVERWRITE email_idx ON user FIELDS email, name UNIQUE
   * TimelineStep v3 = timeline.step("V3").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v3).changes(MODIFIED, INDEX, "user.email_idx");
   *
   * // assertion will fail
   * assertThat(v3).changes(REMOVED, INDEX, "user.email_idx");
   * }</pre>
   */
  public SELF changes(ChangeType type, SchemaElement element, String name) {
    Checks.notNull(type, "change type");
    Checks.notNull(element, "schema element");
    return changes(type, element, name, "name");
  }

  /**
   * Verifies that the migration left the schema structurally unchanged (e.g. a data-only
   * migration).
   *
   * <pre>{@code
   * // V4 only updates records: UPDATE user SET name = string::trim(name)
   * TimelineStep v4 = timeline.step("V4").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v4).changesNothing();
   *
   * // assertion will fail
   * assertThat(v2).changesNothing();
   * }</pre>
   */
  public SELF changesNothing() {
    isNotNull();
    if (!actual.diff().isEmpty()) {
      throwAssertionError(shouldBeEmpty(actual.diff()));
    }
    return myself;
  }

  /**
   * Verifies the static rollback safety the analysis found for the migration's down.
   *
   * <pre>{@code
   * // V2: DEFINE TABLE post, DEFINE FIELD bio ON user, DEFINE INDEX bio_idx ON user,
   * // DEFINE EVENT on_create ON user, DEFINE FUNCTION fn::greet, DEFINE TABLE wrote TYPE RELATION,
   * // REMOVE TABLE log, REMOVE FIELD age ON user, …; its down is analysed DATA_LOSS
   * TimelineStep v2 = timeline.step("V2").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v2).hasAnalysedSafety(DATA_LOSS);
   *
   * // assertion will fail
   * assertThat(v2).hasAnalysedSafety(SAFE);
   * }</pre>
   */
  public SELF hasAnalysedSafety(RollbackSafety expected) {
    Checks.notNull(expected, "rollback safety");
    isNotNull();
    if (actual.analysedSafety() != expected) {
      throwAssertionError(shouldHaveAnalysedSafety(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that the analysed rollback safety of the down is {@code minimum} or riskier.
   *
   * <pre>{@code
   * // V2: DEFINE TABLE post, DEFINE FIELD bio ON user, DEFINE INDEX bio_idx ON user,
   * // DEFINE EVENT on_create ON user, DEFINE FUNCTION fn::greet, DEFINE TABLE wrote TYPE RELATION,
   * // REMOVE TABLE log, REMOVE FIELD age ON user, …; its down is analysed DATA_LOSS
   * TimelineStep v2 = timeline.step("V2").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v2).hasAnalysedSafetyAtLeast(DATA_LOSS);
   *
   * // assertion will fail
   * assertThat(v2).hasAnalysedSafetyAtLeast(UNSAFE);
   * }</pre>
   */
  public SELF hasAnalysedSafetyAtLeast(RollbackSafety minimum) {
    Checks.notNull(minimum, "rollback safety");
    isNotNull();
    if (minimum.isRiskierThan(actual.analysedSafety())) {
      throwAssertionError(
          shouldHaveAnalysedSafetyAtLeast(
              actual.version(), actual.analysedSafety(), actual.issues(), minimum));
    }
    return myself;
  }

  /**
   * Verifies that the analysed rollback safety of the down is {@code maximum} or less risky.
   *
   * <pre>{@code
   * // V2: DEFINE TABLE post, DEFINE FIELD bio ON user, DEFINE INDEX bio_idx ON user,
   * // DEFINE EVENT on_create ON user, DEFINE FUNCTION fn::greet, DEFINE TABLE wrote TYPE RELATION,
   * // REMOVE TABLE log, REMOVE FIELD age ON user, …; its down is analysed DATA_LOSS
   * TimelineStep v2 = timeline.step("V2").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v2).hasAnalysedSafetyAtMost(DATA_LOSS);
   *
   * // assertion will fail
   * assertThat(v2).hasAnalysedSafetyAtMost(SAFE);
   * }</pre>
   */
  public SELF hasAnalysedSafetyAtMost(RollbackSafety maximum) {
    Checks.notNull(maximum, "rollback safety");
    isNotNull();
    if (actual.analysedSafety().isRiskierThan(maximum)) {
      throwAssertionError(
          shouldHaveAnalysedSafetyAtMost(
              actual.version(), actual.analysedSafety(), actual.issues(), maximum));
    }
    return myself;
  }

  /**
   * Verifies that the down is not riskier than the author's {@code -- @rollback:} declaration (if
   * any).
   *
   * <pre>{@code
   * // V2 declares -- @rollback: data_loss; V3 declares -- @rollback: safe, but its down removes a field
   * TimelineStep v2 = timeline.step("V2"), v3 = timeline.step("V3").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v2).isNotRiskierThanDeclared();
   *
   * // assertion will fail
   * assertThat(v3).isNotRiskierThanDeclared();
   * }</pre>
   */
  public SELF isNotRiskierThanDeclared() {
    isNotNull();
    if (actual.riskierThanDeclared()) {
      throwAssertionError(shouldNotBeRiskierThanDeclared(actual));
    }
    return myself;
  }

  /**
   * Navigates to the step's diff (before → after).
   *
   * <pre>{@code
   * // V2: DEFINE TABLE post, DEFINE FIELD bio ON user, DEFINE INDEX bio_idx ON user,
   * // DEFINE EVENT on_create ON user, DEFINE FUNCTION fn::greet, DEFINE TABLE wrote TYPE RELATION,
   * // REMOVE TABLE log, REMOVE FIELD age ON user, …; its down is analysed DATA_LOSS
   * TimelineStep v2 = timeline.step("V2").orElseThrow();
   *
   * // assertion will pass
   * assertThat(v2).diff().hasTablesAdded("post").hasEdgesAdded("wrote");
   *
   * // assertion will fail
   * assertThat(v2).diff().isEmpty();
   * }</pre>
   */
  public SnapshotDiffAssert diff() {
    SnapshotDiff diff = null;
    if (actual == null) {
      navigation.missing(assertionError(shouldNotBeNull()));
    } else {
      diff = actual.diff();
    }
    SnapshotDiffAssert child =
        navigation.create(
            SnapshotDiffAssert.class, SnapshotDiff.class, diff, SnapshotDiffAssert::new);
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

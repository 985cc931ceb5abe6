package dev.surql.assertj;

import static dev.surql.assertj.error.ShouldBeEmptyDiff.shouldBeEmpty;
import static dev.surql.assertj.error.ShouldBeEmptyDiff.shouldNotBeEmpty;
import static dev.surql.assertj.error.ShouldHaveChanges.shouldHaveChanges;
import static dev.surql.assertj.error.ShouldHaveChanges.shouldHaveChangesContaining;
import static dev.surql.assertj.error.ShouldHaveChecksumMatch.shouldHaveChecksumMatch;
import static dev.surql.assertj.error.ShouldHaveChecksumMatch.shouldNotHaveChecksumMatch;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.snapshot.ChangeType;
import dev.surql.core.snapshot.SchemaElement;
import dev.surql.core.snapshot.SnapshotDiff;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on the structural difference between two snapshots: whether there is any, and which
 * elements of each kind were added, removed or modified. Every failure lists all the changes with
 * their definitions before and after.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractSnapshotDiffAssert<SELF extends AbstractSnapshotDiffAssert<SELF>>
    extends AbstractAssert<SELF, SnapshotDiff> {

  protected AbstractSnapshotDiffAssert(SnapshotDiff actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
    if (actual != null) {
      info.description(
          new TextDescription("diff %s → %s", actual.fromVersion(), actual.toVersion()));
    }
  }

  /**
   * Verifies that the schemas are structurally equal.
   *
   * <pre>{@code
   * // V2 adds the table post; V1 → V1 changes nothing
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   * SnapshotDiff none = Snapshots.compareSnapshots(v1, v1);
   *
   * // assertion will pass
   * assertThat(none).isEmpty();
   *
   * // assertion will fail
   * assertThat(diff).isEmpty();
   * }</pre>
   */
  public SELF isEmpty() {
    isNotNull();
    if (!actual.isEmpty()) {
      throwAssertionError(shouldBeEmpty(actual));
    }
    return myself;
  }

  /**
   * Verifies that the schemas differ structurally.
   *
   * <pre>{@code
   * // V2 adds the table post; V1 → V1 changes nothing
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   * SnapshotDiff none = Snapshots.compareSnapshots(v1, v1);
   *
   * // assertion will pass
   * assertThat(diff).isNotEmpty();
   *
   * // assertion will fail
   * assertThat(none).isNotEmpty();
   * }</pre>
   */
  public SELF isNotEmpty() {
    isNotNull();
    if (actual.isEmpty()) {
      throwAssertionError(shouldNotBeEmpty(actual));
    }
    return myself;
  }

  /**
   * Verifies that the two snapshots' checksums are equal.
   *
   * <pre>{@code
   * // V2 adds the table post; V1 → V1 changes nothing
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   * SnapshotDiff none = Snapshots.compareSnapshots(v1, v1);
   *
   * // assertion will pass
   * assertThat(none).hasChecksumMatch();
   *
   * // assertion will fail
   * assertThat(diff).hasChecksumMatch();
   * }</pre>
   */
  public SELF hasChecksumMatch() {
    isNotNull();
    if (!actual.checksumMatch()) {
      throwAssertionError(shouldHaveChecksumMatch(actual));
    }
    return myself;
  }

  /**
   * Verifies that the two snapshots' checksums differ.
   *
   * <pre>{@code
   * // V2 adds the table post; V1 → V1 changes nothing
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   * SnapshotDiff none = Snapshots.compareSnapshots(v1, v1);
   *
   * // assertion will pass
   * assertThat(diff).hasNoChecksumMatch();
   *
   * // assertion will fail
   * assertThat(none).hasNoChecksumMatch();
   * }</pre>
   */
  public SELF hasNoChecksumMatch() {
    isNotNull();
    if (actual.checksumMatch()) {
      throwAssertionError(shouldNotHaveChecksumMatch(actual));
    }
    return myself;
  }

  /**
   * Verifies the names of the elements of one kind with one type of change: exactly these, in any
   * order (none at all if no name is given).
   *
   * <pre>{@code
   * // V2 adds the fields user.bio and user.age, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasChanges(ADDED, FIELD, "user.age", "user.bio")
   *     .hasChanges(REMOVED, FIELD);
   *
   * // assertions will fail
   * assertThat(diff).hasChanges(ADDED, FIELD, "user.bio");
   * assertThat(diff).hasChanges(MODIFIED, FIELD, "user.bio", "user.age");
   * }</pre>
   */
  public SELF hasChanges(ChangeType type, SchemaElement element, String... names) {
    Checks.notNull(type, "change type");
    Checks.notNull(element, "schema element");
    List<String> expected = Checks.names(names, "names");
    isNotNull();
    if (!sorted(actual.names(type, element)).equals(sorted(expected))) {
      throwAssertionError(shouldHaveChanges(actual, type, element, expected));
    }
    return myself;
  }

  /**
   * Verifies that the names of the elements of one kind with one type of change include these.
   *
   * <pre>{@code
   * // V2 adds the fields user.bio and user.age, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasChangesContaining(ADDED, FIELD, "user.bio");
   *
   * // assertions will fail
   * assertThat(diff).hasChangesContaining(ADDED, FIELD, "user.bio", "user.email");
   * assertThat(diff).hasChangesContaining(REMOVED, FIELD, "user.bio");
   * }</pre>
   */
  public SELF hasChangesContaining(ChangeType type, SchemaElement element, String... names) {
    Checks.notNull(type, "change type");
    Checks.notNull(element, "schema element");
    List<String> expected = Checks.nonEmptyNames(names, "names");
    isNotNull();
    if (!actual.names(type, element).containsAll(expected)) {
      throwAssertionError(shouldHaveChangesContaining(actual, type, element, expected));
    }
    return myself;
  }

  /**
   * Verifies the tables added: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the tables post and tag were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasTablesAdded("tag", "post");
   *
   * // assertions will fail
   * assertThat(diff).hasTablesAdded("post");
   * assertThat(diff).hasTablesAdded("post", "tag", "user");
   * }</pre>
   */
  public SELF hasTablesAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.TABLE, names);
  }

  /**
   * Verifies that the tables added include these.
   *
   * <pre>{@code
   * // from V1 to V2, the tables post and tag were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasTablesAddedContaining("tag");
   * assertThat(diff).hasTablesAddedContaining("post", "tag");
   *
   * // assertion will fail
   * assertThat(diff).hasTablesAddedContaining("post", "user");
   * }</pre>
   */
  public SELF hasTablesAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.TABLE, names);
  }

  /**
   * Verifies the tables removed: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the tables post and tag were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasTablesRemoved("tag", "post");
   *
   * // assertions will fail
   * assertThat(diff).hasTablesRemoved("post");
   * assertThat(diff).hasTablesRemoved("post", "tag", "user");
   * }</pre>
   */
  public SELF hasTablesRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.TABLE, names);
  }

  /**
   * Verifies that the tables removed include these.
   *
   * <pre>{@code
   * // from V1 to V2, the tables post and tag were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasTablesRemovedContaining("tag");
   * assertThat(diff).hasTablesRemovedContaining("post", "tag");
   *
   * // assertion will fail
   * assertThat(diff).hasTablesRemovedContaining("post", "user");
   * }</pre>
   */
  public SELF hasTablesRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.TABLE, names);
  }

  /**
   * Verifies the tables modified (same name, another definition): exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the tables post and tag were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasTablesModified("tag", "post");
   *
   * // assertions will fail
   * assertThat(diff).hasTablesModified("post");
   * assertThat(diff).hasTablesModified("post", "tag", "user");
   * }</pre>
   */
  public SELF hasTablesModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.TABLE, names);
  }

  /**
   * Verifies that the tables modified (same name, another definition) include these.
   *
   * <pre>{@code
   * // from V1 to V2, the tables post and tag were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasTablesModifiedContaining("tag");
   * assertThat(diff).hasTablesModifiedContaining("post", "tag");
   *
   * // assertion will fail
   * assertThat(diff).hasTablesModifiedContaining("post", "user");
   * }</pre>
   */
  public SELF hasTablesModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.TABLE, names);
  }

  /**
   * Verifies the edges (relation tables) added: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the edges wrote and likes were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasEdgesAdded("likes", "wrote");
   *
   * // assertions will fail
   * assertThat(diff).hasEdgesAdded("wrote");
   * assertThat(diff).hasEdgesAdded("wrote", "likes", "follows");
   * }</pre>
   */
  public SELF hasEdgesAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.EDGE, names);
  }

  /**
   * Verifies that the edges (relation tables) added include these.
   *
   * <pre>{@code
   * // from V1 to V2, the edges wrote and likes were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasEdgesAddedContaining("likes");
   * assertThat(diff).hasEdgesAddedContaining("wrote", "likes");
   *
   * // assertion will fail
   * assertThat(diff).hasEdgesAddedContaining("wrote", "follows");
   * }</pre>
   */
  public SELF hasEdgesAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.EDGE, names);
  }

  /**
   * Verifies the edges (relation tables) removed: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the edges wrote and likes were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasEdgesRemoved("likes", "wrote");
   *
   * // assertions will fail
   * assertThat(diff).hasEdgesRemoved("wrote");
   * assertThat(diff).hasEdgesRemoved("wrote", "likes", "follows");
   * }</pre>
   */
  public SELF hasEdgesRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.EDGE, names);
  }

  /**
   * Verifies that the edges (relation tables) removed include these.
   *
   * <pre>{@code
   * // from V1 to V2, the edges wrote and likes were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasEdgesRemovedContaining("likes");
   * assertThat(diff).hasEdgesRemovedContaining("wrote", "likes");
   *
   * // assertion will fail
   * assertThat(diff).hasEdgesRemovedContaining("wrote", "follows");
   * }</pre>
   */
  public SELF hasEdgesRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.EDGE, names);
  }

  /**
   * Verifies the edges (relation tables) modified (same name, another definition): exactly these,
   * in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the edges wrote and likes were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasEdgesModified("likes", "wrote");
   *
   * // assertions will fail
   * assertThat(diff).hasEdgesModified("wrote");
   * assertThat(diff).hasEdgesModified("wrote", "likes", "follows");
   * }</pre>
   */
  public SELF hasEdgesModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.EDGE, names);
  }

  /**
   * Verifies that the edges (relation tables) modified (same name, another definition) include
   * these.
   *
   * <pre>{@code
   * // from V1 to V2, the edges wrote and likes were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasEdgesModifiedContaining("likes");
   * assertThat(diff).hasEdgesModifiedContaining("wrote", "likes");
   *
   * // assertion will fail
   * assertThat(diff).hasEdgesModifiedContaining("wrote", "follows");
   * }</pre>
   */
  public SELF hasEdgesModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.EDGE, names);
  }

  /**
   * Verifies the fields, named {@code table.field} added: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the fields user.bio and user.age were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasFieldsAdded("user.age", "user.bio");
   *
   * // assertions will fail
   * assertThat(diff).hasFieldsAdded("user.bio");
   * assertThat(diff).hasFieldsAdded("user.bio", "user.age", "user.email");
   * }</pre>
   */
  public SELF hasFieldsAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.FIELD, names);
  }

  /**
   * Verifies that the fields, named {@code table.field} added include these.
   *
   * <pre>{@code
   * // from V1 to V2, the fields user.bio and user.age were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasFieldsAddedContaining("user.age");
   * assertThat(diff).hasFieldsAddedContaining("user.bio", "user.age");
   *
   * // assertion will fail
   * assertThat(diff).hasFieldsAddedContaining("user.bio", "user.email");
   * }</pre>
   */
  public SELF hasFieldsAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.FIELD, names);
  }

  /**
   * Verifies the fields, named {@code table.field} removed: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the fields user.bio and user.age were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasFieldsRemoved("user.age", "user.bio");
   *
   * // assertions will fail
   * assertThat(diff).hasFieldsRemoved("user.bio");
   * assertThat(diff).hasFieldsRemoved("user.bio", "user.age", "user.email");
   * }</pre>
   */
  public SELF hasFieldsRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.FIELD, names);
  }

  /**
   * Verifies that the fields, named {@code table.field} removed include these.
   *
   * <pre>{@code
   * // from V1 to V2, the fields user.bio and user.age were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasFieldsRemovedContaining("user.age");
   * assertThat(diff).hasFieldsRemovedContaining("user.bio", "user.age");
   *
   * // assertion will fail
   * assertThat(diff).hasFieldsRemovedContaining("user.bio", "user.email");
   * }</pre>
   */
  public SELF hasFieldsRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.FIELD, names);
  }

  /**
   * Verifies the fields, named {@code table.field} modified (same name, another definition):
   * exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the fields user.bio and user.age were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasFieldsModified("user.age", "user.bio");
   *
   * // assertions will fail
   * assertThat(diff).hasFieldsModified("user.bio");
   * assertThat(diff).hasFieldsModified("user.bio", "user.age", "user.email");
   * }</pre>
   */
  public SELF hasFieldsModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.FIELD, names);
  }

  /**
   * Verifies that the fields, named {@code table.field} modified (same name, another definition)
   * include these.
   *
   * <pre>{@code
   * // from V1 to V2, the fields user.bio and user.age were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasFieldsModifiedContaining("user.age");
   * assertThat(diff).hasFieldsModifiedContaining("user.bio", "user.age");
   *
   * // assertion will fail
   * assertThat(diff).hasFieldsModifiedContaining("user.bio", "user.email");
   * }</pre>
   */
  public SELF hasFieldsModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.FIELD, names);
  }

  /**
   * Verifies the indexes, named {@code table.index} added: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the indexes user.email_idx and user.name_idx were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasIndexesAdded("user.name_idx", "user.email_idx");
   *
   * // assertions will fail
   * assertThat(diff).hasIndexesAdded("user.email_idx");
   * assertThat(diff).hasIndexesAdded("user.email_idx", "user.name_idx", "user.age_idx");
   * }</pre>
   */
  public SELF hasIndexesAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.INDEX, names);
  }

  /**
   * Verifies that the indexes, named {@code table.index} added include these.
   *
   * <pre>{@code
   * // from V1 to V2, the indexes user.email_idx and user.name_idx were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasIndexesAddedContaining("user.name_idx");
   * assertThat(diff).hasIndexesAddedContaining("user.email_idx", "user.name_idx");
   *
   * // assertion will fail
   * assertThat(diff).hasIndexesAddedContaining("user.email_idx", "user.age_idx");
   * }</pre>
   */
  public SELF hasIndexesAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.INDEX, names);
  }

  /**
   * Verifies the indexes, named {@code table.index} removed: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the indexes user.email_idx and user.name_idx were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasIndexesRemoved("user.name_idx", "user.email_idx");
   *
   * // assertions will fail
   * assertThat(diff).hasIndexesRemoved("user.email_idx");
   * assertThat(diff).hasIndexesRemoved("user.email_idx", "user.name_idx", "user.age_idx");
   * }</pre>
   */
  public SELF hasIndexesRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.INDEX, names);
  }

  /**
   * Verifies that the indexes, named {@code table.index} removed include these.
   *
   * <pre>{@code
   * // from V1 to V2, the indexes user.email_idx and user.name_idx were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasIndexesRemovedContaining("user.name_idx");
   * assertThat(diff).hasIndexesRemovedContaining("user.email_idx", "user.name_idx");
   *
   * // assertion will fail
   * assertThat(diff).hasIndexesRemovedContaining("user.email_idx", "user.age_idx");
   * }</pre>
   */
  public SELF hasIndexesRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.INDEX, names);
  }

  /**
   * Verifies the indexes, named {@code table.index} modified (same name, another definition):
   * exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the indexes user.email_idx and user.name_idx were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasIndexesModified("user.name_idx", "user.email_idx");
   *
   * // assertions will fail
   * assertThat(diff).hasIndexesModified("user.email_idx");
   * assertThat(diff).hasIndexesModified("user.email_idx", "user.name_idx", "user.age_idx");
   * }</pre>
   */
  public SELF hasIndexesModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.INDEX, names);
  }

  /**
   * Verifies that the indexes, named {@code table.index} modified (same name, another definition)
   * include these.
   *
   * <pre>{@code
   * // from V1 to V2, the indexes user.email_idx and user.name_idx were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasIndexesModifiedContaining("user.name_idx");
   * assertThat(diff).hasIndexesModifiedContaining("user.email_idx", "user.name_idx");
   *
   * // assertion will fail
   * assertThat(diff).hasIndexesModifiedContaining("user.email_idx", "user.age_idx");
   * }</pre>
   */
  public SELF hasIndexesModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.INDEX, names);
  }

  /**
   * Verifies the events, named {@code table.event} added: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the events user.on_create and user.on_update were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasEventsAdded("user.on_update", "user.on_create");
   *
   * // assertions will fail
   * assertThat(diff).hasEventsAdded("user.on_create");
   * assertThat(diff).hasEventsAdded("user.on_create", "user.on_update", "user.on_delete");
   * }</pre>
   */
  public SELF hasEventsAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.EVENT, names);
  }

  /**
   * Verifies that the events, named {@code table.event} added include these.
   *
   * <pre>{@code
   * // from V1 to V2, the events user.on_create and user.on_update were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasEventsAddedContaining("user.on_update");
   * assertThat(diff).hasEventsAddedContaining("user.on_create", "user.on_update");
   *
   * // assertion will fail
   * assertThat(diff).hasEventsAddedContaining("user.on_create", "user.on_delete");
   * }</pre>
   */
  public SELF hasEventsAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.EVENT, names);
  }

  /**
   * Verifies the events, named {@code table.event} removed: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the events user.on_create and user.on_update were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasEventsRemoved("user.on_update", "user.on_create");
   *
   * // assertions will fail
   * assertThat(diff).hasEventsRemoved("user.on_create");
   * assertThat(diff).hasEventsRemoved("user.on_create", "user.on_update", "user.on_delete");
   * }</pre>
   */
  public SELF hasEventsRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.EVENT, names);
  }

  /**
   * Verifies that the events, named {@code table.event} removed include these.
   *
   * <pre>{@code
   * // from V1 to V2, the events user.on_create and user.on_update were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasEventsRemovedContaining("user.on_update");
   * assertThat(diff).hasEventsRemovedContaining("user.on_create", "user.on_update");
   *
   * // assertion will fail
   * assertThat(diff).hasEventsRemovedContaining("user.on_create", "user.on_delete");
   * }</pre>
   */
  public SELF hasEventsRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.EVENT, names);
  }

  /**
   * Verifies the events, named {@code table.event} modified (same name, another definition):
   * exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the events user.on_create and user.on_update were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasEventsModified("user.on_update", "user.on_create");
   *
   * // assertions will fail
   * assertThat(diff).hasEventsModified("user.on_create");
   * assertThat(diff).hasEventsModified("user.on_create", "user.on_update", "user.on_delete");
   * }</pre>
   */
  public SELF hasEventsModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.EVENT, names);
  }

  /**
   * Verifies that the events, named {@code table.event} modified (same name, another definition)
   * include these.
   *
   * <pre>{@code
   * // from V1 to V2, the events user.on_create and user.on_update were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasEventsModifiedContaining("user.on_update");
   * assertThat(diff).hasEventsModifiedContaining("user.on_create", "user.on_update");
   *
   * // assertion will fail
   * assertThat(diff).hasEventsModifiedContaining("user.on_create", "user.on_delete");
   * }</pre>
   */
  public SELF hasEventsModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.EVENT, names);
  }

  /**
   * Verifies the functions added: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the functions fn::greet and fn::slug were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasFunctionsAdded("fn::slug", "fn::greet");
   *
   * // assertions will fail
   * assertThat(diff).hasFunctionsAdded("fn::greet");
   * assertThat(diff).hasFunctionsAdded("fn::greet", "fn::slug", "fn::old");
   * }</pre>
   */
  public SELF hasFunctionsAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.FUNCTION, names);
  }

  /**
   * Verifies that the functions added include these.
   *
   * <pre>{@code
   * // from V1 to V2, the functions fn::greet and fn::slug were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasFunctionsAddedContaining("fn::slug");
   * assertThat(diff).hasFunctionsAddedContaining("fn::greet", "fn::slug");
   *
   * // assertion will fail
   * assertThat(diff).hasFunctionsAddedContaining("fn::greet", "fn::old");
   * }</pre>
   */
  public SELF hasFunctionsAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.FUNCTION, names);
  }

  /**
   * Verifies the functions removed: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the functions fn::greet and fn::slug were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasFunctionsRemoved("fn::slug", "fn::greet");
   *
   * // assertions will fail
   * assertThat(diff).hasFunctionsRemoved("fn::greet");
   * assertThat(diff).hasFunctionsRemoved("fn::greet", "fn::slug", "fn::old");
   * }</pre>
   */
  public SELF hasFunctionsRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.FUNCTION, names);
  }

  /**
   * Verifies that the functions removed include these.
   *
   * <pre>{@code
   * // from V1 to V2, the functions fn::greet and fn::slug were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasFunctionsRemovedContaining("fn::slug");
   * assertThat(diff).hasFunctionsRemovedContaining("fn::greet", "fn::slug");
   *
   * // assertion will fail
   * assertThat(diff).hasFunctionsRemovedContaining("fn::greet", "fn::old");
   * }</pre>
   */
  public SELF hasFunctionsRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.FUNCTION, names);
  }

  /**
   * Verifies the functions modified (same name, another definition): exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the functions fn::greet and fn::slug were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasFunctionsModified("fn::slug", "fn::greet");
   *
   * // assertions will fail
   * assertThat(diff).hasFunctionsModified("fn::greet");
   * assertThat(diff).hasFunctionsModified("fn::greet", "fn::slug", "fn::old");
   * }</pre>
   */
  public SELF hasFunctionsModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.FUNCTION, names);
  }

  /**
   * Verifies that the functions modified (same name, another definition) include these.
   *
   * <pre>{@code
   * // from V1 to V2, the functions fn::greet and fn::slug were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasFunctionsModifiedContaining("fn::slug");
   * assertThat(diff).hasFunctionsModifiedContaining("fn::greet", "fn::slug");
   *
   * // assertion will fail
   * assertThat(diff).hasFunctionsModifiedContaining("fn::greet", "fn::old");
   * }</pre>
   */
  public SELF hasFunctionsModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.FUNCTION, names);
  }

  /**
   * Verifies the params added: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the params $max and $min were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasParamsAdded("$min", "$max");
   *
   * // assertions will fail
   * assertThat(diff).hasParamsAdded("$max");
   * assertThat(diff).hasParamsAdded("$max", "$min", "$limit");
   * }</pre>
   */
  public SELF hasParamsAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.PARAM, names);
  }

  /**
   * Verifies that the params added include these.
   *
   * <pre>{@code
   * // from V1 to V2, the params $max and $min were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasParamsAddedContaining("$min");
   * assertThat(diff).hasParamsAddedContaining("$max", "$min");
   *
   * // assertion will fail
   * assertThat(diff).hasParamsAddedContaining("$max", "$limit");
   * }</pre>
   */
  public SELF hasParamsAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.PARAM, names);
  }

  /**
   * Verifies the params removed: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the params $max and $min were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasParamsRemoved("$min", "$max");
   *
   * // assertions will fail
   * assertThat(diff).hasParamsRemoved("$max");
   * assertThat(diff).hasParamsRemoved("$max", "$min", "$limit");
   * }</pre>
   */
  public SELF hasParamsRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.PARAM, names);
  }

  /**
   * Verifies that the params removed include these.
   *
   * <pre>{@code
   * // from V1 to V2, the params $max and $min were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasParamsRemovedContaining("$min");
   * assertThat(diff).hasParamsRemovedContaining("$max", "$min");
   *
   * // assertion will fail
   * assertThat(diff).hasParamsRemovedContaining("$max", "$limit");
   * }</pre>
   */
  public SELF hasParamsRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.PARAM, names);
  }

  /**
   * Verifies the params modified (same name, another definition): exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the params $max and $min were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasParamsModified("$min", "$max");
   *
   * // assertions will fail
   * assertThat(diff).hasParamsModified("$max");
   * assertThat(diff).hasParamsModified("$max", "$min", "$limit");
   * }</pre>
   */
  public SELF hasParamsModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.PARAM, names);
  }

  /**
   * Verifies that the params modified (same name, another definition) include these.
   *
   * <pre>{@code
   * // from V1 to V2, the params $max and $min were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasParamsModifiedContaining("$min");
   * assertThat(diff).hasParamsModifiedContaining("$max", "$min");
   *
   * // assertion will fail
   * assertThat(diff).hasParamsModifiedContaining("$max", "$limit");
   * }</pre>
   */
  public SELF hasParamsModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.PARAM, names);
  }

  /**
   * Verifies the analyzers added: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the analyzers ascii and english were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasAnalyzersAdded("english", "ascii");
   *
   * // assertions will fail
   * assertThat(diff).hasAnalyzersAdded("ascii");
   * assertThat(diff).hasAnalyzersAdded("ascii", "english", "plain");
   * }</pre>
   */
  public SELF hasAnalyzersAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.ANALYZER, names);
  }

  /**
   * Verifies that the analyzers added include these.
   *
   * <pre>{@code
   * // from V1 to V2, the analyzers ascii and english were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasAnalyzersAddedContaining("english");
   * assertThat(diff).hasAnalyzersAddedContaining("ascii", "english");
   *
   * // assertion will fail
   * assertThat(diff).hasAnalyzersAddedContaining("ascii", "plain");
   * }</pre>
   */
  public SELF hasAnalyzersAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.ANALYZER, names);
  }

  /**
   * Verifies the analyzers removed: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the analyzers ascii and english were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasAnalyzersRemoved("english", "ascii");
   *
   * // assertions will fail
   * assertThat(diff).hasAnalyzersRemoved("ascii");
   * assertThat(diff).hasAnalyzersRemoved("ascii", "english", "plain");
   * }</pre>
   */
  public SELF hasAnalyzersRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.ANALYZER, names);
  }

  /**
   * Verifies that the analyzers removed include these.
   *
   * <pre>{@code
   * // from V1 to V2, the analyzers ascii and english were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasAnalyzersRemovedContaining("english");
   * assertThat(diff).hasAnalyzersRemovedContaining("ascii", "english");
   *
   * // assertion will fail
   * assertThat(diff).hasAnalyzersRemovedContaining("ascii", "plain");
   * }</pre>
   */
  public SELF hasAnalyzersRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.ANALYZER, names);
  }

  /**
   * Verifies the analyzers modified (same name, another definition): exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the analyzers ascii and english were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasAnalyzersModified("english", "ascii");
   *
   * // assertions will fail
   * assertThat(diff).hasAnalyzersModified("ascii");
   * assertThat(diff).hasAnalyzersModified("ascii", "english", "plain");
   * }</pre>
   */
  public SELF hasAnalyzersModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.ANALYZER, names);
  }

  /**
   * Verifies that the analyzers modified (same name, another definition) include these.
   *
   * <pre>{@code
   * // from V1 to V2, the analyzers ascii and english were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasAnalyzersModifiedContaining("english");
   * assertThat(diff).hasAnalyzersModifiedContaining("ascii", "english");
   *
   * // assertion will fail
   * assertThat(diff).hasAnalyzersModifiedContaining("ascii", "plain");
   * }</pre>
   */
  public SELF hasAnalyzersModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.ANALYZER, names);
  }

  /**
   * Verifies the accesses added: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the accesses account and api were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasAccessesAdded("api", "account");
   *
   * // assertions will fail
   * assertThat(diff).hasAccessesAdded("account");
   * assertThat(diff).hasAccessesAdded("account", "api", "legacy");
   * }</pre>
   */
  public SELF hasAccessesAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.ACCESS, names);
  }

  /**
   * Verifies that the accesses added include these.
   *
   * <pre>{@code
   * // from V1 to V2, the accesses account and api were added, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasAccessesAddedContaining("api");
   * assertThat(diff).hasAccessesAddedContaining("account", "api");
   *
   * // assertion will fail
   * assertThat(diff).hasAccessesAddedContaining("account", "legacy");
   * }</pre>
   */
  public SELF hasAccessesAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.ACCESS, names);
  }

  /**
   * Verifies the accesses removed: exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the accesses account and api were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasAccessesRemoved("api", "account");
   *
   * // assertions will fail
   * assertThat(diff).hasAccessesRemoved("account");
   * assertThat(diff).hasAccessesRemoved("account", "api", "legacy");
   * }</pre>
   */
  public SELF hasAccessesRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.ACCESS, names);
  }

  /**
   * Verifies that the accesses removed include these.
   *
   * <pre>{@code
   * // from V1 to V2, the accesses account and api were removed, nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasAccessesRemovedContaining("api");
   * assertThat(diff).hasAccessesRemovedContaining("account", "api");
   *
   * // assertion will fail
   * assertThat(diff).hasAccessesRemovedContaining("account", "legacy");
   * }</pre>
   */
  public SELF hasAccessesRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.ACCESS, names);
  }

  /**
   * Verifies the accesses modified (same name, another definition): exactly these, in any order.
   *
   * <pre>{@code
   * // from V1 to V2, the accesses account and api were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertion will pass
   * assertThat(diff).hasAccessesModified("api", "account");
   *
   * // assertions will fail
   * assertThat(diff).hasAccessesModified("account");
   * assertThat(diff).hasAccessesModified("account", "api", "legacy");
   * }</pre>
   */
  public SELF hasAccessesModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.ACCESS, names);
  }

  /**
   * Verifies that the accesses modified (same name, another definition) include these.
   *
   * <pre>{@code
   * // from V1 to V2, the accesses account and api were modified (redefined), nothing else
   * SnapshotDiff diff = Snapshots.compareSnapshots(v1, v2);
   *
   * // assertions will pass
   * assertThat(diff).hasAccessesModifiedContaining("api");
   * assertThat(diff).hasAccessesModifiedContaining("account", "api");
   *
   * // assertion will fail
   * assertThat(diff).hasAccessesModifiedContaining("account", "legacy");
   * }</pre>
   */
  public SELF hasAccessesModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.ACCESS, names);
  }

  private static List<String> sorted(List<String> names) {
    List<String> copy = new ArrayList<>(names);
    Collections.sort(copy);
    return copy;
  }
}

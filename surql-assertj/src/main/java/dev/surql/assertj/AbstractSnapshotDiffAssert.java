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
      info.description(new TextDescription("diff %s → %s", actual.fromVersion(), actual.toVersion()));
    }
  }

  /** Verifies that the schemas are structurally equal. */
  public SELF isEmpty() {
    isNotNull();
    if (!actual.isEmpty()) {
      throwAssertionError(shouldBeEmpty(actual));
    }
    return myself;
  }

  /** Verifies that the schemas differ structurally. */
  public SELF isNotEmpty() {
    isNotNull();
    if (actual.isEmpty()) {
      throwAssertionError(shouldNotBeEmpty(actual));
    }
    return myself;
  }

  /** Verifies that the two snapshots' checksums are equal. */
  public SELF hasChecksumMatch() {
    isNotNull();
    if (!actual.checksumMatch()) {
      throwAssertionError(shouldHaveChecksumMatch(actual));
    }
    return myself;
  }

  /** Verifies that the two snapshots' checksums differ. */
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

  /** Verifies that the names of the elements of one kind with one type of change include these. */
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

  /** Verifies the tables added: exactly these, in any order. */
  public SELF hasTablesAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.TABLE, names);
  }

  /** Verifies that the tables added include these. */
  public SELF hasTablesAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.TABLE, names);
  }

  /** Verifies the tables removed: exactly these, in any order. */
  public SELF hasTablesRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.TABLE, names);
  }

  /** Verifies that the tables removed include these. */
  public SELF hasTablesRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.TABLE, names);
  }

  /** Verifies the tables modified (same name, another definition): exactly these, in any order. */
  public SELF hasTablesModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.TABLE, names);
  }

  /** Verifies that the tables modified (same name, another definition) include these. */
  public SELF hasTablesModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.TABLE, names);
  }

  /** Verifies the edges (relation tables) added: exactly these, in any order. */
  public SELF hasEdgesAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.EDGE, names);
  }

  /** Verifies that the edges (relation tables) added include these. */
  public SELF hasEdgesAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.EDGE, names);
  }

  /** Verifies the edges (relation tables) removed: exactly these, in any order. */
  public SELF hasEdgesRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.EDGE, names);
  }

  /** Verifies that the edges (relation tables) removed include these. */
  public SELF hasEdgesRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.EDGE, names);
  }

  /** Verifies the edges (relation tables) modified (same name, another definition): exactly these, in any order. */
  public SELF hasEdgesModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.EDGE, names);
  }

  /** Verifies that the edges (relation tables) modified (same name, another definition) include these. */
  public SELF hasEdgesModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.EDGE, names);
  }

  /** Verifies the fields, named {@code table.field} added: exactly these, in any order. */
  public SELF hasFieldsAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.FIELD, names);
  }

  /** Verifies that the fields, named {@code table.field} added include these. */
  public SELF hasFieldsAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.FIELD, names);
  }

  /** Verifies the fields, named {@code table.field} removed: exactly these, in any order. */
  public SELF hasFieldsRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.FIELD, names);
  }

  /** Verifies that the fields, named {@code table.field} removed include these. */
  public SELF hasFieldsRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.FIELD, names);
  }

  /** Verifies the fields, named {@code table.field} modified (same name, another definition): exactly these, in any order. */
  public SELF hasFieldsModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.FIELD, names);
  }

  /** Verifies that the fields, named {@code table.field} modified (same name, another definition) include these. */
  public SELF hasFieldsModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.FIELD, names);
  }

  /** Verifies the indexes, named {@code table.index} added: exactly these, in any order. */
  public SELF hasIndexesAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.INDEX, names);
  }

  /** Verifies that the indexes, named {@code table.index} added include these. */
  public SELF hasIndexesAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.INDEX, names);
  }

  /** Verifies the indexes, named {@code table.index} removed: exactly these, in any order. */
  public SELF hasIndexesRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.INDEX, names);
  }

  /** Verifies that the indexes, named {@code table.index} removed include these. */
  public SELF hasIndexesRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.INDEX, names);
  }

  /** Verifies the indexes, named {@code table.index} modified (same name, another definition): exactly these, in any order. */
  public SELF hasIndexesModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.INDEX, names);
  }

  /** Verifies that the indexes, named {@code table.index} modified (same name, another definition) include these. */
  public SELF hasIndexesModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.INDEX, names);
  }

  /** Verifies the events, named {@code table.event} added: exactly these, in any order. */
  public SELF hasEventsAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.EVENT, names);
  }

  /** Verifies that the events, named {@code table.event} added include these. */
  public SELF hasEventsAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.EVENT, names);
  }

  /** Verifies the events, named {@code table.event} removed: exactly these, in any order. */
  public SELF hasEventsRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.EVENT, names);
  }

  /** Verifies that the events, named {@code table.event} removed include these. */
  public SELF hasEventsRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.EVENT, names);
  }

  /** Verifies the events, named {@code table.event} modified (same name, another definition): exactly these, in any order. */
  public SELF hasEventsModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.EVENT, names);
  }

  /** Verifies that the events, named {@code table.event} modified (same name, another definition) include these. */
  public SELF hasEventsModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.EVENT, names);
  }

  /** Verifies the functions added: exactly these, in any order. */
  public SELF hasFunctionsAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.FUNCTION, names);
  }

  /** Verifies that the functions added include these. */
  public SELF hasFunctionsAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.FUNCTION, names);
  }

  /** Verifies the functions removed: exactly these, in any order. */
  public SELF hasFunctionsRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.FUNCTION, names);
  }

  /** Verifies that the functions removed include these. */
  public SELF hasFunctionsRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.FUNCTION, names);
  }

  /** Verifies the functions modified (same name, another definition): exactly these, in any order. */
  public SELF hasFunctionsModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.FUNCTION, names);
  }

  /** Verifies that the functions modified (same name, another definition) include these. */
  public SELF hasFunctionsModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.FUNCTION, names);
  }

  /** Verifies the params added: exactly these, in any order. */
  public SELF hasParamsAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.PARAM, names);
  }

  /** Verifies that the params added include these. */
  public SELF hasParamsAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.PARAM, names);
  }

  /** Verifies the params removed: exactly these, in any order. */
  public SELF hasParamsRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.PARAM, names);
  }

  /** Verifies that the params removed include these. */
  public SELF hasParamsRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.PARAM, names);
  }

  /** Verifies the params modified (same name, another definition): exactly these, in any order. */
  public SELF hasParamsModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.PARAM, names);
  }

  /** Verifies that the params modified (same name, another definition) include these. */
  public SELF hasParamsModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.PARAM, names);
  }

  /** Verifies the analyzers added: exactly these, in any order. */
  public SELF hasAnalyzersAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.ANALYZER, names);
  }

  /** Verifies that the analyzers added include these. */
  public SELF hasAnalyzersAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.ANALYZER, names);
  }

  /** Verifies the analyzers removed: exactly these, in any order. */
  public SELF hasAnalyzersRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.ANALYZER, names);
  }

  /** Verifies that the analyzers removed include these. */
  public SELF hasAnalyzersRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.ANALYZER, names);
  }

  /** Verifies the analyzers modified (same name, another definition): exactly these, in any order. */
  public SELF hasAnalyzersModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.ANALYZER, names);
  }

  /** Verifies that the analyzers modified (same name, another definition) include these. */
  public SELF hasAnalyzersModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.ANALYZER, names);
  }

  /** Verifies the accesses added: exactly these, in any order. */
  public SELF hasAccessesAdded(String... names) {
    return hasChanges(ChangeType.ADDED, SchemaElement.ACCESS, names);
  }

  /** Verifies that the accesses added include these. */
  public SELF hasAccessesAddedContaining(String... names) {
    return hasChangesContaining(ChangeType.ADDED, SchemaElement.ACCESS, names);
  }

  /** Verifies the accesses removed: exactly these, in any order. */
  public SELF hasAccessesRemoved(String... names) {
    return hasChanges(ChangeType.REMOVED, SchemaElement.ACCESS, names);
  }

  /** Verifies that the accesses removed include these. */
  public SELF hasAccessesRemovedContaining(String... names) {
    return hasChangesContaining(ChangeType.REMOVED, SchemaElement.ACCESS, names);
  }

  /** Verifies the accesses modified (same name, another definition): exactly these, in any order. */
  public SELF hasAccessesModified(String... names) {
    return hasChanges(ChangeType.MODIFIED, SchemaElement.ACCESS, names);
  }

  /** Verifies that the accesses modified (same name, another definition) include these. */
  public SELF hasAccessesModifiedContaining(String... names) {
    return hasChangesContaining(ChangeType.MODIFIED, SchemaElement.ACCESS, names);
  }

  private static List<String> sorted(List<String> names) {
    List<String> copy = new ArrayList<>(names);
    Collections.sort(copy);
    return copy;
  }
}

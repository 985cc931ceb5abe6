package dev.surql.core.snapshot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structural differences from one snapshot to another, in a deterministic order (by element
 * kind, then name). Build one with {@code Snapshots.compareSnapshots(from, to)}.
 *
 * @param fromVersion version of the first snapshot
 * @param toVersion version of the second snapshot
 * @param changes every difference
 * @param checksumMatch whether the two checksums are equal
 * @param warning set when the snapshots come from different server versions (checksums not comparable)
 */
public record SnapshotDiff(
    String fromVersion, String toVersion, List<SchemaChange> changes, boolean checksumMatch, Optional<String> warning) {

  public SnapshotDiff {
    Objects.requireNonNull(fromVersion, "fromVersion");
    Objects.requireNonNull(toVersion, "toVersion");
    changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
    Objects.requireNonNull(warning, "warning");
  }

  /** Whether the schemas are structurally the same. */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /** The changes of one type to one kind of element, e.g. {@code changes(ADDED, TABLE)}. */
  public List<SchemaChange> changes(ChangeType type, SchemaElement element) {
    return changes.stream().filter(c -> c.type() == type && c.element() == element).toList();
  }

  /** The names of the elements of one kind with one type of change. */
  public List<String> names(ChangeType type, SchemaElement element) {
    return changes(type, element).stream().map(SchemaChange::name).toList();
  }

  public List<String> tablesAdded() {
    return names(ChangeType.ADDED, SchemaElement.TABLE);
  }

  public List<String> tablesRemoved() {
    return names(ChangeType.REMOVED, SchemaElement.TABLE);
  }

  public List<String> tablesModified() {
    return names(ChangeType.MODIFIED, SchemaElement.TABLE);
  }

  public List<String> edgesAdded() {
    return names(ChangeType.ADDED, SchemaElement.EDGE);
  }

  public List<String> edgesRemoved() {
    return names(ChangeType.REMOVED, SchemaElement.EDGE);
  }

  public List<String> fieldsAdded() {
    return names(ChangeType.ADDED, SchemaElement.FIELD);
  }

  public List<String> fieldsRemoved() {
    return names(ChangeType.REMOVED, SchemaElement.FIELD);
  }

  public List<String> fieldsModified() {
    return names(ChangeType.MODIFIED, SchemaElement.FIELD);
  }

  public List<String> indexesAdded() {
    return names(ChangeType.ADDED, SchemaElement.INDEX);
  }

  public List<String> indexesRemoved() {
    return names(ChangeType.REMOVED, SchemaElement.INDEX);
  }

  public List<String> indexesModified() {
    return names(ChangeType.MODIFIED, SchemaElement.INDEX);
  }

  /**
   * The diff as text in the style of {@code surql migrate compare}: a heading {@code Comparing A → B},
   * the warning if any, then one section per kind of element and type of change ({@code Tables Added:},
   * {@code Fields Modified:}, …) in the order of {@link SchemaElement} and added, removed, modified; each
   * change on a line {@code + name}, {@code - name} or {@code ~ name}, a modification followed by its
   * definition before ({@code -}) and after ({@code +}). A diff without changes renders as {@code
   * Schemas are identical}. Lines end with {@code \n}.
   */
  public String render() {
    return SnapshotDiffRenderer.render(this);
  }
}

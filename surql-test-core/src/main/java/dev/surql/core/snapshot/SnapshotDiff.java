package dev.surql.core.snapshot;

import dev.surql.core.internal.Required;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structural differences from one snapshot to another, in a deterministic order (by element
 * kind, then name). Build one with {@code Snapshots.compareSnapshots(from, to)}.
 *
 * <p>Built with {@link #builder()}, which needs {@code fromVersion} and {@code toVersion}; {@link
 * #toBuilder()} copies one to change.
 */
public final class SnapshotDiff {
  private final String fromVersion;
  private final String toVersion;
  private final List<SchemaChange> changes;
  private final boolean checksumMatch;
  private final Optional<String> warning;

  private SnapshotDiff(
      String fromVersion,
      String toVersion,
      List<SchemaChange> changes,
      boolean checksumMatch,
      Optional<String> warning) {
    Objects.requireNonNull(fromVersion, "fromVersion");
    Objects.requireNonNull(toVersion, "toVersion");
    changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
    Objects.requireNonNull(warning, "warning");
    this.fromVersion = fromVersion;
    this.toVersion = toVersion;
    this.changes = changes;
    this.checksumMatch = checksumMatch;
    this.warning = warning;
  }

  /** A builder of {@code SnapshotDiff}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this snapshot diff's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.fromVersion = fromVersion;
    builder.toVersion = toVersion;
    builder.changes = changes;
    builder.checksumMatch = checksumMatch;
    builder.warning = warning;
    return builder;
  }

  /** Version of the first snapshot. */
  public String fromVersion() {
    return fromVersion;
  }

  /** Version of the second snapshot. */
  public String toVersion() {
    return toVersion;
  }

  /** Every difference. */
  public List<SchemaChange> changes() {
    return changes;
  }

  /** Whether the two checksums are equal. */
  public boolean checksumMatch() {
    return checksumMatch;
  }

  /** Set when the snapshots come from different server versions (checksums not comparable). */
  public Optional<String> warning() {
    return warning;
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
   * The diff as text in the style of {@code surql migrate compare}: a heading {@code Comparing A →
   * B}, the warning if any, then one section per kind of element and type of change ({@code Tables
   * Added:}, {@code Fields Modified:}, …) in the order of {@link SchemaElement} and added, removed,
   * modified; each change on a line {@code + name}, {@code - name} or {@code ~ name}, a
   * modification followed by its definition before ({@code -}) and after ({@code +}). A diff
   * without changes renders as {@code Schemas are identical}. Lines end with {@code \n}.
   */
  public String render() {
    return SnapshotDiffRenderer.render(this);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof SnapshotDiff that
        && fromVersion.equals(that.fromVersion)
        && toVersion.equals(that.toVersion)
        && changes.equals(that.changes)
        && checksumMatch == that.checksumMatch
        && warning.equals(that.warning);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fromVersion, toVersion, changes, checksumMatch, warning);
  }

  @Override
  public String toString() {
    return "SnapshotDiff[fromVersion="
        + fromVersion
        + ", toVersion="
        + toVersion
        + ", changes="
        + changes
        + ", checksumMatch="
        + checksumMatch
        + ", warning="
        + warning
        + "]";
  }

  /**
   * Collects the values of a {@link SnapshotDiff}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private String fromVersion;
    private String toVersion;
    private List<SchemaChange> changes = List.of();
    private boolean checksumMatch;
    private Optional<String> warning = Optional.empty();

    private Builder() {}

    /** Sets {@link SnapshotDiff#fromVersion()}: version of the first snapshot. */
    public Builder fromVersion(String fromVersion) {
      this.fromVersion = Objects.requireNonNull(fromVersion, "fromVersion");
      return this;
    }

    /** Sets {@link SnapshotDiff#toVersion()}: version of the second snapshot. */
    public Builder toVersion(String toVersion) {
      this.toVersion = Objects.requireNonNull(toVersion, "toVersion");
      return this;
    }

    /** Sets {@link SnapshotDiff#changes()}: every difference. */
    public Builder changes(List<SchemaChange> changes) {
      this.changes = Objects.requireNonNull(changes, "changes");
      return this;
    }

    /** Sets {@link SnapshotDiff#checksumMatch()}: whether the two checksums are equal. */
    public Builder checksumMatch(boolean checksumMatch) {
      this.checksumMatch = checksumMatch;
      return this;
    }

    /**
     * Sets {@link SnapshotDiff#warning()}: set when the snapshots come from different server
     * versions (checksums not comparable).
     */
    public Builder warning(Optional<String> warning) {
      this.warning = Objects.requireNonNull(warning, "warning");
      return this;
    }

    /** Sets {@link SnapshotDiff#warning()} to {@code warning}. */
    public Builder warning(String warning) {
      this.warning = Optional.of(Objects.requireNonNull(warning, "warning"));
      return this;
    }

    /**
     * The snapshot diff of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public SnapshotDiff build() {
      Required.set(fromVersion, "SnapshotDiff", "fromVersion");
      Required.set(toVersion, "SnapshotDiff", "toVersion");
      return new SnapshotDiff(fromVersion, toVersion, changes, checksumMatch, warning);
    }
  }
}

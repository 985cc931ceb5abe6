package dev.surql.core.snapshot;

import java.util.List;
import java.util.Objects;

/** Renders a {@link SnapshotDiff} as text in the format {@link SnapshotDiff#render()} describes. */
final class SnapshotDiffRenderer {

  private SnapshotDiffRenderer() {}

  /** The diff as text. */
  static String render(SnapshotDiff diff) {
    Objects.requireNonNull(diff, "diff");
    StringBuilder out = new StringBuilder();
    out.append("Comparing ")
        .append(diff.fromVersion())
        .append(" → ")
        .append(diff.toVersion())
        .append('\n');
    diff.warning().ifPresent(w -> out.append("\nWarning: ").append(w).append('\n'));
    if (diff.isEmpty()) {
      out.append("\nSchemas are identical\n");
      return out.toString();
    }
    for (SchemaElement element : SchemaElement.values()) {
      for (ChangeType type : ChangeType.values()) {
        List<SchemaChange> changes = diff.changes(type, element);
        if (changes.isEmpty()) {
          continue;
        }
        out.append('\n').append(title(element)).append(' ').append(title(type)).append(":\n");
        for (SchemaChange change : changes) {
          out.append("  ").append(sign(type)).append(' ').append(change.name()).append('\n');
          if (type == ChangeType.MODIFIED) {
            change.before().ifPresent(d -> out.append("    - ").append(d).append('\n'));
            change.after().ifPresent(d -> out.append("    + ").append(d).append('\n'));
          }
        }
      }
    }
    return out.toString();
  }

  private static String title(SchemaElement element) {
    return switch (element) {
      case TABLE -> "Tables";
      case EDGE -> "Edges";
      case FIELD -> "Fields";
      case INDEX -> "Indexes";
      case EVENT -> "Events";
      case FUNCTION -> "Functions";
      case PARAM -> "Params";
      case ANALYZER -> "Analyzers";
      case ACCESS -> "Accesses";
      case SEQUENCE -> "Sequences";
    };
  }

  private static String title(ChangeType type) {
    return switch (type) {
      case ADDED -> "Added";
      case REMOVED -> "Removed";
      case MODIFIED -> "Modified";
    };
  }

  private static String sign(ChangeType type) {
    return switch (type) {
      case ADDED -> "+";
      case REMOVED -> "-";
      case MODIFIED -> "~";
    };
  }
}

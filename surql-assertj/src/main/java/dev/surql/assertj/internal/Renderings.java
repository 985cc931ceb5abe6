package dev.surql.assertj.internal;

import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.SchemaChange;
import dev.surql.core.snapshot.SchemaElement;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.TableSchema;
import dev.surql.core.verify.DataLoss;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plain-text renderings of snapshots, diffs and issues used in failure messages: one definition per
 * line, deterministic order, so that two renderings can be compared line by line in an IDE.
 */
public final class Renderings {

  private static final String INDENT = "  ";
  private static final String NL = System.lineSeparator();

  private Renderings() {}

  /**
   * The schema of a snapshot as its {@code DEFINE} statements: each table followed by its fields,
   * indexes and events (indented), then functions, params, analyzers, accesses and sequences.
   */
  public static String schema(SchemaSnapshot snapshot) {
    DatabaseSchema schema = snapshot.schema();
    StringBuilder out = new StringBuilder();
    for (TableSchema table : schema.tables().values()) {
      line(out, "", table.definition());
      table.fields().values().forEach(f -> line(out, INDENT, f.definition()));
      table.indexes().values().forEach(i -> line(out, INDENT, i.definition()));
      table.events().values().forEach(e -> line(out, INDENT, e.definition()));
    }
    definitions(out, schema.functions());
    definitions(out, schema.params());
    definitions(out, schema.analyzers());
    definitions(out, schema.accesses());
    definitions(out, schema.sequences());
    return out.length() == 0 ? "(empty schema)" : out.toString().stripTrailing();
  }

  /**
   * Every change of a diff, one per line, with the definition before and after, indented by two
   * spaces.
   */
  public static String changes(SnapshotDiff diff) {
    if (diff.isEmpty()) {
      return INDENT + "(no structural change)";
    }
    StringBuilder out = new StringBuilder();
    for (SchemaChange change : diff.changes()) {
      line(out, INDENT, change.toString());
      change.before().ifPresent(before -> line(out, INDENT + INDENT, "before: " + before));
      change.after().ifPresent(after -> line(out, INDENT + INDENT, "after:  " + after));
    }
    diff.warning().ifPresent(warning -> line(out, INDENT, "warning: " + warning));
    return out.toString().stripTrailing();
  }

  /** {@code 1 change} / {@code 3 changes}. */
  public static String changeCount(SnapshotDiff diff) {
    int count = diff.changes().size();
    return count + (count == 1 ? " change" : " changes");
  }

  /** The issues, one per line, indented by two spaces. */
  public static String issues(List<RollbackIssue> issues) {
    if (issues.isEmpty()) {
      return INDENT + "(no issue)";
    }
    return issues.stream()
        .map(Renderings::issue)
        .map(s -> INDENT + s)
        .collect(Collectors.joining(NL));
  }

  /** One issue on one line: safety, version, location, description and what is at stake. */
  public static String issue(RollbackIssue issue) {
    StringBuilder text =
        new StringBuilder()
            .append('[')
            .append(issue.safety())
            .append("] ")
            .append(issue.rule().label())
            .append(' ')
            .append(issue.version());
    if (!issue.source().isEmpty()) {
      text.append(" (").append(issue.source());
      if (issue.line() > 0) {
        text.append(':').append(issue.line());
      }
      text.append(')');
    }
    text.append(": ").append(issue.description());
    issue.affectedData().ifPresent(data -> text.append(" — ").append(data));
    return text.toString();
  }

  /** The data losses, one per line, indented by two spaces. */
  public static String dataLoss(List<DataLoss> losses) {
    if (losses.isEmpty()) {
      return INDENT + "(no data lost)";
    }
    return losses.stream().map(loss -> INDENT + loss).collect(Collectors.joining(NL));
  }

  /** The plural noun of a kind of element with a change type, e.g. {@code tables added}. */
  public static String changeNoun(dev.surql.core.snapshot.ChangeType type, SchemaElement element) {
    return plural(element) + " " + type.name().toLowerCase(Locale.ROOT);
  }

  /** {@code tables}, {@code indexes}, {@code accesses}… */
  public static String plural(SchemaElement element) {
    String singular = element.name().toLowerCase(Locale.ROOT);
    return switch (element) {
      case INDEX -> "indexes";
      case ACCESS -> "accesses";
      default -> singular + "s";
    };
  }

  /** The singular noun of a kind of element, e.g. {@code table}. */
  public static String singular(SchemaElement element) {
    return element.name().toLowerCase(Locale.ROOT);
  }

  private static void definitions(StringBuilder out, Map<String, String> definitions) {
    definitions.values().forEach(definition -> line(out, "", definition));
  }

  private static void line(StringBuilder out, String indent, String text) {
    out.append(indent).append(text.strip().replace("\n", NL + indent)).append(NL);
  }
}

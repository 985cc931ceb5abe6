package dev.surql.assertj.presentation;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.migration.Migration;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.IndexSchema;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.TableSchema;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.MigrationVerdict;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.TimelineStep;
import java.util.ArrayList;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * Shows surql-test values readably in AssertJ messages: a snapshot as its version, checksum prefix
 * and tables instead of a dump of every definition; a diff as its list of changes; a table, field
 * or index as its definition. Every surql-test assertion uses it. It is deliberately not registered
 * through {@code META-INF/services} (AssertJ would print a banner on first use); to get it in plain
 * AssertJ assertions too, call {@code
 * Assertions.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION)} or register it in your
 * own {@code META-INF/services/org.assertj.core.presentation.Representation}.
 */
public class SurqlRepresentation extends StandardRepresentation {

  /** A shared instance. */
  public static final SurqlRepresentation SURQL_REPRESENTATION = new SurqlRepresentation();

  private static final int CHECKSUM_PREFIX = 12;

  @Override
  protected String fallbackToStringOf(Object object) {
    if (object instanceof SchemaSnapshot snapshot) {
      return "SchemaSnapshot[version="
          + snapshot.version()
          + ", checksum="
          + prefix(snapshot.checksum())
          + ", server="
          + snapshot.serverVersion()
          + ", tables="
          + new ArrayList<>(snapshot.schema().tables().keySet())
          + "]";
    }
    if (object instanceof SnapshotDiff diff) {
      return "SnapshotDiff["
          + diff.fromVersion()
          + " → "
          + diff.toVersion()
          + ": "
          + diff.changes()
          + "]";
    }
    if (object instanceof TableSchema table) {
      return table.definition();
    }
    if (object instanceof FieldSchema field) {
      return field.definition();
    }
    if (object instanceof IndexSchema index) {
      return index.definition();
    }
    if (object instanceof Migration migration) {
      return "Migration[" + migration.displayName() + "]";
    }
    if (object instanceof TimelineStep step) {
      return "TimelineStep["
          + step.version()
          + ": "
          + step.diff().changes()
          + ", analysed "
          + step.analysedSafety()
          + "]";
    }
    if (object instanceof MigrationTimeline timeline) {
      return "MigrationTimeline["
          + timeline.initial().version()
          + " → "
          + timeline.versions()
          + "]";
    }
    if (object instanceof ReversibilityResult result) {
      return "ReversibilityResult[" + result.version() + ": " + result.status() + "]";
    }
    if (object instanceof MigrationVerdict verdict) {
      return "MigrationVerdict["
          + verdict.version()
          + ": "
          + verdict.status().map(Enum::name).orElse("no round trip")
          + ", analysed "
          + verdict.analysedSafety()
          + verdict.declaredSafety().map(d -> ", declared " + d).orElse("")
          + (verdict.forwardFindings().isEmpty()
              ? ""
              : ", " + verdict.forwardFindings().size() + " forward findings")
          + "]";
    }
    if (object instanceof RollbackPlan plan) {
      return "RollbackPlan["
          + plan.fromVersion()
          + " → "
          + plan.toVersion().orElse("(nothing applied)")
          + ", undoes "
          + plan.versions()
          + ", "
          + plan.overallSafety()
          + ", "
          + plan.issues().size()
          + " issues]";
    }
    if (object instanceof RollbackIssue issue) {
      return Renderings.issue(issue);
    }
    return super.fallbackToStringOf(object);
  }

  /** Lowest priority: asked after any representation the project registers itself. */
  @Override
  public int getPriority() {
    return Integer.MIN_VALUE;
  }

  private static String prefix(String checksum) {
    return checksum.length() <= CHECKSUM_PREFIX
        ? checksum
        : checksum.substring(0, CHECKSUM_PREFIX) + "…";
  }
}

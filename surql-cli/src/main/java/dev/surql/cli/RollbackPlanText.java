package dev.surql.cli;

import dev.surql.core.internal.text.Abbreviation;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.Statement;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackPlanner;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints a {@link RollbackPlan} the way {@code surql migrate plan-rollback} shows it, as text or
 * JSON.
 */
final class RollbackPlanText {
  private RollbackPlanText() {}

  static String target(RollbackPlan plan) {
    return plan.toVersion().orElse(RollbackPlanner.NOTHING + " (nothing applied)");
  }

  static void print(PrintWriter out, RollbackPlan plan, boolean showSql) {
    out.println("Rollback Plan");
    out.println("From: " + plan.fromVersion());
    out.println("To: " + target(plan));
    out.println();
    out.println("Migrations to Rollback: " + plan.migrationCount());
    for (Migration migration : plan.migrations()) {
      out.println("  " + migration.displayName());
    }
    out.println(
        "Overall Safety: "
            + plan.overallSafety()
            + (plan.staticSafety() != plan.overallSafety()
                ? " (static analysis: " + plan.staticSafety() + "; the data at stake was counted)"
                : ""));
    if (!plan.issues().isEmpty()) {
      out.println();
      out.println("Safety Issues:");
      for (RollbackIssue issue : plan.issues()) {
        out.println(
            "  ["
                + issue.safety()
                + "] "
                + issue.version()
                + (issue.staticSafety() != issue.safety()
                    ? " (static: " + issue.staticSafety() + ")"
                    : ""));
        out.println("    " + issue.description());
        if (!issue.statement().isEmpty()) {
          out.println(
              "    at "
                  + issue.source()
                  + (issue.line() > 0 ? ":" + issue.line() : "")
                  + ": "
                  + Abbreviation.oneLine(issue.statement(), 99));
        }
        out.println("    → " + issue.recommendation());
        issue.affectedData().ifPresent(data -> out.println("    Affected: " + data));
      }
    }
    if (showSql) {
      out.println();
      out.println("SQL to Execute:");
      for (Migration migration : plan.migrations()) {
        out.println("-- " + migration.version() + " down (" + migration.source() + ")");
        for (Statement statement : migration.down().orElse(List.of())) {
          out.println(statement.text() + ";");
        }
        if (!migration.reversible()) {
          out.println("-- (no down section: this migration cannot be rolled back)");
        }
      }
    }
    out.println();
    out.println(
        plan.requiresApproval()
            ? "⚠️  This rollback requires approval (--force)"
            : "✓ This rollback is safe");
  }

  static Map<String, Object> json(RollbackPlan plan) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("from", plan.fromVersion());
    root.put("to", plan.toVersion().orElse(null));
    List<Map<String, Object>> migrations = new ArrayList<>();
    for (Migration migration : plan.migrations()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("version", migration.version());
      item.put("description", migration.description());
      item.put("source", migration.source());
      item.put("reversible", migration.reversible());
      item.put("down", migration.downStatements());
      migrations.add(item);
    }
    root.put("migrationCount", plan.migrationCount());
    root.put("migrations", migrations);
    root.put("overallSafety", plan.overallSafety().name());
    root.put("staticSafety", plan.staticSafety().name());
    root.put("dataAware", plan.dataAware());
    root.put("requiresApproval", plan.requiresApproval());
    List<Map<String, Object>> issues = new ArrayList<>();
    for (RollbackIssue issue : plan.issues()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("version", issue.version());
      item.put("safety", issue.safety().name());
      item.put("staticSafety", issue.staticSafety().name());
      item.put("description", issue.description());
      item.put("recommendation", issue.recommendation());
      item.put("statement", issue.statement());
      item.put("source", issue.source());
      item.put("line", issue.line());
      item.put("affectedData", issue.affectedData().orElse(null));
      item.put(
          "affectedRecords",
          issue.affectedRecords().isPresent() ? issue.affectedRecords().getAsLong() : null);
      issues.add(item);
    }
    root.put("issues", issues);
    root.put("statements", plan.statements());
    return root;
  }
}

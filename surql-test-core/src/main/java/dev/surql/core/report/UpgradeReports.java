package dev.surql.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.surql.core.internal.json.SurqlJson;
import dev.surql.core.rule.Finding;
import dev.surql.core.snapshot.CrossVersionNormalization;
import dev.surql.core.snapshot.SchemaChange;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.upgrade.UpgradeResult;
import dev.surql.core.upgrade.UpgradeStatus;
import java.io.IOException;

/**
 * Renders an {@link UpgradeReport} as JSON (for CI) and Markdown (for a pull-request comment).
 * Every finding carries its rule code, file:line, the server's message and the hint.
 */
public final class UpgradeReports {
  /** The JSON document's format version; bumped on incompatible changes. */
  public static final int FORMAT_VERSION = 1;

  private UpgradeReports() {}

  /** The report as a JSON document. */
  public static String toJson(UpgradeReport report) {
    ObjectNode root = SurqlJson.mapper().createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("location", report.location());
    root.put("from", CrossVersionNormalization.releaseLine(report.fromVersion()));
    root.put("fromServerVersion", report.fromVersion());
    root.put("to", CrossVersionNormalization.releaseLine(report.toVersion()));
    root.put("toServerVersion", report.toVersion());
    root.put("passed", report.passed());
    root.put("durationMs", report.duration().toMillis());
    ArrayNode migrations = root.putArray("migrations");
    for (UpgradeResult result : report.results()) {
      ObjectNode m = migrations.addObject();
      m.put("version", result.version());
      m.put("description", result.migration().description());
      m.put("source", result.migration().source());
      m.put("status", result.status().name());
      result.serverMessage().ifPresent(s -> m.put("serverMessage", s));
      ArrayNode findings = m.putArray("findings");
      for (Finding f : result.findings()) {
        ObjectNode n = findings.addObject();
        n.put("rule", f.rule().code());
        n.put("name", f.rule().shortName());
        n.put("level", f.level().name());
        n.put("message", f.message());
        f.location()
            .ifPresent(
                l -> {
                  n.put("file", l.file());
                  n.put("line", l.line());
                  if (l.column() > 0) {
                    n.put("column", l.column());
                  }
                });
        f.hint().ifPresent(h -> n.put("hint", h));
        f.surrealVersion().ifPresent(v -> n.put("surrealdb", v));
      }
      ArrayNode differences = m.putArray("differences");
      for (SchemaChange c : result.differences()) {
        ObjectNode d = differences.addObject();
        d.put("type", c.type().name());
        d.put("element", c.element().name());
        d.put("name", c.name());
        c.before().ifPresent(b -> d.put("from", b));
        c.after().ifPresent(a -> d.put("to", a));
      }
    }
    try {
      return SurqlJson.pretty().writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the upgrade report as JSON", e);
    }
  }

  /** The report as Markdown: a table per migration and the findings with their hints. */
  public static String toMarkdown(UpgradeReport report) {
    String nl = "\n";
    String from = CrossVersionNormalization.releaseLine(report.fromVersion());
    String to = CrossVersionNormalization.releaseLine(report.toVersion());
    StringBuilder md = new StringBuilder();
    md.append("# Upgrade check ")
        .append(from)
        .append(" → ")
        .append(to)
        .append(": ")
        .append(report.passed() ? "passed" : "FAILED")
        .append(nl)
        .append(nl);
    md.append("- Migrations: `").append(report.location()).append("`").append(nl);
    md.append("- From: ")
        .append(report.fromVersion())
        .append(", to: ")
        .append(report.toVersion())
        .append(nl);
    md.append("- ")
        .append(report.count(UpgradeStatus.APPLIES_ON_BOTH))
        .append(" apply on both, ")
        .append(report.count(UpgradeStatus.FAILS_ON_TARGET))
        .append(" fail on ")
        .append(to)
        .append(", ")
        .append(report.count(UpgradeStatus.SCHEMA_DIFFERS))
        .append(" give a different schema")
        .append(nl)
        .append(nl);
    md.append("| Version | Description | Result |").append(nl).append("|---|---|---|").append(nl);
    for (UpgradeResult r : report.results()) {
      md.append("| ")
          .append(r.version())
          .append(" | ")
          .append(VerificationReports.escape(r.migration().description()))
          .append(" | ")
          .append(
              r.breaks()
                  ? "**" + status(r.status(), from, to) + "**"
                  : status(r.status(), from, to))
          .append(" |")
          .append(nl);
    }
    boolean header = false;
    for (UpgradeResult r : report.results()) {
      if (r.findings().isEmpty()) {
        continue;
      }
      if (!header) {
        md.append(nl).append("## Findings").append(nl);
        header = true;
      }
      md.append(nl)
          .append("### ")
          .append(r.migration().displayName())
          .append(" — ")
          .append(status(r.status(), from, to))
          .append(nl)
          .append(nl);
      for (Finding f : r.findings()) {
        md.append("- `")
            .append(f.rule().label())
            .append("` ")
            .append(f.location().map(l -> "`" + l + "` ").orElse(""))
            .append(VerificationReports.escape(f.message()))
            .append(nl);
        f.hint().ifPresent(h -> md.append("  - ").append(VerificationReports.escape(h)).append(nl));
      }
    }
    return md.toString();
  }

  /** How a status reads in tables: {@code applies on both}, {@code fails on 3.0}, … */
  public static String status(UpgradeStatus status, String from, String to) {
    return switch (status) {
      case APPLIES_ON_BOTH -> "applies on both";
      case FAILS_ON_TARGET -> "fails on " + to;
      case SCHEMA_DIFFERS -> "different schema on " + to;
      case FAILS_ON_SOURCE -> "fails on " + from;
      case NOT_CHECKED -> "not checked";
    };
  }
}

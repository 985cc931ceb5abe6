package dev.surql.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.forward.ForwardIssue;
import dev.surql.core.internal.json.SurqlJson;
import dev.surql.core.internal.report.Findings;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.snapshot.SchemaChange;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.verify.CheckResult;
import dev.surql.core.verify.DataLoss;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.TimelineStep;
import dev.surql.core.verify.VerificationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a {@link VerificationReport} as JSON (for machines: CI, dashboards) and Markdown (for
 * people: pull-request comments), and writes both. Neither contains credentials: reports hold
 * migrations, schemas and results only.
 */
public final class VerificationReports {
  /** The JSON report's format version; bumped on incompatible changes. */
  public static final int FORMAT_VERSION = 1;

  private VerificationReports() {}

  /** The report as a JSON document. */
  public static String toJson(VerificationReport report) {
    ObjectNode root = SurqlJson.mapper().createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("location", report.location());
    root.put("serverVersion", report.serverVersion());
    root.put("passed", report.passed());
    root.put("durationMs", report.duration().toMillis());
    root.put("initialChecksum", report.timeline().initial().checksum());
    ArrayNode migrations = root.putArray("migrations");
    for (TimelineStep step : report.timeline().steps()) {
      ObjectNode m = migrations.addObject();
      m.put("version", step.version());
      m.put("description", step.migration().description());
      m.put("source", step.migration().source());
      m.put("checksumBefore", step.before().checksum());
      m.put("checksumAfter", step.after().checksum());
      m.put("durationMs", step.duration().toMillis());
      m.put("analysedSafety", step.analysedSafety().name());
      m.put("declaredSafety", step.declaredSafety().map(Enum::name).orElse(null));
      m.put("riskierThanDeclared", step.riskierThanDeclared());
      m.set("changes", changes(step.diff()));
      ArrayNode issues = m.putArray("issues");
      for (RollbackIssue issue : step.issues()) {
        ObjectNode i = issues.addObject();
        i.put("rule", issue.rule().code());
        i.put("staticSafety", issue.staticSafety().name());
        i.put("safety", issue.safety().name());
        i.put("statement", issue.statement());
        i.put("line", issue.line());
        i.put("description", issue.description());
        i.put("recommendation", issue.recommendation());
        issue.affectedData().ifPresent(a -> i.put("affectedData", a));
      }
      m.put("forwardSafety", step.analysedForward().name());
      m.put("declaredForward", step.declaredForward().map(Enum::name).orElse(null));
      m.put("forwardRiskierThanDeclared", step.forwardRiskierThanDeclared());
      ArrayNode forward = m.putArray("forwardFindings");
      for (ForwardIssue issue : step.forwardIssues()) {
        ObjectNode f = forward.addObject();
        f.put("rule", issue.rule().code());
        f.put("name", issue.rule().shortName());
        f.put("level", issue.toFinding().level().name());
        f.put("staticSafety", issue.staticSafety().name());
        f.put("safety", issue.safety().name());
        f.put("statement", issue.statement());
        f.put("line", issue.line());
        f.put("description", issue.description());
        f.put("hint", issue.hint());
        issue.affectedData().ifPresent(a -> f.put("affectedData", a));
        issue.affectedRecords().ifPresent(n -> f.put("affectedRecords", n));
      }
      report.result(step.version()).ifPresent(r -> m.set("reversibility", reversibility(r)));
      m.set("findings", findings(report.findings(step.version())));
    }
    for (ReversibilityResult r : report.results()) {
      if (report.timeline().step(r.version()).isEmpty()) {
        ObjectNode m = migrations.addObject();
        m.put("version", r.version());
        m.put("description", r.migration().description());
        m.set("reversibility", reversibility(r));
        m.set("findings", findings(report.findings(r.version())));
      }
    }
    ArrayNode checks = root.putArray("checks");
    for (CheckResult check : report.checks()) {
      ObjectNode c = checks.addObject();
      c.put("check", check.check().name());
      c.put("title", check.check().title());
      c.put("passed", check.passed());
      check.failures().forEach(c.withArray("failures")::add);
      check.notes().forEach(c.withArray("notes")::add);
      c.set("findings", findings(check.findings()));
    }
    root.set("findings", findings(report.findings()));
    try {
      return SurqlJson.pretty().writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the report as JSON", e);
    }
  }

  /**
   * Findings as a JSON array: rule code, name, level, version, message, location, hint, allowed.
   */
  static ArrayNode findings(List<Finding> findings) {
    ArrayNode array = SurqlJson.mapper().createArrayNode();
    for (Finding finding : findings) {
      ObjectNode f = array.addObject();
      f.put("rule", finding.rule().code());
      f.put("name", finding.rule().shortName());
      f.put("level", finding.level().name());
      f.put("version", finding.version());
      f.put("message", finding.message());
      finding
          .location()
          .ifPresent(
              l -> {
                f.put("file", l.file());
                f.put("line", l.line());
                f.put("column", l.column());
              });
      finding.hint().ifPresent(h -> f.put("hint", h));
      f.put("allowed", finding.isAllowed());
      finding.allowedBecause().ifPresent(r -> f.put("allowedReason", r));
      finding.surrealVersion().ifPresent(v -> f.put("surrealVersion", v));
    }
    return array;
  }

  private static ObjectNode reversibility(ReversibilityResult r) {
    ObjectNode node = SurqlJson.mapper().createObjectNode();
    node.put("status", r.status().name());
    node.put("reversible", r.reversible());
    node.put("durationMs", r.duration().toMillis());
    r.s2().ifPresent(s -> node.put("checksumAfterDown", s.checksum()));
    r.s3().ifPresent(s -> node.put("checksumAfterReapply", s.checksum()));
    r.downDiff().filter(d -> !d.isEmpty()).ifPresent(d -> node.set("notRestored", changes(d)));
    r.reapplyDiff()
        .filter(d -> !d.isEmpty())
        .ifPresent(d -> node.set("reapplyDiffers", changes(d)));
    ArrayNode losses = node.putArray("dataLoss");
    for (DataLoss loss : r.dataLoss()) {
      ObjectNode l = losses.addObject();
      l.put("table", loss.table());
      loss.field().ifPresent(f -> l.put("field", f));
      l.put("before", loss.before());
      l.put("after", loss.after());
    }
    r.error().ifPresent(e -> node.put("message", e));
    ArrayNode notes = node.putArray("notes");
    for (Finding note : r.notes()) {
      ObjectNode n = notes.addObject();
      n.put("rule", note.rule().code());
      n.put("name", note.rule().shortName());
      n.put("level", note.level().name());
      n.put("message", note.message());
      note.location()
          .ifPresent(
              l -> {
                n.put("file", l.file());
                n.put("line", l.line());
              });
      note.hint().ifPresent(h -> n.put("hint", h));
    }
    return node;
  }

  private static ArrayNode changes(SnapshotDiff diff) {
    ArrayNode array = SurqlJson.mapper().createArrayNode();
    for (SchemaChange change : diff.changes()) {
      ObjectNode c = array.addObject();
      c.put("type", change.type().name());
      c.put("element", change.element().name());
      c.put("name", change.name());
      change.before().ifPresent(b -> c.put("before", b));
      change.after().ifPresent(a -> c.put("after", a));
    }
    return array;
  }

  /** The report as Markdown: a summary table, the checks, and details of every failure. */
  public static String toMarkdown(VerificationReport report) {
    StringBuilder md = new StringBuilder();
    String nl = "\n";
    md.append("# Migration verification: ")
        .append(report.passed() ? "passed" : "FAILED")
        .append(nl)
        .append(nl);
    md.append("- Migrations: `").append(report.location()).append("`").append(nl);
    md.append("- Server: ").append(report.serverVersion()).append(nl);
    md.append("- Duration: ")
        .append(report.duration().toMillis())
        .append(" ms")
        .append(nl)
        .append(nl);
    md.append(
            "| Version | Description | Reversible | Declared | Analysed | Checksum after | Duration |")
        .append(nl);
    md.append("|---|---|---|---|---|---|---|").append(nl);
    for (TimelineStep step : report.timeline().steps()) {
      Optional<ReversibilityResult> r = report.result(step.version());
      md.append("| ")
          .append(step.version())
          .append(" | ")
          .append(escape(step.migration().description()))
          .append(" | ")
          .append(r.map(VerificationReports::reversibleCell).orElse("-"))
          .append(" | ")
          .append(step.declaredSafety().map(Enum::name).orElse("-"))
          .append(" | ")
          .append(step.analysedSafety().name())
          .append(step.riskierThanDeclared() ? " ⚠" : "")
          .append(" | `")
          .append(step.after().checksum(), 0, 12)
          .append("`")
          .append(" | ")
          .append(step.duration().toMillis())
          .append(" ms |")
          .append(nl);
    }
    boolean forwardHeader = false;
    for (TimelineStep step : report.timeline().steps()) {
      if (step.forwardIssues().isEmpty()) {
        continue;
      }
      if (!forwardHeader) {
        md.append(nl).append("## Forward safety (what each up does to existing data)").append(nl);
        forwardHeader = true;
      }
      md.append(nl)
          .append("### ")
          .append(step.migration().displayName())
          .append(" — ")
          .append(step.analysedForward().name())
          .append(
              step.declaredForward()
                  .map(
                      d ->
                          " (declared "
                              + d.name()
                              + (step.forwardRiskierThanDeclared() ? " ⚠" : "")
                              + ")")
                  .orElse(""))
          .append(nl)
          .append(nl);
      for (ForwardIssue issue : step.forwardIssues()) {
        md.append("- `")
            .append(issue.rule().label())
            .append("` ")
            .append(issue.safety().name())
            .append(" line ")
            .append(issue.line())
            .append(": ")
            .append(escape(issue.description()))
            .append(issue.affectedData().map(a -> " — " + escape(a)).orElse(""))
            .append(". Fix: ")
            .append(escape(issue.hint()))
            .append(nl);
      }
    }
    md.append(nl).append("## Checks").append(nl).append(nl);
    for (CheckResult check : report.checks()) {
      md.append("- ").append(check.passed() ? "✔ " : "✘ ").append(check.check().title()).append(nl);
      check.failures().forEach(f -> md.append("  - ").append(f.replace("\n", " ")).append(nl));
      check.notes().forEach(n -> md.append("  - note: ").append(n.replace("\n", " ")).append(nl));
    }
    md.append(findingsMarkdown(report.findings()));
    boolean header = false;
    for (ReversibilityResult r : report.results()) {
      boolean interesting =
          r.downDiff().map(d -> !d.isEmpty()).orElse(false)
              || r.reapplyDiff().map(d -> !d.isEmpty()).orElse(false)
              || !r.dataLoss().isEmpty()
              || r.error().isPresent()
              || !r.notes().isEmpty();
      if (!interesting) {
        continue;
      }
      if (!header) {
        md.append(nl).append("## Details").append(nl);
        header = true;
      }
      md.append(nl)
          .append("### ")
          .append(r.migration().displayName())
          .append(" — ")
          .append(r.status())
          .append(nl);
      r.error().ifPresent(e -> md.append(nl).append(e.replace("\n", " ")).append(nl));
      if (!r.notes().isEmpty()) {
        md.append(nl);
        r.notes()
            .forEach(
                n ->
                    md.append("- note `")
                        .append(n.rule().label())
                        .append("`: ")
                        .append(n.message())
                        .append(n.hint().map(h -> " (" + h + ")").orElse(""))
                        .append(nl));
      }
      r.downDiff()
          .filter(d -> !d.isEmpty())
          .ifPresent(
              d ->
                  md.append(nl)
                      .append("Not restored by down:")
                      .append(nl)
                      .append(nl)
                      .append("```")
                      .append(nl)
                      .append(
                          d.changes().stream()
                              .map(VerificationReports::line)
                              .reduce("", (a, b) -> a + b + nl))
                      .append("```")
                      .append(nl));
      r.reapplyDiff()
          .filter(d -> !d.isEmpty())
          .ifPresent(
              d ->
                  md.append(nl)
                      .append("Re-applying differs:")
                      .append(nl)
                      .append(nl)
                      .append("```")
                      .append(nl)
                      .append(
                          d.changes().stream()
                              .map(VerificationReports::line)
                              .reduce("", (a, b) -> a + b + nl))
                      .append("```")
                      .append(nl));
      if (!r.dataLoss().isEmpty()) {
        md.append(nl).append("Seeded data destroyed by down:").append(nl);
        r.dataLoss().forEach(l -> md.append("- ").append(l).append(nl));
      }
    }
    return md.toString();
  }

  /**
   * A Markdown section listing findings: code, level, migration, where, message, and the reason of
   * those an {@code -- @allow:} line accepted. Empty when there are none.
   */
  static String findingsMarkdown(List<Finding> findings) {
    if (findings.isEmpty()) {
      return "";
    }
    StringBuilder md = new StringBuilder();
    String nl = "\n";
    long errors = findings.stream().filter(Findings::fails).count();
    long allowed = findings.stream().filter(Finding::isAllowed).count();
    md.append(nl)
        .append("## Findings")
        .append(nl)
        .append(nl)
        .append(findings.size())
        .append(findings.size() == 1 ? " finding" : " findings")
        .append(", ")
        .append(errors)
        .append(errors == 1 ? " error" : " errors")
        .append(", ")
        .append(allowed)
        .append(" allowed")
        .append(" (codes: docs/rules.md)")
        .append(nl)
        .append(nl);
    md.append("| Code | Level | Migration | Where | Finding |").append(nl);
    md.append("|---|---|---|---|---|").append(nl);
    for (Finding f : findings) {
      md.append("| ")
          .append(f.rule().code())
          .append(" ")
          .append(f.rule().shortName())
          .append(" | ")
          .append(f.isAllowed() ? "allowed" : f.level().name().toLowerCase(Locale.ROOT))
          .append(" | ")
          .append(f.version().isEmpty() ? "-" : f.version())
          .append(" | ")
          .append(f.location().map(l -> "`" + escape(l.toString()) + "`").orElse("-"))
          .append(" | ")
          .append(escape(f.message()))
          .append(f.allowedBecause().map(r -> " (allowed: " + escape(r) + ")").orElse(""))
          .append(" |")
          .append(nl);
    }
    return md.toString();
  }

  private static String line(SchemaChange change) {
    return change
        + change.before().map(b -> "\n    - " + b).orElse("")
        + change.after().map(a -> "\n    + " + a).orElse("");
  }

  static String reversibleCell(ReversibilityResult r) {
    return switch (r.status()) {
          case REVERSIBLE -> "yes";
          case NOT_REVERSIBLE -> "**no**";
          case REAPPLY_DIFFERS -> "**re-apply differs**";
          case IRREVERSIBLE -> "skipped (no down)";
          case FAILED -> "**failed**";
        }
        + (r.dataLoss().isEmpty() ? "" : " (loses " + r.recordsLost() + ")")
        + noteSuffix(r);
  }

  /**
   * {@code (no-op up)}, {@code (up changed nothing)}: the notes that change how a verdict reads.
   */
  public static String noteSuffix(ReversibilityResult r) {
    if (r.hasNote(Rule.NO_OP_UP)) {
      return " (no-op up)";
    }
    return r.hasNote(Rule.UP_CHANGED_NOTHING) ? " (up changed nothing)" : "";
  }

  static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  /** Writes {@code <name>.json} and {@code <name>.md} into a directory, creating it if needed. */
  public static ReportFiles write(VerificationReport report, Path directory, String name) {
    String safe =
        name.replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT).isEmpty()
            ? "report"
            : name.replaceAll("[^A-Za-z0-9._-]", "_");
    try {
      Files.createDirectories(directory);
      Path json = directory.resolve(safe + ".json");
      Path markdown = directory.resolve(safe + ".md");
      Files.writeString(json, toJson(report), StandardCharsets.UTF_8);
      Files.writeString(markdown, toMarkdown(report), StandardCharsets.UTF_8);
      return new ReportFiles(json, markdown);
    } catch (IOException e) {
      throw new SurqlException(
          ErrorCode.INVALID_CONFIGURATION,
          "Cannot write the verification report to " + directory + ": " + e.getMessage(),
          e);
    }
  }

  /** Where {@link #write} put the two files. */
  public record ReportFiles(Path json, Path markdown) {}
}

package dev.surql.core.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.surql.core.internal.json.SurqlJson;
import dev.surql.core.migration.Migration;
import dev.surql.core.snapshot.CrossVersionNormalization;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.VerificationReport;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders the verification of one migration set on several SurrealDB release lines (a version
 * matrix) as one JSON and one Markdown document: per migration, one result per line, each naming
 * its line and server version; and each line's whole report.
 */
public final class VersionMatrixReports {
  /** The JSON document's format version; bumped on incompatible changes. */
  public static final int FORMAT_VERSION = 1;

  private VersionMatrixReports() {}

  /** Whether every line's verification passed. */
  public static boolean passed(List<VerificationReport> reports) {
    return reports.stream().allMatch(VerificationReport::passed);
  }

  /** The migrations of all reports, in the order of the first one that has each. */
  public static List<Migration> migrations(List<VerificationReport> reports) {
    Map<String, Migration> migrations = new LinkedHashMap<>();
    for (VerificationReport report : reports) {
      report.results().forEach(r -> migrations.putIfAbsent(r.version(), r.migration()));
    }
    return List.copyOf(migrations.values());
  }

  /** The matrix as a JSON document. */
  public static String toJson(List<VerificationReport> reports) {
    Objects.requireNonNull(reports, "reports");
    ObjectNode root = SurqlJson.mapper().createObjectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("location", reports.isEmpty() ? "" : reports.get(0).location());
    root.put("passed", passed(reports));
    ArrayNode lines = root.putArray("surrealdb");
    reports.forEach(r -> lines.add(CrossVersionNormalization.releaseLine(r.serverVersion())));
    ArrayNode migrations = root.putArray("migrations");
    for (Migration migration : migrations(reports)) {
      ObjectNode m = migrations.addObject();
      m.put("version", migration.version());
      m.put("description", migration.description());
      ArrayNode results = m.putArray("results");
      for (VerificationReport report : reports) {
        ObjectNode cell = results.addObject();
        cell.put("surrealdb", CrossVersionNormalization.releaseLine(report.serverVersion()));
        cell.put("serverVersion", report.serverVersion());
        Optional<ReversibilityResult> r = report.result(migration.version());
        cell.put("status", r.map(x -> x.status().name()).orElse("NOT_RUN"));
        cell.put("passed", r.map(VersionMatrixReports::passed).orElse(false));
        r.flatMap(ReversibilityResult::error).ifPresent(e -> cell.put("message", e));
      }
    }
    ArrayNode perLine = root.putArray("reports");
    for (VerificationReport report : reports) {
      try {
        ObjectNode one = perLine.addObject();
        one.put("surrealdb", CrossVersionNormalization.releaseLine(report.serverVersion()));
        one.set("report", SurqlJson.mapper().readTree(VerificationReports.toJson(report)));
      } catch (IOException e) {
        throw new IllegalStateException("cannot render the matrix report as JSON", e);
      }
    }
    try {
      return SurqlJson.pretty().writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the matrix report as JSON", e);
    }
  }

  /** The matrix as Markdown: migrations × lines, then each line's failed checks. */
  public static String toMarkdown(List<VerificationReport> reports) {
    String nl = "\n";
    StringBuilder md = new StringBuilder();
    md.append("# Migration verification on ")
        .append(
            String.join(
                ", ",
                reports.stream()
                    .map(
                        r ->
                            "SurrealDB " + CrossVersionNormalization.releaseLine(r.serverVersion()))
                    .toList()))
        .append(": ")
        .append(passed(reports) ? "passed" : "FAILED")
        .append(nl)
        .append(nl);
    md.append("| Version | Description |");
    reports.forEach(
        r ->
            md.append(" ")
                .append(CrossVersionNormalization.releaseLine(r.serverVersion()))
                .append(" |"));
    md.append(nl).append("|---|---|");
    reports.forEach(r -> md.append("---|"));
    md.append(nl);
    for (Migration migration : migrations(reports)) {
      md.append("| ")
          .append(migration.version())
          .append(" | ")
          .append(VerificationReports.escape(migration.description()))
          .append(" |");
      for (VerificationReport report : reports) {
        md.append(" ")
            .append(
                report
                    .result(migration.version())
                    .map(VerificationReports::reversibleCell)
                    .orElse("not run"))
            .append(" |");
      }
      md.append(nl);
    }
    for (VerificationReport report : reports) {
      md.append(nl)
          .append("## SurrealDB ")
          .append(CrossVersionNormalization.releaseLine(report.serverVersion()))
          .append(" (")
          .append(report.serverVersion())
          .append("): ")
          .append(report.passed() ? "passed" : "FAILED")
          .append(nl)
          .append(nl);
      report
          .checks()
          .forEach(
              c -> {
                md.append("- ")
                    .append(c.passed() ? "✔ " : "✘ ")
                    .append(c.check().title())
                    .append(nl);
                c.failures()
                    .forEach(f -> md.append("  - ").append(f.replace("\n", " ")).append(nl));
              });
    }
    return md.toString();
  }

  /** Whether one cell passed: reversible, or skipped as irreversible. */
  public static boolean passed(ReversibilityResult result) {
    return switch (result.status()) {
      case REVERSIBLE, IRREVERSIBLE -> true;
      default -> false;
    };
  }
}

package dev.surql.cli;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.SurqlTest;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.forward.ForwardIssue;
import dev.surql.core.internal.report.Findings;
import dev.surql.core.internal.text.Abbreviation;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.MigrationValidationException;
import dev.surql.core.report.AnnotationMode;
import dev.surql.core.report.ReportOutputs;
import dev.surql.core.report.VerificationReports;
import dev.surql.core.report.VersionMatrixReports;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.RuleLevel;
import dev.surql.core.snapshot.CrossVersionNormalization;
import dev.surql.core.snapshot.SchemaChange;
import dev.surql.core.verify.CheckResult;
import dev.surql.core.verify.DataLoss;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.TimelineStep;
import dev.surql.core.verify.VerificationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code surql migrate verify}: the one-line CI check. On fresh databases (an embedded engine
 * started for the run unless {@code --url} is given) it applies every migration with the
 * reversibility round trip (up, down, up again, comparing schemas) and the rollback safety
 * analysis, prints a table and the built-in checks, optionally writes JSON and Markdown reports,
 * and exits 1 when any check fails.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = SurqlCommand.Version.class,
    description = {
      "Verify every migration on a fresh database; exit 1 if a check fails.",
      "Checks: all apply from empty, each down restores the schema, re-applying gives the same schema, "
          + "declared @rollback safety matches the analysis, no up does more to existing data than its declared "
          + "@forward level (forward findings SQ401-SQ413 are printed per migration).",
      "Uses an embedded in-memory engine unless --url is given (then it creates and removes fresh databases).",
      "Notes (no failure by themselves): SQ210 an up with only comments (a placeholder), SQ211 an up that changed"
          + " neither the schema nor any data, SQ212 a down with only comments (a no-op down, judged like any"
          + " down). A migration with '-- @transaction: none' is applied and reverted statement by statement.",
      "With --surrealdb 2.6,3.0 it verifies on an embedded engine of each release line and prints a migrations x "
          + "versions table; exit 1 if any cell fails. The reports then cover every line: SARIF has one run per"
          + " line, JUnit XML one test suite per line, and each result and annotation names its line."
    })
public final class VerifyCommand extends MigrateSubcommand {

  @Option(
      names = "--report",
      paramLabel = "FILE.json",
      description = "Also write the report as JSON.")
  private Path jsonReport;

  @Option(
      names = "--markdown",
      paramLabel = "FILE.md",
      description = "Also write the report as Markdown.")
  private Path markdownReport;

  @Option(
      names = "--sarif",
      paramLabel = "FILE.sarif",
      description =
          "Also write the findings as SARIF 2.1.0 (for code scanning, e.g. GitHub's upload-sarif),"
              + " with paths relative to the repository root.")
  private Path sarifReport;

  @Option(
      names = "--junit-xml",
      paramLabel = "FILE.xml",
      description =
          "Also write JUnit XML: one test case per migration and check, for CI systems that read test reports.")
  private Path junitXmlReport;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      description =
          "What makes the exit code 1: error (a failed check: an error no -- @allow: accepted), warning"
              + " (also a warning), none (never). Default: ${DEFAULT-VALUE}.")
  private String failOn;

  @Option(
      names = "--annotations",
      paramLabel = "MODE",
      defaultValue = "auto",
      description =
          "GitHub annotations (::error file=…,line=…,title=SQxxx::…) and the Markdown report appended to"
              + " $GITHUB_STEP_SUMMARY: auto (on when GITHUB_ACTIONS=true), github (always), none. Default: ${DEFAULT-VALUE}.")
  private String annotations;

  @Override
  public Integer call() {
    PrintWriter out = out();
    ReportOutputs outputs = outputs();
    MigrationSet migrations = load(outputs, out);
    if (migrations.isEmpty()) {
      throw new SurqlException(
          ErrorCode.MIGRATION_INVALID,
          "No migrations in "
              + migrations.location()
              + ": nothing to verify. Point --migrations at the directory that holds the .surql files.");
    }
    List<SurrealVersion> lines = connection().versions();
    if (lines.size() > 1) {
      return verifyMatrix(
          migrations, lines.stream().map(SurrealVersion::line).toList(), outputs, out);
    }
    progress("Verifying " + migrations.size() + " migrations from " + migrations.location() + " …");
    VerificationReport report;
    try (SurqlTest surql = connection().configureEngineOnly().migrations(migrations).load()) {
      report = surql.verify();
    }
    print(out, report);
    outputs.write(report, line -> out.println(line));
    out.flush();
    return fails(report) ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  /**
   * Loads the migrations; those that do not load are written to the reports as load findings first.
   */
  private MigrationSet load(ReportOutputs outputs, PrintWriter out) {
    try {
      return connection().loadMigrations();
    } catch (MigrationValidationException e) {
      outputs.writeLoadFailure(
          connection().migrationsLocation(),
          Findings.ofLoadProblems(e.problems()),
          line -> out.println(line));
      out.flush();
      throw e;
    }
  }

  /**
   * Verifies the set on an embedded engine of every line, one after the other, prints the migration
   * × line table and each line's failures, and writes the matrix reports (JSON, Markdown, SARIF,
   * JUnit XML, annotations), each naming the line of every result.
   */
  private Integer verifyMatrix(
      MigrationSet migrations, List<String> lines, ReportOutputs outputs, PrintWriter out) {
    List<VerificationReport> reports = new ArrayList<>();
    for (String line : lines) {
      progress(
          "Verifying "
              + migrations.size()
              + " migrations from "
              + migrations.location()
              + " on SurrealDB "
              + line
              + " …");
      try (SurqlTest surql =
          connection().configureEmbedded(line, "--surrealdb").migrations(migrations).load()) {
        reports.add(surql.verify());
      }
    }
    printMatrix(out, reports);
    outputs.writeMatrix(reports, line -> out.println(line));
    out.flush();
    return reports.stream().anyMatch(this::fails) ? ExitCodes.FAILURE : ExitCodes.OK;
  }

  static void printMatrix(PrintWriter out, List<VerificationReport> reports) {
    List<String> lines =
        reports.stream()
            .map(r -> CrossVersionNormalization.releaseLine(r.serverVersion()))
            .toList();
    out.println(
        "Verifying "
            + VersionMatrixReports.migrations(reports).size()
            + " migrations from "
            + reports.get(0).location()
            + " on "
            + reports.stream()
                .map(VerificationReport::serverVersion)
                .collect(Collectors.joining(", ")));
    out.println();
    List<String> header = new ArrayList<>(List.of("Version", "Description"));
    lines.forEach(l -> header.add("SurrealDB " + l));
    TextTable table = new TextTable(header.toArray(String[]::new));
    for (Migration migration : VersionMatrixReports.migrations(reports)) {
      List<String> row = new ArrayList<>(List.of(migration.version(), migration.description()));
      for (VerificationReport report : reports) {
        row.add(
            report.result(migration.version()).map(VerifyCommand::reversible).orElse("not run"));
      }
      table.row(row.toArray());
    }
    out.print(table.plain());
    for (int i = 0; i < reports.size(); i++) {
      VerificationReport report = reports.get(i);
      for (ReversibilityResult result : report.results()) {
        if (!VersionMatrixReports.passed(result)) {
          out.println();
          out.println(
              Rule.FAILS_ON_VERSION.label()
                  + " "
                  + result.migration().displayName()
                  + " ("
                  + result.migration().source()
                  + ") on SurrealDB "
                  + lines.get(i)
                  + ": "
                  + result.status()
                  + result.error().map(e -> ": " + e.strip().replace("\n", "\n    ")).orElse(""));
        }
      }
      for (CheckResult check : report.checks()) {
        if (!check.passed()) {
          out.println();
          out.println("SurrealDB " + lines.get(i) + ": ✘ " + check.check().title());
          check.failures().forEach(f -> out.println("      " + f.replace("\n", "\n      ")));
        }
      }
    }
    out.println();
    long failed = reports.stream().filter(r -> !r.passed()).count();
    if (failed == 0) {
      out.println(
          "Verification passed on "
              + String.join(", ", lines)
              + ": "
              + VersionMatrixReports.migrations(reports).size()
              + " migrations.");
    } else {
      out.println(
          "Verification FAILED on "
              + reports.stream()
                  .filter(r -> !r.passed())
                  .map(r -> CrossVersionNormalization.releaseLine(r.serverVersion()))
                  .collect(Collectors.joining(", "))
              + ".");
    }
    out.flush();
  }

  private boolean fails(VerificationReport report) {
    return switch (failOn.strip().toLowerCase(Locale.ROOT)) {
      case "error" -> !report.passed();
      case "warning" ->
          !report.passed()
              || report.findings().stream().anyMatch(f -> Findings.atLeast(f, RuleLevel.WARNING));
      case "none" -> false;
      default ->
          throw new CliException(
              ExitCodes.USAGE,
              "Invalid --fail-on value '" + failOn + "': use error, warning or none.");
    };
  }

  private ReportOutputs outputs() {
    if (!java.util.List.of("error", "warning", "none")
        .contains(failOn.strip().toLowerCase(Locale.ROOT))) {
      throw new CliException(
          ExitCodes.USAGE, "Invalid --fail-on value '" + failOn + "': use error, warning or none.");
    }
    AnnotationMode mode =
        AnnotationMode.parse(annotations)
            .orElseThrow(
                () ->
                    new CliException(
                        ExitCodes.USAGE,
                        "Invalid --annotations value '"
                            + annotations
                            + "': use auto, github or none."));
    return ReportOutputs.create()
        .withJson(jsonReport)
        .withMarkdown(markdownReport)
        .withSarif(sarifReport)
        .withJUnitXml(junitXmlReport)
        .withAnnotations(mode)
        .withToolVersion(SurqlCommand.Version.number());
  }

  static void print(PrintWriter out, VerificationReport report) {
    out.println(
        "Verifying "
            + report.results().size()
            + " migrations from "
            + report.location()
            + " on "
            + report.serverVersion());
    out.println();
    TextTable table =
        new TextTable("Version", "Description", "Reversible", "Declared", "Analysed", "Duration");
    for (ReversibilityResult result : report.results()) {
      Optional<TimelineStep> step = report.timeline().step(result.version());
      String analysed =
          step.map(s -> s.analysedSafety().name() + (s.riskierThanDeclared() ? " (riskier!)" : ""))
              .orElse("-");
      table.row(
          result.version(),
          result.migration().description(),
          reversible(result),
          result.migration().declaredSafety().map(Enum::name).orElse("-"),
          analysed,
          Durations.format(result.duration()));
    }
    out.print(table.plain());
    printDetails(out, report);
    printForward(out, report);
    out.println();
    out.println("Checks:");
    for (CheckResult check : report.checks()) {
      out.println("  " + (check.passed() ? "✔ " : "✘ ") + check.check().title());
      for (String failure : check.failures()) {
        out.println("      " + failure.replace("\n", "\n      "));
      }
      for (String note : check.notes()) {
        out.println("      note: " + note.replace("\n", "\n      "));
      }
    }
    printFindings(out, report.findings());
    out.println();
    long failed = report.checks().stream().filter(c -> !c.passed()).count();
    if (failed == 0) {
      out.println(
          "Verification passed: "
              + report.results().size()
              + " migrations, "
              + report.checks().size()
              + " checks, "
              + Durations.format(report.duration())
              + ".");
    } else {
      out.println(
          "Verification FAILED: "
              + failed
              + " of "
              + report.checks().size()
              + " checks failed ("
              + Durations.format(report.duration())
              + ").");
    }
    out.flush();
  }

  /**
   * The findings that are not notes (errors, warnings, allowed), one per row, and a count of all.
   */
  static void printFindings(PrintWriter out, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    List<Finding> shown =
        findings.stream().filter(f -> f.level() != RuleLevel.NOTE || f.isAllowed()).toList();
    out.println();
    out.println(
        "Findings ("
            + findings.size()
            + ", "
            + (findings.size() - shown.size())
            + " notes not listed; every code is explained in docs/rules.md):");
    if (shown.isEmpty()) {
      return;
    }
    TextTable table = new TextTable("Code", "Level", "Version", "Where", "Finding");
    for (Finding f : shown) {
      table.row(
          f.rule().label(),
          f.isAllowed() ? "allowed" : f.level().name().toLowerCase(Locale.ROOT),
          f.version().isEmpty() ? "-" : f.version(),
          f.location().map(Object::toString).orElse("-"),
          Abbreviation.oneLine(f.message(), 99)
              + f.allowedBecause().map(r -> " (allowed: " + r + ")").orElse(""));
    }
    out.print(table.plain());
  }

  private static String reversible(ReversibilityResult result) {
    String text =
        switch (result.status()) {
          case REVERSIBLE -> "yes";
          case NOT_REVERSIBLE -> "NO";
          case REAPPLY_DIFFERS -> "yes, re-apply differs";
          case IRREVERSIBLE -> "skipped (no down)";
          case FAILED -> "FAILED";
        };
    return (result.dataLoss().isEmpty() ? text : text + " (loses " + result.recordsLost() + ")")
        + VerificationReports.noteSuffix(result);
  }

  /** The forward findings of each up (what it does to existing data), with the declared level. */
  private static void printForward(PrintWriter out, VerificationReport report) {
    for (TimelineStep step : report.timeline().steps()) {
      if (step.forwardIssues().isEmpty()) {
        continue;
      }
      out.println();
      out.println(
          step.migration().displayName()
              + ": up is "
              + step.analysedForward().fileName()
              + step.declaredForward()
                  .map(d -> " (declared @forward: " + d.fileName() + ")")
                  .orElse("")
              + " for existing data");
      for (ForwardIssue issue : step.forwardIssues()) {
        out.println(
            "  "
                + issue.rule().label()
                + " line "
                + issue.line()
                + ": "
                + issue.description()
                + issue.affectedData().map(a -> " [" + a + "]").orElse(""));
        out.println("    fix: " + issue.hint());
      }
    }
  }

  private static void printDetails(PrintWriter out, VerificationReport report) {
    for (ReversibilityResult result : report.results()) {
      boolean downDiffers = result.downDiff().map(d -> !d.isEmpty()).orElse(false);
      boolean reapplyDiffers = result.reapplyDiff().map(d -> !d.isEmpty()).orElse(false);
      boolean failed = result.status() == dev.surql.core.verify.ReversibilityStatus.FAILED;
      if (!downDiffers
          && !reapplyDiffers
          && !failed
          && result.dataLoss().isEmpty()
          && result.notes().isEmpty()) {
        continue;
      }
      out.println();
      out.println(
          result.migration().displayName()
              + " ("
              + result.migration().source()
              + "): "
              + result.status());
      if (failed) {
        result.error().ifPresent(e -> out.println("  " + e.replace("\n", "\n  ")));
      }
      for (Finding note : result.notes()) {
        out.println(
            "  note "
                + note.rule().label()
                + ": "
                + note.message()
                + note.hint().map(h -> System.lineSeparator() + "    " + h).orElse(""));
      }
      if (downDiffers) {
        out.println("  down does not restore the schema from before up:");
        for (SchemaChange change : result.downDiff().get().changes()) {
          out.println(
              "    "
                  + change
                  + switch (change.type()) {
                    case ADDED -> "  (left behind: down does not remove it)";
                    case REMOVED -> "  (missing: it existed before up, down removed it)";
                    case MODIFIED -> "  (differs from before up)";
                  });
          change.before().ifPresent(b -> out.println("        before up: " + b));
          change.after().ifPresent(a -> out.println("        after down: " + a));
        }
      }
      if (reapplyDiffers) {
        out.println("  re-applying up after down gives a different schema:");
        for (SchemaChange change : result.reapplyDiff().get().changes()) {
          out.println("    " + change);
        }
      }
      for (DataLoss loss : result.dataLoss()) {
        out.println("  seeded data destroyed by down: " + loss);
      }
    }
  }

  /** Writes a report file, creating its directory, and says where on {@code out}. */
  static void write(Path path, String content, PrintWriter out) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.FAILURE,
          "Cannot write the report to "
              + path
              + ": "
              + e
              + ". Check that the directory is writable.");
    }
    out.println("Report written to " + path);
  }
}

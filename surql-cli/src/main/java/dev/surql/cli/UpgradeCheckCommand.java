package dev.surql.cli;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.SurqlTest;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.report.UpgradeReports;
import dev.surql.core.rule.Finding;
import dev.surql.core.snapshot.CrossVersionNormalization;
import dev.surql.core.snapshot.SchemaChange;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.upgrade.UpgradeResult;
import dev.surql.core.upgrade.UpgradeStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code surql migrate upgrade-check --from 2.6 --to 3.0}: applies the history on an embedded
 * engine of each release line and prints, per migration, whether it applies on both, fails on the
 * target (with the server's message, file:line and a hint from the table of known 2.x → 3.x
 * changes), or gives a different schema. Exits 1 when a migration breaks.
 */
@Command(
    name = "upgrade-check",
    mixinStandardHelpOptions = true,
    versionProvider = SurqlCommand.Version.class,
    description = {
      "Check that the migration history still applies after a SurrealDB upgrade; exit 1 if a "
          + "migration breaks.",
      "Applies every migration on an embedded engine of --from and of --to, and reports per migration: applies "
          + "on both / fails on the target (server message, file:line, the known 2.x -> 3.x change and its "
          + "replacement) / applies on both but gives a different schema (compared after normalising how the "
          + "versions print definitions).",
      "Findings carry rule codes SQ501-SQ512 (docs/rules.md)."
    })
public final class UpgradeCheckCommand extends MigrateSubcommand {

  @Option(
      names = "--from",
      required = true,
      paramLabel = "LINE",
      description = "The release line the history runs on today, e.g. 2.6.")
  private String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "LINE",
      description = "The release line to upgrade to, e.g. 3.0.")
  private String to;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "TABLE",
      description = "What to print on stdout: TABLE (default), JSON or MARKDOWN.")
  private ReportFormat format;

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

  @Override
  public Integer call() {
    MigrationSet migrations = connection().loadMigrations();
    if (migrations.isEmpty()) {
      throw new SurqlException(
          ErrorCode.MIGRATION_INVALID,
          "No migrations in "
              + migrations.location()
              + ": nothing to check. Point --migrations at the directory that holds the .surql files.");
    }
    progress(
        "Checking "
            + migrations.size()
            + " migrations from "
            + migrations.location()
            + " on "
            + from
            + " and "
            + to
            + " …");
    UpgradeReport report;
    try (SurqlTest surql =
        connection().configureEmbedded(from, "--from").migrations(migrations).load()) {
      report = surql.upgradeCheck(connection().line(to, "--to"));
    }
    PrintWriter out = out();
    switch (format) {
      case JSON -> out.println(UpgradeReports.toJson(report));
      case MARKDOWN -> out.print(UpgradeReports.toMarkdown(report));
      case TABLE -> print(out, report);
    }
    Optional.ofNullable(jsonReport)
        .ifPresent(p -> VerifyCommand.write(p, UpgradeReports.toJson(report), out));
    Optional.ofNullable(markdownReport)
        .ifPresent(p -> VerifyCommand.write(p, UpgradeReports.toMarkdown(report), out));
    out.flush();
    return report.passed() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  static void print(PrintWriter out, UpgradeReport report) {
    String fromLine = CrossVersionNormalization.releaseLine(report.fromVersion());
    String toLine = CrossVersionNormalization.releaseLine(report.toVersion());
    out.println(
        "Upgrade check of "
            + report.results().size()
            + " migrations from "
            + report.location()
            + ": "
            + report.fromVersion()
            + " → "
            + report.toVersion());
    out.println();
    TextTable table = new TextTable("Version", "Description", "Result");
    for (UpgradeResult r : report.results()) {
      table.row(
          r.version(),
          r.migration().description(),
          UpgradeReports.status(r.status(), fromLine, toLine));
    }
    out.print(table.plain());
    for (UpgradeResult r : report.results()) {
      if (r.findings().isEmpty()) {
        continue;
      }
      out.println();
      out.println(
          r.migration().displayName() + ": " + UpgradeReports.status(r.status(), fromLine, toLine));
      for (Finding f : r.findings()) {
        out.println(
            "  "
                + f.rule().label()
                + f.location().map(l -> " " + l).orElse("")
                + ": "
                + f.message());
        f.hint().ifPresent(h -> out.println("      hint: " + h));
      }
      for (SchemaChange c : r.differences()) {
        c.before().ifPresent(b -> out.println("      " + fromLine + ": " + b));
        c.after().ifPresent(a -> out.println("      " + toLine + ": " + a));
      }
    }
    out.println();
    if (report.passed()) {
      out.println(
          "Upgrade check passed: all "
              + report.results().size()
              + " migrations apply on "
              + toLine
              + " as on "
              + fromLine
              + " ("
              + Durations.format(report.duration())
              + ").");
    } else {
      out.println(
          "Upgrade check FAILED: "
              + report.broken().size()
              + " of "
              + report.results().size()
              + " migrations break on "
              + toLine
              + " ("
              + report.count(UpgradeStatus.FAILS_ON_TARGET)
              + " fail, "
              + report.count(UpgradeStatus.SCHEMA_DIFFERS)
              + " give a different schema"
              + (report.count(UpgradeStatus.FAILS_ON_SOURCE) > 0
                  ? ", "
                      + report.count(UpgradeStatus.FAILS_ON_SOURCE)
                      + " fail on "
                      + fromLine
                      + " already"
                  : "")
              + "; "
              + Durations.format(report.duration())
              + ").");
    }
  }
}

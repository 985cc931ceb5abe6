package dev.surql.cli;

import dev.surql.core.SurqlTest;
import dev.surql.core.internal.migration.MigrationVersions;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.migration.FailedMigration;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.MigrationStatus;
import dev.surql.core.migration.MigrationStatusProblem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code surql migrate status}: the local migrations and the database's history side by side, with
 * the current version and any disagreement (edited or missing migrations, migrations recorded as
 * failed with the statement they stopped at); exits 1 when history and files disagree.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    versionProvider = SurqlCommand.Version.class,
    description = {
      "Show which migrations are applied, failed and pending; exit 1 if history and files disagree"
          + " or a migration is recorded as failed.",
      "A failed migration (one with '-- @transaction: none' that stopped part way) is neither applied nor"
          + " pending: its row names the statement it stopped at; repair it with 'surql migrate repair'."
    })
public final class MigrateStatusCommand extends MigrateSubcommand {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or json (default table).")
  private OutputFormat format;

  @Override
  public Integer call() {
    try (SurqlTest surql = connection().configure(true).load()) {
      MigrationSet migrations = surql.migrations();
      MigrationStatus status = surql.status();
      String where = where(surql);
      if (format == OutputFormat.JSON) {
        out().print(Json.write(json(status, where, migrations)));
        out().println();
      } else {
        print(out(), status, where, migrations);
      }
      return status.isConsistent() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
  }

  private record Row(
      String version,
      String description,
      String state,
      Optional<AppliedMigration> applied,
      Optional<FailedMigration> failed) {}

  private static List<Row> rows(MigrationStatus status, MigrationSet migrations) {
    Map<String, Row> rows = new TreeMap<>(MigrationVersions::compare);
    for (AppliedMigration applied : status.applied()) {
      boolean local = migrations.contains(applied.version());
      String state =
          !local
              ? "missing locally"
              : status.problems(MigrationStatusProblem.Kind.CHECKSUM_MISMATCH).stream()
                      .anyMatch(p -> p.version().equals(applied.version()))
                  ? "changed"
                  : "applied";
      rows.put(
          applied.version(),
          new Row(
              applied.version(),
              applied.description(),
              state,
              Optional.of(applied),
              Optional.empty()));
    }
    for (FailedMigration failed : status.failed()) {
      rows.put(
          failed.version(),
          new Row(
              failed.version(),
              failed.description(),
              "FAILED at "
                  + failed.direction().name().toLowerCase(java.util.Locale.ROOT)
                  + " statement "
                  + failed.statementNumber()
                  + " of "
                  + failed.statementCount()
                  + " (line "
                  + failed.line()
                  + ")",
              Optional.empty(),
              Optional.of(failed)));
    }
    for (Migration pending : status.pending()) {
      boolean outOfOrder =
          status.problems(MigrationStatusProblem.Kind.OUT_OF_ORDER_PENDING).stream()
              .anyMatch(p -> p.version().equals(pending.version()));
      rows.put(
          pending.version(),
          new Row(
              pending.version(),
              pending.description(),
              outOfOrder ? "pending (out of order)" : "pending",
              Optional.empty(),
              Optional.empty()));
    }
    return new ArrayList<>(rows.values());
  }

  private static void print(
      PrintWriter out, MigrationStatus status, String where, MigrationSet migrations) {
    out.println("Migrations of " + where + " (local: " + migrations.location() + ")");
    out.println();
    List<Row> rows = rows(status, migrations);
    if (rows.isEmpty()) {
      out.println("No migrations: none in " + migrations.location() + " and none applied.");
    } else {
      TextTable table = new TextTable("Version", "Description", "State", "Applied At");
      for (Row row : rows) {
        table.row(
            row.version(),
            row.description(),
            row.state(),
            row.applied()
                .map(a -> Timestamps.format(a.appliedAt()))
                .or(() -> row.failed().map(f -> Timestamps.format(f.failedAt())))
                .orElse(""));
      }
      out.print(table.plain());
    }
    out.println();
    out.println(
        "Current version: "
            + status.currentVersion().orElse("(none applied)")
            + "  applied: "
            + status.applied().size()
            + (status.failed().isEmpty() ? "" : "  failed: " + status.failed().size())
            + "  pending: "
            + status.pending().size());
    if (!status.isConsistent()) {
      out.println();
      out.println("Problems (" + status.problems().size() + "):");
      for (MigrationStatusProblem problem : status.problems()) {
        out.println("  [" + problem.kind() + "] " + problem.message().replace("\n", "\n    "));
      }
    }
  }

  private static Map<String, Object> json(
      MigrationStatus status, String where, MigrationSet migrations) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("database", where);
    root.put("location", migrations.location());
    root.put("currentVersion", status.currentVersion().orElse(null));
    List<Map<String, Object>> list = new ArrayList<>();
    for (Row row : rows(status, migrations)) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("version", row.version());
      item.put("description", row.description());
      item.put("state", row.state());
      item.put("appliedAt", row.applied().map(a -> a.appliedAt().toString()).orElse(null));
      row.failed()
          .ifPresent(
              f -> {
                Map<String, Object> failed = new LinkedHashMap<>();
                failed.put("failedAt", f.failedAt().toString());
                failed.put("direction", f.direction().name().toLowerCase(java.util.Locale.ROOT));
                failed.put("statement", f.statementNumber());
                failed.put("statementCount", f.statementCount());
                failed.put("file", f.source());
                failed.put("line", f.line());
                failed.put("text", f.statement());
                failed.put("serverMessage", f.serverMessage());
                item.put("failed", failed);
              });
      list.add(item);
    }
    root.put("migrations", list);
    List<Map<String, Object>> problems = new ArrayList<>();
    for (MigrationStatusProblem problem : status.problems()) {
      problems.add(
          Map.of(
              "kind",
              problem.kind().name(),
              "version",
              problem.version(),
              "message",
              problem.message()));
    }
    root.put("problems", problems);
    root.put("consistent", status.isConsistent());
    root.put("upToDate", status.isUpToDate());
    return root;
  }
}

package dev.surql.cli;

import dev.surql.core.SurqlTest;
import dev.surql.core.forward.ForwardAnalyzer;
import dev.surql.core.forward.ForwardIssue;
import dev.surql.core.forward.ForwardPlan;
import dev.surql.core.forward.ForwardSafety;
import dev.surql.core.forward.ForwardSettings;
import dev.surql.core.migration.Migration;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code surql migrate plan-up [--format table|json] [--index-threshold N] [--max-level LEVEL]}:
 * what the pending migrations' ups would do to the data already in the database (forward safety),
 * counted there with read-only queries; changes nothing. The counterpart of {@code plan-rollback}.
 */
@Command(
    name = "plan-up",
    mixinStandardHelpOptions = true,
    versionProvider = SurqlCommand.Version.class,
    description = {
      "Show what the pending migrations would do to the data already in the database, counted there with "
          + "read-only queries (forward safety, rules SQ401-SQ413); change nothing.",
      "Exit 1 when a pending up does more than its -- @forward: declaration, or more than --max-level."
    })
public final class PlanUpCommand extends MigrateSubcommand {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or json (default table).")
  private OutputFormat format;

  @Option(
      names = "--index-threshold",
      paramLabel = "RECORDS",
      description =
          "From how many records an index built without CONCURRENTLY counts as unsafe (default "
              + ForwardSettings.DEFAULT_INDEX_THRESHOLD
              + ", or "
              + ForwardSettings.INDEX_THRESHOLD_PROPERTY
              + " / "
              + ForwardSettings.INDEX_THRESHOLD_ENV
              + ").")
  private Long indexThreshold;

  @Option(
      names = "--max-level",
      paramLabel = "LEVEL",
      description =
          "Exit 1 when any pending up is riskier than LEVEL after counting: safe, data_loss or unsafe "
              + "(default: only declarations are enforced).")
  private String maxLevel;

  @Override
  public Integer call() {
    Optional<ForwardSafety> max = Optional.empty();
    if (maxLevel != null) {
      max = ForwardSafety.parse(maxLevel);
      if (max.isEmpty()) {
        throw new CliException(
            ExitCodes.USAGE,
            "Invalid --max-level '" + maxLevel + "': expected safe, data_loss or unsafe");
      }
    }
    ForwardSettings settings =
        indexThreshold == null
            ? ForwardSettings.fromEnvironment()
            : new ForwardSettings(indexThreshold);
    try (SurqlTest surql = connection().configure(true).forwardSettings(settings).load()) {
      progress("Analysing the pending migrations against " + where(surql));
      ForwardPlan plan = surql.planUp();
      List<String> failures = new ArrayList<>();
      Map<Migration, List<ForwardIssue>> byMigration = new LinkedHashMap<>();
      for (Migration migration : plan.pending()) {
        List<ForwardIssue> own = plan.issues(migration.version());
        byMigration.put(migration, own);
        ForwardSafety counted = ForwardAnalyzer.overallSafety(own);
        migration
            .declaredForward()
            .filter(counted::isRiskierThan)
            .ifPresent(
                declared ->
                    failures.add(
                        migration.version()
                            + ": up is "
                            + counted.fileName()
                            + " on this data but declared @forward: "
                            + declared.fileName()));
        Optional<ForwardSafety> limit = max;
        limit
            .filter(counted::isRiskierThan)
            .ifPresent(
                level ->
                    failures.add(
                        migration.version()
                            + ": up is "
                            + counted.fileName()
                            + " on this data, above --max-level "
                            + level.fileName()));
      }
      String where = where(surql);
      if (format == OutputFormat.JSON) {
        out().println(Json.write(json(where, byMigration, failures)));
      } else {
        print(out(), where, byMigration, failures);
      }
      return failures.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }
  }

  private static void print(
      PrintWriter out,
      String where,
      Map<Migration, List<ForwardIssue>> byMigration,
      List<String> failures) {
    out.println("Forward plan for " + where + " (read-only: nothing was applied)");
    out.println();
    if (byMigration.isEmpty()) {
      out.println("No pending migrations.");
      return;
    }
    TextTable table =
        new TextTable(
            "Version", "Description", "Declared @forward", "Static", "On this data", "Findings");
    byMigration.forEach(
        (m, own) ->
            table.row(
                m.version(),
                m.description(),
                m.declaredForward().map(ForwardSafety::fileName).orElse("-"),
                ForwardAnalyzer.staticSafety(own).fileName(),
                ForwardAnalyzer.overallSafety(own).fileName(),
                own.size()));
    out.print(table.plain());
    byMigration.forEach(
        (m, own) -> {
          for (ForwardIssue issue : own) {
            out.println();
            out.println(
                "["
                    + issue.safety().name()
                    + "] "
                    + issue.rule().label()
                    + "  "
                    + issue.source()
                    + ":"
                    + issue.line());
            out.println("  " + issue.description());
            issue.affectedData().ifPresent(a -> out.println("  At stake: " + a));
            out.println("  Fix: " + issue.hint());
          }
        });
    if (!failures.isEmpty()) {
      out.println();
      failures.forEach(f -> out.println("✗ " + f));
    }
  }

  private static Map<String, Object> json(
      String where, Map<Migration, List<ForwardIssue>> byMigration, List<String> failures) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("database", where);
    List<Object> migrations = new ArrayList<>();
    byMigration.forEach(
        (m, own) -> {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("version", m.version());
          entry.put("description", m.description());
          entry.put(
              "declaredForward", m.declaredForward().map(ForwardSafety::fileName).orElse(null));
          entry.put("staticSafety", ForwardAnalyzer.staticSafety(own).fileName());
          entry.put("safety", ForwardAnalyzer.overallSafety(own).fileName());
          List<Object> findings = new ArrayList<>();
          for (ForwardIssue issue : own) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("rule", issue.rule().code());
            f.put("name", issue.rule().shortName());
            f.put("staticSafety", issue.staticSafety().fileName());
            f.put("safety", issue.safety().fileName());
            f.put("file", issue.source());
            f.put("line", issue.line());
            f.put("statement", issue.statement());
            f.put("description", issue.description());
            f.put("affectedData", issue.affectedData().orElse(null));
            f.put(
                "affectedRecords",
                issue.affectedRecords().isPresent() ? issue.affectedRecords().getAsLong() : null);
            f.put("hint", issue.hint());
            findings.add(f);
          }
          entry.put("findings", findings);
          migrations.add(entry);
        });
    root.put("migrations", migrations);
    root.put("failures", failures);
    return root;
  }
}

package dev.surql.cli;

import dev.surql.core.SurqlTest;
import dev.surql.core.migration.MigrateResult;
import dev.surql.core.migration.MigrationEvent;
import dev.surql.core.migration.MigrationListener;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.PlannedStatement;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code surql migrate up [--target V] [--dry-run]}: applies the pending migrations, oldest first,
 * each in its own transaction with its history row; or, with {@code --dry-run}, prints the
 * statements it would run.
 */
@Command(
    name = "up",
    mixinStandardHelpOptions = true,
    versionProvider = SurqlCommand.Version.class,
    description = {
      "Apply pending migrations (up to --target), each in its own transaction with its history row.",
      "A migration whose header has '-- @transaction: none' runs statement by statement instead, for statements"
          + " the engine cannot commit together (e.g. REMOVE TABLE, then DEFINE INDEX on that table). That gives up"
          + " atomicity: a failure part way leaves the statements before it applied and records the migration as"
          + " failed (see 'migrate status'); up then refuses to run until 'surql migrate repair VERSION'"
          + " --rollback, --mark-applied or --forget.",
      "Refused at load, with file and line: USE, DEFINE/REMOVE NAMESPACE|DATABASE, users and access ON"
          + " ROOT|NAMESPACE, unless the header opts in with '-- @scope: namespace|root' (never USE)."
    })
public final class MigrateUpCommand extends MigrateSubcommand {

  @Option(names = "--target", paramLabel = "VERSION", description = "Stop after this version.")
  private String target;

  @Option(names = "--dry-run", description = "Print the statements that would run; change nothing.")
  private boolean dryRun;

  @Override
  public Integer call() {
    PrintWriter out = out();
    try (SurqlTest surql =
        connection()
            .configure(true)
            .listener(
                new MigrationListener() {
                  @Override
                  public void afterMigrate(MigrationEvent event) {
                    out.println(
                        "  applied "
                            + event.migration().displayName()
                            + event
                                .duration()
                                .map(d -> " (" + Durations.format(d) + ")")
                                .orElse(""));
                    out.flush();
                  }
                })
            .load()) {
      MigrationSet migrations = surql.migrations();
      String where = where(surql);
      if (dryRun) {
        List<PlannedStatement> planned = target == null ? surql.dryRun() : surql.dryRun(target);
        printPlan(out, planned, where);
        return ExitCodes.OK;
      }
      out.println(
          "Migrating "
              + where
              + " with "
              + migrations.size()
              + " migrations from "
              + migrations.location());
      MigrateResult result = target == null ? surql.migrate() : surql.migrate(target);
      if (result.isEmpty()) {
        out.println(
            "Nothing to apply: "
                + where
                + " is up to date"
                + surql.status().currentVersion().map(v -> " (at " + v + ").").orElse("."));
      } else {
        out.println(
            "Applied "
                + result.count()
                + (result.count() == 1 ? " migration" : " migrations")
                + " in "
                + Durations.format(result.totalDuration())
                + "; "
                + where
                + " is now at "
                + result.versions().get(result.count() - 1)
                + ".");
      }
      return ExitCodes.OK;
    }
  }

  private static void printPlan(PrintWriter out, List<PlannedStatement> planned, String where) {
    if (planned.isEmpty()) {
      out.println("Nothing to apply: " + where + " is up to date. (dry run: nothing was changed)");
      return;
    }
    String version = null;
    long migrations = planned.stream().map(PlannedStatement::version).distinct().count();
    for (PlannedStatement statement : planned) {
      if (!statement.version().equals(version)) {
        version = statement.version();
        out.println("-- " + version + " (" + statement.file() + ")");
      }
      out.println(statement.text() + ";");
    }
    out.println();
    out.println(
        "Dry run: "
            + migrations
            + (migrations == 1 ? " migration" : " migrations")
            + ", "
            + planned.size()
            + (planned.size() == 1 ? " statement" : " statements")
            + " would run on "
            + where
            + "; nothing was changed.");
  }
}

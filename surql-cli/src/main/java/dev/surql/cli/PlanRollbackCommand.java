package dev.surql.cli;

import dev.surql.core.SurqlTest;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code surql migrate plan-rollback VERSION [--show-sql] [--format table|json]}: what rolling back
 * to a version would undo and destroy, counted against the real data; changes nothing.
 */
@Command(
    name = "plan-rollback",
    mixinStandardHelpOptions = true,
    versionProvider = SurqlCommand.Version.class,
    description =
        "Show what rolling back to VERSION would undo and how safe it is; change nothing.")
public final class PlanRollbackCommand extends MigrateSubcommand {

  @Parameters(
      index = "0",
      paramLabel = "VERSION",
      description =
          "The version to roll back to (it stays applied); "
              + RollbackPlanner.NOTHING
              + " for nothing.")
  private String target;

  @Option(names = "--show-sql", description = "Also print the down statements that would run.")
  private boolean showSql;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or json (default table).")
  private OutputFormat format;

  @Override
  public Integer call() {
    try (SurqlTest surql = connection().configure(true).load()) {
      RollbackPlan plan = surql.planRollback(target);
      if (format == OutputFormat.JSON) {
        out().println(Json.write(RollbackPlanText.json(plan)));
      } else {
        RollbackPlanText.print(out(), plan, showSql);
      }
      return ExitCodes.OK;
    }
  }
}

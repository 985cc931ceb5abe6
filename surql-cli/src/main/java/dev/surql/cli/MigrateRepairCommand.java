package dev.surql.cli;

import dev.surql.core.SurqlTest;
import dev.surql.core.migration.FailedMigration;
import dev.surql.core.migration.RepairAction;
import dev.surql.core.migration.RepairResult;
import java.io.PrintWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code surql migrate repair VERSION --rollback|--mark-applied|--forget}: repairs a migration
 * recorded as failed (a {@code -- @transaction: none} migration that stopped part way), in Flyway's
 * manner, so that {@code migrate up} runs again.
 */
@Command(
    name = "repair",
    mixinStandardHelpOptions = true,
    versionProvider = SurqlCommand.Version.class,
    description = {
      "Repair a migration recorded as failed, so that migrate up runs again.",
      "A migration with '-- @transaction: none' runs statement by statement: a failure part way leaves the"
          + " statements before it applied and records the migration as failed (migrate status shows the"
          + " statement it stopped at), and migrate up refuses to run until it is repaired. Put the database"
          + " right first, then choose one action."
    },
    footer = ExitCodes.HELP_FOOTER)
public final class MigrateRepairCommand extends MigrateSubcommand {

  @Parameters(index = "0", paramLabel = "VERSION", description = "The failed migration's version.")
  private String version;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Action action;

  static final class Action {
    @Option(
        names = "--rollback",
        required = true,
        description =
            "Run its down statement by statement, then remove the failed row: it is pending again."
                + " Stops at a down statement that fails.")
    boolean rollback;

    @Option(
        names = "--mark-applied",
        required = true,
        description =
            "Record it as applied (with the local file's checksum): you ran the rest of it by hand.")
    boolean markApplied;

    @Option(
        names = "--forget",
        required = true,
        description =
            "Remove the failed row only: you undid what it applied by hand; it is pending again.")
    boolean forget;

    RepairAction value() {
      return rollback
          ? RepairAction.ROLL_BACK
          : markApplied ? RepairAction.MARK_APPLIED : RepairAction.FORGET;
    }
  }

  @Override
  public Integer call() {
    try (SurqlTest surql = connection().configure(true).load()) {
      PrintWriter out = out();
      String where = where(surql);
      RepairResult result = surql.repair(version, action.value());
      FailedMigration repaired = result.repaired();
      out.println(
          "Repaired migration "
              + repaired.version()
              + (repaired.description().isEmpty() ? "" : " " + repaired.description())
              + " on "
              + where
              + " (it had failed at "
              + repaired.describe()
              + "):");
      out.println(
          switch (result.action()) {
            case ROLL_BACK ->
                "  rolled back: its down ran statement by statement and the failed row was removed;"
                    + " it is pending again.";
            case MARK_APPLIED -> "  marked as applied with the local checksum.";
            case FORGET -> "  the failed row was removed; it is pending again.";
          });
      out.flush();
      return ExitCodes.OK;
    }
  }
}

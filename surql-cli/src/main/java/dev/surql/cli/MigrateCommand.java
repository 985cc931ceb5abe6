package dev.surql.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code surql migrate}: the migration commands. Its connection options ({@link ConnectionOptions})
 * are inherited by every subcommand, so they can be given on either.
 */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    versionProvider = SurqlCommand.Version.class,
    description = "Apply, inspect, snapshot, roll back and verify migrations.",
    synopsisSubcommandLabel = "COMMAND",
    footer = ExitCodes.HELP_FOOTER,
    subcommands = {
      MigrateUpCommand.class,
      MigrateStatusCommand.class,
      MigrateRepairCommand.class,
      SnapshotCommand.class,
      ListSnapshotsCommand.class,
      PlanRollbackCommand.class,
      RollbackCommand.class,
      CompareCommand.class,
      VerifyCommand.class,
      PlanUpCommand.class,
      UpgradeCheckCommand.class
    })
public final class MigrateCommand implements Runnable {

  @ParentCommand private SurqlCommand root;

  @Mixin private ConnectionOptions connection;

  @Spec private CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "Missing subcommand: one of " + String.join(", ", spec.subcommands().keySet()) + ".");
  }

  SurqlCommand root() {
    return root;
  }

  ConnectionOptions connection() {
    return connection;
  }
}

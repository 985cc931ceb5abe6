package dev.surql.cli;

import dev.surql.core.SurqlTest;
import dev.surql.core.rollback.RollbackOptions;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackPlanner;
import dev.surql.core.rollback.RollbackResult;
import dev.surql.core.snapshot.SchemaSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code surql migrate rollback VERSION [--force] [--dry-run] [--yes]}: plans the rollback, prints
 * the plan, refuses a plan that is not SAFE without {@code --force}, asks for confirmation unless
 * {@code --yes}, then runs the downs newest first, each in its own transaction. A plan whose
 * history changed while waiting for the answer is refused.
 */
@Command(
    name = "rollback",
    mixinStandardHelpOptions = true,
    versionProvider = SurqlCommand.Version.class,
    description = "Roll back to VERSION: print the plan, confirm, then run the downs newest first.")
public final class RollbackCommand extends MigrateSubcommand {

  @Parameters(
      index = "0",
      paramLabel = "VERSION",
      description =
          "The version to roll back to (it stays applied); "
              + RollbackPlanner.NOTHING
              + " for nothing.")
  private String target;

  @Option(
      names = "--force",
      description = "Accept a rollback that loses data (DATA_LOSS or UNSAFE).")
  private boolean force;

  @Option(
      names = "--dry-run",
      description = "Print the plan and what would be rolled back; change nothing.")
  private boolean dryRun;

  @Option(
      names = {"--yes", "-y"},
      description = "Do not ask for confirmation.")
  private boolean yes;

  @Override
  public Integer call() {
    try (SurqlTest surql = connection().configure(true).load()) {
      PrintWriter out = out();
      String where = where(surql);
      RollbackPlan plan = surql.planRollback(target);
      RollbackPlanText.print(out, plan, false);
      out.println();
      if (dryRun) {
        RollbackResult result =
            surql.rollback(plan, RollbackOptions.defaults().withForce(force).withDryRun(true));
        out.println(
            "Dry run: would roll back "
                + count(result.rolledBackCount())
                + " ("
                + String.join(", ", result.rolledBackVersions())
                + ") of "
                + where
                + " to "
                + RollbackPlanText.target(plan)
                + "; nothing was changed."
                + (plan.requiresApproval() && !force
                    ? " The real run needs --force: the plan is " + plan.overallSafety() + "."
                    : ""));
        return ExitCodes.OK;
      }
      if (plan.requiresApproval() && !force) {
        throw new CliException(
            ExitCodes.APPROVAL_NEEDED,
            "Refusing to roll back "
                + where
                + " to "
                + RollbackPlanText.target(plan)
                + ": the plan is "
                + plan.overallSafety()
                + " (see the issues above). "
                + "Back up the affected data, then run again with --force to accept the loss.");
      }
      if (!yes) {
        out.print("Proceed with rollback? [yes/NO]: ");
        out.flush();
        String answer = readAnswer();
        if (System.console() == null) {
          out.println(); // the answer was not typed on a terminal, so nothing ended the prompt's
          // line
        }
        if (answer == null || !(answer.equals("yes") || answer.equals("y"))) {
          throw new CliException(
              ExitCodes.APPROVAL_NEEDED,
              "Rollback cancelled: "
                  + (answer == null
                      ? "no answer (standard input is closed); pass --yes to run without asking."
                      : "the answer was '" + answer + "', not yes. Nothing was changed."));
        }
      }
      RollbackResult result = surql.rollback(plan, RollbackOptions.defaults().withForce(force));
      if (!result.success()) {
        throw new CliException(
            ExitCodes.FAILURE,
            "Rollback of "
                + where
                + " to "
                + RollbackPlanText.target(plan)
                + " failed after rolling back "
                + count(result.rolledBackCount())
                + (result.rolledBackVersions().isEmpty()
                    ? ""
                    : " (" + String.join(", ", result.rolledBackVersions()) + ")")
                + ": "
                + String.join(System.lineSeparator(), result.errors()));
      }
      out.println(
          "Rolled back "
              + count(result.rolledBackCount())
              + " ("
              + String.join(", ", result.rolledBackVersions())
              + ") in "
              + Durations.format(result.duration())
              + "; "
              + where
              + " is now at "
              + RollbackPlanText.target(plan)
              + ".");
      out.println(
          "Snapshots stored: "
              + result.before().map(SchemaSnapshot::version).orElse("-")
              + " (before), "
              + result.after().map(SchemaSnapshot::version).orElse("-")
              + " (after).");
      for (String error : result.errors()) {
        err().println("surql: warning: " + error);
      }
      return ExitCodes.OK;
    }
  }

  private String readAnswer() {
    try {
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in(), Charset.defaultCharset()));
      String line = reader.readLine();
      return line == null ? null : line.strip().toLowerCase(Locale.ROOT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the confirmation from standard input", e);
    }
  }

  private static String count(int migrations) {
    return migrations + (migrations == 1 ? " migration" : " migrations");
  }
}

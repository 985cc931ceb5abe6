package dev.surql.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code surql:migrate}: applies the pending migrations to the database ({@code surql migrate up}).
 */
@Mojo(name = "migrate", threadSafe = true, requiresProject = false)
public class MigrateMojo extends AbstractSurqlMojo {

  /** Stop after this version. */
  @Parameter(property = "surql.target")
  String target;

  /** Print the statements that would run; change nothing. */
  @Parameter(property = "surql.dryRun", defaultValue = "false")
  boolean dryRun;

  @Override
  String subcommand() {
    return "up";
  }

  @Override
  void goalArgs(List<String> args) {
    option(args, "--target", target);
    if (dryRun) {
      args.add("--dry-run");
    }
  }
}

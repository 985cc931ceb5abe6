package dev.surql.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code surql:plan-rollback}: what rolling back to a version would run and what it would do to the
 * data, without running it ({@code surql migrate plan-rollback}).
 */
@Mojo(name = "plan-rollback", threadSafe = true, requiresProject = false)
public class PlanRollbackMojo extends AbstractSurqlMojo {

  /** The version to roll back to (it stays applied; everything after it is rolled back). */
  @Parameter(property = "surql.rollback.target")
  String target;

  /** Also print the down statements that would run. */
  @Parameter(property = "surql.rollback.showSql", defaultValue = "false")
  boolean showSql;

  @Override
  String subcommand() {
    return "plan-rollback";
  }

  @Override
  void goalArgs(List<String> args) throws MojoExecutionException {
    if (target == null || target.isBlank()) {
      throw new MojoExecutionException(
          "surql:plan-rollback needs the version to roll back to: set <target>"
              + " (-Dsurql.rollback.target=VERSION).");
    }
    args.add(target.strip());
    if (showSql) {
      args.add("--show-sql");
    }
  }
}

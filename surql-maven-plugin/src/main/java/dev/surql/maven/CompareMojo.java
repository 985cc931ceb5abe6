package dev.surql.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code surql:compare}: the schema changes between two snapshots ({@code surql migrate compare}).
 */
@Mojo(name = "compare", threadSafe = true, requiresProject = false)
public class CompareMojo extends AbstractSurqlMojo {

  /** The snapshot to compare from: a stored snapshot's version, or a snapshot JSON file. */
  @Parameter(property = "surql.compare.from")
  String from;

  /** The snapshot to compare to: a stored snapshot's version, or a snapshot JSON file. */
  @Parameter(property = "surql.compare.to")
  String to;

  @Override
  boolean readsMigrations() {
    return false;
  }

  @Override
  String subcommand() {
    return "compare";
  }

  @Override
  void goalArgs(List<String> args) throws MojoExecutionException {
    if (from == null || from.isBlank() || to == null || to.isBlank()) {
      throw new MojoExecutionException(
          "surql:compare needs two snapshots: set <from> and <to> (-Dsurql.compare.from="
              + "VERSION -Dsurql.compare.to=VERSION), each a stored snapshot's version or a snapshot JSON file.");
    }
    args.add(from.strip());
    args.add(to.strip());
  }
}

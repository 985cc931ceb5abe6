package dev.surql.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code surql:snapshot}: takes a schema snapshot of the database ({@code surql migrate snapshot}).
 */
@Mojo(name = "snapshot", threadSafe = true, requiresProject = false)
public class SnapshotMojo extends AbstractSurqlMojo {

  /** The version to label the snapshot with (default: the latest applied migration). */
  @Parameter(property = "surql.snapshot.version")
  String version;

  /** Write the snapshot to this JSON file instead of the snapshot store. */
  @Parameter(property = "surql.snapshot.output")
  File output;

  /** Overwrite a different snapshot already stored under the version. */
  @Parameter(property = "surql.snapshot.replace", defaultValue = "false")
  boolean replace;

  @Override
  boolean readsMigrations() {
    return false;
  }

  @Override
  String subcommand() {
    return "snapshot";
  }

  @Override
  void goalArgs(List<String> args) {
    option(args, "--version", version);
    if (output != null) {
      option(args, "--output", output.getPath());
    }
    if (replace) {
      args.add("--replace");
    }
  }
}

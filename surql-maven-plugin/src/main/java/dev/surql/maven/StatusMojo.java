package dev.surql.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code surql:status}: which migrations are applied and pending, and any drift between the
 * database's history and the files ({@code surql migrate status}).
 */
@Mojo(name = "status", threadSafe = true, requiresProject = false)
public class StatusMojo extends AbstractSurqlMojo {

  @Override
  String subcommand() {
    return "status";
  }

  @Override
  void goalArgs(List<String> args) {
    // no options of its own
  }
}

package dev.surql.cli;

import dev.surql.core.SurqlTest;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code surql migrate} subcommand has: the inherited connection options, the output
 * writers of its command line, and the input confirmations are read from.
 */
abstract class MigrateSubcommand implements Callable<Integer> {

  @ParentCommand private MigrateCommand migrate;

  @Spec private CommandSpec spec;

  ConnectionOptions connection() {
    return migrate.connection();
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  boolean verbose() {
    return migrate.root().verbose();
  }

  java.io.InputStream in() {
    return migrate.root().in();
  }

  CommandSpec spec() {
    return spec;
  }

  /** The namespace and database a command works on, {@code ns/db}, for messages. */
  static String where(SurqlTest surql) {
    return surql.client().settings().namespace() + "/" + surql.client().settings().database();
  }

  /** Prints a progress line on stderr with --verbose. */
  void progress(String message) {
    if (verbose()) {
      err().println(message);
      err().flush();
    }
  }
}

package dev.surql.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What every goal of the plugin shares, configured like Flyway's plugin: where the migrations are,
 * which server (an embedded in-memory SurrealDB unless {@code url} is set), namespace and database,
 * and the credentials, taken from a {@code settings.xml} {@code <server>} when {@code serverId} is
 * set. Every parameter has a {@code -Dsurql.*} property. Each goal runs the {@code surql} command's
 * code in the Maven JVM, so a goal and the command do the same thing.
 */
abstract class AbstractSurqlMojo extends AbstractMojo {

  /**
   * The migration directory, or {@code classpath:<path>} (snapshot and compare do not read
   * migrations, so they need none).
   */
  @Parameter(
      property = "surql.migrations",
      defaultValue = "${project.basedir}/src/main/resources/db/migrations")
  String migrations;

  /**
   * The HTTP URL of a running SurrealDB, e.g. {@code http://127.0.0.1:8000}. When not set, an
   * embedded in-memory SurrealDB (Node.js) is started for the goal.
   */
  @Parameter(property = "surql.url")
  String url;

  /**
   * The SurrealDB release line to run, e.g. {@code 3.0} or {@code 2.3} (the CLI's {@code
   * --surrealdb}); by default the embedded engine's own. {@code surql:verify} also takes several,
   * e.g. {@code 2.6,3.0}: it then verifies on an embedded engine of each, and its reports cover
   * every line.
   */
  @Parameter(property = "surql.version")
  String surrealdb;

  /**
   * Engine capabilities for the embedded engine, comma-separated, e.g. {@code experimental:files}.
   */
  @Parameter(property = "surql.capabilities")
  String capabilities;

  /** The namespace (an embedded engine uses {@code surql} when not set). */
  @Parameter(property = "surql.namespace")
  String namespace;

  /** The database (an embedded engine uses {@code surql} when not set). */
  @Parameter(property = "surql.database")
  String database;

  /** The user; overridden by the {@code <server>} named by {@code serverId}. */
  @Parameter(property = "surql.user")
  String user;

  /** The password; overridden by the {@code <server>} named by {@code serverId}. Never logged. */
  @Parameter(property = "surql.password")
  String password;

  /** The id of a {@code <server>} in {@code settings.xml} whose username and password to use. */
  @Parameter(property = "surql.serverId")
  String serverId;

  /** Skips the goal. */
  @Parameter(property = "surql.skip", defaultValue = "false")
  boolean skip;

  /** Prints progress lines. */
  @Parameter(property = "surql.verbose", defaultValue = "false")
  boolean verbose;

  @Parameter(defaultValue = "${settings}", readonly = true)
  Settings settings;

  /** Decrypts a {@code <server>}'s password (injected by Maven; tests leave it unset). */
  @Inject SettingsDecrypter decrypter;

  /** The command runner; tests replace it. */
  CliRunner runner;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("surql: skipped (surql.skip)");
      return;
    }
    int exitCode = (runner == null ? new CliRunner(getLog(), System.out) : runner).run(arguments());
    handle(exitCode);
  }

  /** The {@code surql} command line this goal runs (it holds the password: never log it). */
  List<String> arguments() throws MojoExecutionException {
    List<String> args = new ArrayList<>();
    args.add("migrate");
    args.add(subcommand());
    connectionArgs(args);
    goalArgs(args);
    return args;
  }

  /** The {@code surql migrate} subcommand, e.g. {@code verify}. */
  abstract String subcommand();

  /**
   * Whether the goal's command reads the migrations; when not (snapshot, compare), {@code
   * <migrations>} is neither checked nor passed, so that a project without migrations can run it.
   */
  boolean readsMigrations() {
    return true;
  }

  /** The goal's own options, after the connection options. */
  abstract void goalArgs(List<String> args) throws MojoExecutionException;

  /** Turns the command's exit code into the goal's outcome. */
  void handle(int exitCode) throws MojoExecutionException, MojoFailureException {
    switch (exitCode) {
      case 0 -> {}
      case 1 ->
          throw new MojoFailureException(
              "surql migrate " + subcommand() + " failed: see the output above.");
      default ->
          throw new MojoExecutionException(
              "surql migrate "
                  + subcommand()
                  + " could not run (exit code "
                  + exitCode
                  + "): see the error above, fix the configuration of surql-maven-plugin and run again.");
    }
  }

  private void connectionArgs(List<String> args) throws MojoExecutionException {
    if (verbose) {
      args.add("--verbose");
    }
    if (readsMigrations()) {
      args.add("--migrations");
      args.add(migrationsLocation());
    }
    if (url != null && !url.isBlank()) {
      args.add("--url");
      args.add(url.strip());
    } else {
      args.add("--embedded");
    }
    option(args, "--surrealdb", surrealdb);
    option(args, "--capabilities", capabilities);
    option(args, "--ns", namespace);
    option(args, "--db", database);
    Optional<Server> server = server();
    option(args, "--user", server.map(Server::getUsername).orElse(user));
    option(args, "--pass", server.map(Server::getPassword).orElse(password));
  }

  private String migrationsLocation() throws MojoExecutionException {
    if (migrations == null || migrations.isBlank()) {
      throw new MojoExecutionException(
          "No migrations: set <migrations> (a directory, or classpath:<path>) in the"
              + " configuration of surql-maven-plugin, or -Dsurql.migrations=...");
    }
    if (migrations.startsWith("classpath:")) {
      return migrations;
    }
    File directory = new File(migrations);
    if (!directory.isDirectory()) {
      throw new MojoExecutionException(
          "Migrations directory "
              + directory
              + (directory.exists() ? " is not a directory" : " does not exist")
              + ": set <migrations> (-Dsurql.migrations) in the configuration"
              + " of surql-maven-plugin to the directory that holds the .surql files, or to classpath:<path>.");
    }
    return directory.getPath();
  }

  private Optional<Server> server() throws MojoExecutionException {
    if (serverId == null || serverId.isBlank()) {
      return Optional.empty();
    }
    Server server = settings == null ? null : settings.getServer(serverId);
    if (server == null) {
      throw new MojoExecutionException(
          "No <server> with id '"
              + serverId
              + "' in settings.xml: add one with"
              + " <username> and <password>, or remove <serverId> (-Dsurql.serverId) from the plugin configuration.");
    }
    if (decrypter == null) {
      return Optional.of(server);
    }
    SettingsDecryptionResult result =
        decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : result.getProblems()) {
      if (problem.getSeverity() == SettingsProblem.Severity.ERROR
          || problem.getSeverity() == SettingsProblem.Severity.FATAL) {
        throw new MojoExecutionException(
            "Cannot decrypt the password of <server> '"
                + serverId
                + "' in settings.xml: "
                + problem.getMessage());
      }
    }
    return Optional.of(result.getServer());
  }

  static void option(List<String> args, String name, String value) {
    if (value != null && !value.isBlank()) {
      args.add(name);
      args.add(value);
    }
  }
}

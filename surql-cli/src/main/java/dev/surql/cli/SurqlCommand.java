package dev.surql.cli;

import dev.surql.core.SurqlException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code surql} command: migrate a SurrealDB database, take and compare schema snapshots, plan
 * and execute rollbacks, and verify that every migration is reversible. Run it with {@link
 * #main(String[])}, or in-process with {@link #run(String[], InputStream, PrintWriter,
 * PrintWriter)}, which returns the exit code (see {@link ExitCodes}) instead of exiting.
 */
@Command(
    name = "surql",
    mixinStandardHelpOptions = true,
    versionProvider = SurqlCommand.Version.class,
    subcommands = {MigrateCommand.class, CommandLine.HelpCommand.class},
    description =
        "Test and run SurrealDB schema migrations. Every command is under migrate: surql migrate"
            + " up, status, verify, upgrade-check, snapshot, compare, plan-rollback, rollback, …",
    footer = ExitCodes.HELP_FOOTER,
    synopsisSubcommandLabel = "COMMAND")
public final class SurqlCommand implements Runnable {

  private final InputStream in;

  @Spec private CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print progress and, on errors, the stack trace (passwords masked).")
  private boolean verbose;

  /** A command that reads confirmations from standard input. */
  public SurqlCommand() {
    this(System.in);
  }

  /** A command that reads confirmations (the rollback prompt) from {@code in}. */
  public SurqlCommand(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /** Where confirmations are read from. */
  InputStream in() {
    return in;
  }

  boolean verbose() {
    return verbose;
  }

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(), "Missing command: try 'surql migrate --help'.");
  }

  /** Runs the command as a process: prints to stdout/stderr and exits with the exit code. */
  public static void main(String[] args) {
    quietLogging(List.of(args).contains("--verbose"));
    Charset charset = Charset.defaultCharset();
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
    int code = run(args, System.in, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * The engines' INFO logs go to stderr through java.util.logging; a command line shows them only
   * with --verbose.
   */
  private static void quietLogging(boolean verbose) {
    Logger.getLogger("").setLevel(verbose ? Level.INFO : Level.WARNING);
  }

  /**
   * Runs the command in this JVM, printing to {@code out} and {@code err} and reading confirmations
   * from {@code in}.
   *
   * @return the exit code, see {@link ExitCodes}
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = commandLine(in, out, err, args);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The configured picocli command line: writers, exception handlers and exit code mapping. */
  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, String[] args) {
    SurqlCommand command = new SurqlCommand(in);
    CommandLine commandLine = new CommandLine(command);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(new ErrorHandler(command, args));
    commandLine.setParameterExceptionHandler(new UsageErrorHandler(args));
    commandLine.setExitCodeExceptionMapper(ErrorHandler::exitCode);
    return commandLine;
  }

  /**
   * Prints an exception as one line {@code surql: message} (and the stack trace with --verbose),
   * passwords masked.
   */
  static final class ErrorHandler implements IExecutionExceptionHandler {
    private final SurqlCommand root;
    private final String[] args;

    ErrorHandler(SurqlCommand root, String[] args) {
      this.root = root;
      this.args = args.clone();
    }

    @Override
    public int handleExecutionException(
        Exception e, CommandLine commandLine, ParseResult parseResult) {
      Secrets secrets = secrets(args, root.spec);
      PrintWriter err = commandLine.getErr();
      if (e instanceof ParameterException usage) {
        err.println(secrets.scrub("surql: " + usage.getMessage()));
        err.println(
            "Try '"
                + usage.getCommandLine().getCommandSpec().qualifiedName()
                + " --help' for usage.");
        return ExitCodes.USAGE;
      }
      err.println(secrets.scrub("surql: " + message(e)));
      if (root.verbose) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        err.print(secrets.scrub(trace.toString()));
      }
      err.flush();
      return exitCode(e);
    }

    static int exitCode(Throwable e) {
      if (e instanceof CliException cli) {
        return cli.exitCode();
      }
      if (e instanceof SurqlException surql) {
        return ExitCodes.of(surql.code());
      }
      if (e instanceof ParameterException) {
        return ExitCodes.USAGE;
      }
      return ExitCodes.FAILURE;
    }

    private static String message(Throwable e) {
      if (e instanceof SurqlException || e instanceof CliException) {
        return e.getMessage();
      }
      if (e instanceof UncheckedIOException io && io.getCause() != null) {
        return io.getMessage() + ": " + io.getCause().getMessage();
      }
      return e.getMessage() == null
          ? e.toString()
          : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** Prints picocli's usage errors as one line plus a hint, passwords masked; exit code 2. */
  static final class UsageErrorHandler implements IParameterExceptionHandler {
    private final String[] args;

    UsageErrorHandler(String[] args) {
      this.args = args.clone();
    }

    @Override
    public int handleParseException(ParameterException e, String[] ignored) {
      CommandLine commandLine = e.getCommandLine();
      Secrets secrets = secrets(args, null);
      PrintWriter err = commandLine.getErr();
      err.println(secrets.scrub("surql: " + e.getMessage()));
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      migrateSubcommand(e)
          .ifPresent(
              name ->
                  err.println(
                      "'" + name + "' is under migrate: run 'surql migrate " + name + "'."));
      err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  /**
   * The first unmatched word of a root-level usage error when it names a subcommand of {@code
   * migrate} ({@code surql snapshot}, say).
   */
  private static Optional<String> migrateSubcommand(ParameterException e) {
    CommandLine commandLine = e.getCommandLine();
    CommandLine migrate = commandLine.getSubcommands().get("migrate");
    if (migrate == null
        || !(e instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return Optional.empty();
    }
    String word = unmatched.getUnmatched().get(0);
    return migrate.getSubcommands().containsKey(word) ? Optional.of(word) : Optional.empty();
  }

  /** Every password this run could know: from the arguments, the parsed options and SURQL_PASS. */
  static Secrets secrets(String[] args, CommandSpec rootSpec) {
    List<String> candidates = new ArrayList<>(Secrets.fromArguments(args));
    candidates.add(System.getenv("SURQL_PASS"));
    if (rootSpec != null) {
      CommandLine migrate = rootSpec.commandLine().getSubcommands().get("migrate");
      if (migrate != null && migrate.getCommand() instanceof MigrateCommand command) {
        command.connection().password().ifPresent(candidates::add);
      }
    }
    return Secrets.of(candidates);
  }

  /** The version of the command, from the build. */
  static final class Version implements IVersionProvider {
    /** The version number alone, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String number() {
      Properties properties = new Properties();
      try (InputStream in = SurqlCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the version of surql", e);
      }
      return properties.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
      return new String[] {
        "surql " + number() + " (surql-test)",
        "Java " + System.getProperty("java.version") + ", " + System.getProperty("os.name")
      };
    }
  }
}

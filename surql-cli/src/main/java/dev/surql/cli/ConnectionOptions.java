package dev.surql.cli;

import dev.surql.core.SurqlException;
import dev.surql.core.SurqlTest;
import dev.surql.core.SurqlTestConfiguration;
import dev.surql.core.engine.EngineCapabilities;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.ScanOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The options every {@code surql migrate} subcommand shares: where the server is ({@code --url} or
 * {@code --embedded}), which namespace and database, the credentials, and where the migrations are.
 * Each has an environment default ({@code SURQL_URL}, {@code SURQL_NS}, {@code SURQL_DB}, {@code
 * SURQL_USER}, {@code SURQL_PASS}). The options are inherited, so they can be given before or after
 * the subcommand's name. The password is never printed.
 */
public final class ConnectionOptions {

  /** The namespace and database {@code --embedded} uses unless told otherwise. */
  static final String EMBEDDED_DEFAULT_NAME = "surql";

  /** The password used when neither --pass nor SURQL_PASS gives one. */
  static final String DEFAULT_PASSWORD = "root";

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(
      names = "--url",
      scope = ScopeType.INHERIT,
      paramLabel = "URL",
      defaultValue = "${env:SURQL_URL}",
      description = "HTTP URL of the SurrealDB server, e.g. http://127.0.0.1:8000 (env SURQL_URL).")
  private String url;

  @Option(
      names = "--ns",
      scope = ScopeType.INHERIT,
      paramLabel = "NAMESPACE",
      defaultValue = "${env:SURQL_NS}",
      description = "Namespace (env SURQL_NS; 'surql' with --embedded).")
  private String namespace;

  @Option(
      names = "--db",
      scope = ScopeType.INHERIT,
      paramLabel = "DATABASE",
      defaultValue = "${env:SURQL_DB}",
      description = "Database (env SURQL_DB; 'surql' with --embedded).")
  private String database;

  @Option(
      names = "--user",
      scope = ScopeType.INHERIT,
      paramLabel = "USER",
      defaultValue = "${env:SURQL_USER:-root}",
      description = "Root user (env SURQL_USER; default root).")
  private String user;

  @Option(
      names = "--pass",
      scope = ScopeType.INHERIT,
      paramLabel = "PASSWORD",
      defaultValue = "${env:SURQL_PASS}",
      description = "Root password (env SURQL_PASS; default root). Never printed.")
  private String password;

  @Option(
      names = "--embedded",
      scope = ScopeType.INHERIT,
      description =
          "Start an embedded in-memory SurrealDB (Node.js) for this run instead of connecting to --url.")
  private boolean embedded;

  @Option(
      names = "--surrealdb",
      scope = ScopeType.INHERIT,
      paramLabel = "LINE",
      defaultValue = "${env:SURQL_VERSION}",
      description =
          "SurrealDB release line: 3.0 (default), 2.6, 2.4 or 2.3 (env SURQL_VERSION). --embedded runs "
              + "that line's engine; a --url server must report it. verify takes several, comma-separated (2.6,3.0): "
              + "it then verifies on an embedded engine of each and prints a migrations x versions table.")
  private String surrealdb;

  @Option(
      names = "--capabilities",
      scope = ScopeType.INHERIT,
      paramLabel = "LIST",
      defaultValue = "${env:SURQL_CAPABILITIES}",
      description =
          "Engine capabilities for --embedded, comma-separated: experimental:NAME (e.g. "
              + "experimental:record_references), scripting, guests, net:HOST (env SURQL_CAPABILITIES). A --url server "
              + "keeps the capabilities it was started with.")
  private String capabilities;

  @Option(
      names = "--migrations",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      defaultValue = "./migrations",
      description = "Migration directory, or classpath:<path> (default ./migrations).")
  private String migrations;

  @Option(
      names = "--no-recursive",
      scope = ScopeType.INHERIT,
      description =
          "Read only the .surql files directly in --migrations; by default subdirectories are scanned too.")
  private boolean notRecursive;

  @Option(
      names = "--include",
      scope = ScopeType.INHERIT,
      paramLabel = "GLOB",
      split = ",",
      description =
          "Read only migration files whose path (relative to --migrations) matches one of these globs;"
              + " a glob without / matches any single name on the path, e.g. --include '2026*'. Repeatable.")
  private List<String> include = new ArrayList<>();

  @Option(
      names = "--exclude",
      scope = ScopeType.INHERIT,
      paramLabel = "GLOB",
      split = ",",
      description =
          "Skip migration files and folders matching these globs, e.g. --exclude archive,original."
              + " Repeatable.")
  private List<String> exclude = new ArrayList<>();

  /** The password given with --pass or SURQL_PASS, for masking it in messages; empty if none. */
  Optional<String> password() {
    return Optional.ofNullable(password).filter(p -> !p.isEmpty());
  }

  boolean embedded() {
    return embedded;
  }

  Optional<String> url() {
    return Optional.ofNullable(url).filter(u -> !u.isBlank());
  }

  /**
   * The release line given with --surrealdb or SURQL_VERSION, if any.
   *
   * @throws ParameterException if several lines are given (only {@code verify} takes several)
   */
  Optional<SurrealVersion> version() {
    List<SurrealVersion> lines = versions();
    if (lines.size() > 1) {
      throw usage(
          "--surrealdb "
              + surrealdb.strip()
              + " names several release lines; only migrate verify runs on"
              + " several. Name one line here.");
    }
    return lines.stream().findFirst();
  }

  /**
   * The release lines given with --surrealdb (comma-separated) or SURQL_VERSION, in order, without
   * repeats.
   */
  List<SurrealVersion> versions() {
    if (surrealdb == null || surrealdb.isBlank()) {
      return List.of();
    }
    List<SurrealVersion> lines = new ArrayList<>();
    try {
      for (String value : surrealdb.split(",")) {
        SurrealVersion line = SurrealVersion.parse(value.strip(), "--surrealdb");
        if (lines.contains(line)) {
          throw usage(
              "--surrealdb "
                  + surrealdb.strip()
                  + " names "
                  + line
                  + " twice; name each release line once.");
        }
        lines.add(line);
      }
    } catch (SurqlException e) {
      throw usage(e.getMessage());
    }
    return lines;
  }

  String migrationsLocation() {
    return migrations;
  }

  ScanOptions scanOptions() {
    try {
      return new ScanOptions(!notRecursive, include, exclude);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  /**
   * The entry point for a command on one database: the embedded engine ({@code --embedded}) or the
   * server at {@code --url}, an engine of the command's own (stopped when the {@link SurqlTest}
   * closes), the database {@code --ns}/{@code --db} (defined if missing with {@code --embedded},
   * and by {@code migrate up}), and, if {@code withMigrations}, the migrations at {@code
   * --migrations} as {@code --no-recursive}, {@code --include} and {@code --exclude} say.
   */
  SurqlTestConfiguration configure(boolean withMigrations) {
    MigrationSet set = withMigrations ? loadMigrations() : null;
    checkOneServer();
    String ns = name(namespace, "--ns", "SURQL_NS");
    String db = name(database, "--db", "SURQL_DB");
    SurqlTestConfiguration configuration;
    if (embedded) {
      configuration =
          engine(EngineConfig.fromEnvironment().withKind(EngineKind.EMBEDDED), version());
    } else if (url().isPresent()) {
      configuration = engine(EngineConfig.defaults(), version()).url(checkedUrl());
    } else {
      throw usage(
          "No server: pass --url URL (or set SURQL_URL) to use a running SurrealDB, or --embedded to start "
              + "an in-memory one for this run.");
    }
    configuration.database(ns, db).createDatabase(embedded);
    return set == null ? configuration : configuration.migrations(set);
  }

  /**
   * The entry point for a run that makes its own databases ({@code verify}): the server at {@code
   * --url} if given, else an embedded engine of the run's own; no migrations are set.
   */
  SurqlTestConfiguration configureEngineOnly() {
    checkOneServer();
    boolean own = embedded || url().isEmpty();
    SurqlTestConfiguration configuration =
        own
            ? engine(EngineConfig.fromEnvironment().withKind(EngineKind.EMBEDDED), version())
            : engine(EngineConfig.defaults(), version()).url(checkedUrl());
    return configuration;
  }

  /**
   * The entry point on an embedded engine of one release line, for a command that compares lines
   * ({@code upgrade-check}, {@code verify} with several lines); no migrations are set.
   *
   * @param option the option that named the line, for messages
   */
  SurqlTestConfiguration configureEmbedded(String line, String option) {
    return engine(
        EngineConfig.fromEnvironment().withKind(EngineKind.EMBEDDED),
        Optional.of(line(line, option)));
  }

  /**
   * The release line an option names, for a run on an embedded engine of that line.
   *
   * @throws ParameterException if the line is not supported, or {@code --url} names a server
   */
  SurrealVersion line(String line, String option) {
    if (url().isPresent() && !url().get().equals(System.getenv("SURQL_URL"))) {
      throw usage(
          option
              + " "
              + line
              + " runs an embedded engine of that release line; --url names one server of"
              + " one version, so leave it out.");
    }
    try {
      return SurrealVersion.parse(line, option);
    } catch (SurqlException e) {
      throw usage(e.getMessage());
    }
  }

  /**
   * Loads the migrations at {@code --migrations}, scanned as {@code --no-recursive}, {@code
   * --include} and {@code --exclude} say, before anything else is checked or started.
   */
  MigrationSet loadMigrations() {
    try (SurqlTest loader =
        SurqlTest.configure().migrations(migrations).scanOptions(scanOptions()).load()) {
      return loader.migrations();
    }
  }

  /** An engine of the command's own with the credentials, line and capabilities of the options. */
  private SurqlTestConfiguration engine(EngineConfig base, Optional<SurrealVersion> line) {
    SurqlTestConfiguration configuration =
        SurqlTest.configure()
            .engine(base)
            .sharedEngine(false)
            .credentials(user, effectivePassword());
    line.ifPresent(configuration::version);
    try {
      return configuration.capabilities(EngineCapabilities.parse(capabilities, "--capabilities"));
    } catch (SurqlException e) {
      throw usage(e.getMessage());
    }
  }

  /** --embedded wins over SURQL_URL from the environment, but not over an explicit --url. */
  private void checkOneServer() {
    if (embedded && url().isPresent() && !url().get().equals(System.getenv("SURQL_URL"))) {
      throw usage("--embedded and --url exclude each other: use one server.");
    }
  }

  private String effectivePassword() {
    return password().orElse(DEFAULT_PASSWORD);
  }

  private String checkedUrl() {
    String address = url().orElseThrow();
    try {
      URI uri = new URI(address);
      if (uri.getScheme() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || uri.getHost() == null) {
        throw usage(
            "--url "
                + address
                + " is not an http:// or https:// URL of a SurrealDB server, e.g. "
                + "http://127.0.0.1:8000 (a ws:// URL will not do: surql talks HTTP).");
      }
    } catch (URISyntaxException e) {
      throw usage("--url " + address + " is not a valid URL: " + e.getReason() + ".");
    }
    return address;
  }

  private String name(String value, String option, String variable) {
    if (value != null && !value.isBlank()) {
      return value.strip();
    }
    if (embedded) {
      return EMBEDDED_DEFAULT_NAME;
    }
    throw usage(
        "No "
            + (option.equals("--ns") ? "namespace" : "database")
            + ": pass "
            + option
            + " (or set "
            + variable
            + ").");
  }

  private ParameterException usage(String message) {
    return new ParameterException(mixee.commandLine(), message);
  }
}

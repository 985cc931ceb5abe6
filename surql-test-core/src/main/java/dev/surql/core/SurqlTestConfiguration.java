package dev.surql.core;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineCapabilities;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.forward.ForwardSettings;
import dev.surql.core.migration.JavaMigration;
import dev.surql.core.migration.MigrationListener;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.ScanOptions;
import dev.surql.core.verify.SeedData;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The fluent configuration of a {@link SurqlTest}, from {@link SurqlTest#configure()}: where the
 * migrations are, which SurrealDB to run them on, which database, and the settings of the
 * operations. Every method returns this configuration; {@link #load()} checks it as a whole and
 * gives the {@link SurqlTest}. A configuration can be loaded more than once; a {@link SurqlTest}
 * keeps a copy, so changing the configuration afterwards does not change it.
 *
 * <p>Nothing needs setting: by default the migrations are none (operations that need them say so),
 * the engine is the JVM's shared engine for {@link EngineConfig#fromEnvironment()} (as in the
 * README's <em>Engines</em>), and the database is a fresh one with a unique name, created on first
 * use and removed by {@link SurqlTest#close()}.
 *
 * <pre>{@code
 * try (SurqlTest surql = SurqlTest.configure()
 *     .migrations("classpath:db/migrations")
 *     .engine(EngineKind.EMBEDDED)
 *     .version("2.6")
 *     .load()) {
 *   VerificationReport report = surql.verify();
 * }
 * }</pre>
 */
public final class SurqlTestConfiguration {
  private static final String PREFIX = "SurqlTest.configure().";

  private String location;
  private Path directory;
  private MigrationSet migrationSet;
  private ScanOptions scanOptions;
  private final List<JavaMigration> javaMigrations = new ArrayList<>();
  private ClassLoader classLoader;

  private EngineConfig engineConfig;
  private EngineKind kind;
  private String url;
  private String user;
  private String password;
  private SurrealVersion version;
  private EngineCapabilities capabilities;
  private SurrealEngine engine;
  private boolean sharedEngine = true;
  private final List<String> engineSettings = new ArrayList<>();

  private String namespace;
  private String database;
  private SurqlDatabase givenDatabase;
  private SurqlClient client;
  private boolean createDatabase;
  private String databasePrefix = "surql";

  private SeedData seedData = SeedData.none();
  private final List<MigrationListener> listeners = new ArrayList<>();
  private ForwardSettings forwardSettings;
  private boolean outOfOrder;

  SurqlTestConfiguration() {}

  private SurqlTestConfiguration(SurqlTestConfiguration other) {
    location = other.location;
    directory = other.directory;
    migrationSet = other.migrationSet;
    scanOptions = other.scanOptions;
    javaMigrations.addAll(other.javaMigrations);
    classLoader = other.classLoader;
    engineConfig = other.engineConfig;
    kind = other.kind;
    url = other.url;
    user = other.user;
    password = other.password;
    version = other.version;
    capabilities = other.capabilities;
    engine = other.engine;
    sharedEngine = other.sharedEngine;
    engineSettings.addAll(other.engineSettings);
    namespace = other.namespace;
    database = other.database;
    givenDatabase = other.givenDatabase;
    client = other.client;
    createDatabase = other.createDatabase;
    databasePrefix = other.databasePrefix;
    seedData = other.seedData;
    listeners.addAll(other.listeners);
    forwardSettings = other.forwardSettings;
    outOfOrder = other.outOfOrder;
  }

  // ------------------------------------------------------------------------------- migrations

  /**
   * Reads the migrations from a location: {@code classpath:<path>} (resources, also inside jars),
   * {@code filesystem:<dir>} or a plain directory path. Replaces any location, directory or set
   * given before.
   */
  public SurqlTestConfiguration migrations(String location) {
    this.location = required(location, "migrations(String)");
    this.directory = null;
    this.migrationSet = null;
    return this;
  }

  /**
   * Reads the migrations from a directory. Replaces any location, directory or set given before.
   */
  public SurqlTestConfiguration migrations(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.location = null;
    this.migrationSet = null;
    return this;
  }

  /**
   * Uses migrations already loaded (e.g. with {@link dev.surql.core.migration.MigrationLoader}).
   * Replaces any location or directory given before; {@link #scanOptions(ScanOptions)} and {@link
   * #javaMigrations(JavaMigration...)} do not apply to it.
   */
  public SurqlTestConfiguration migrations(MigrationSet migrations) {
    this.migrationSet = Objects.requireNonNull(migrations, "migrations");
    this.location = null;
    this.directory = null;
    return this;
  }

  /**
   * How a migration location is scanned: recursion, include and exclude globs. Default: {@link
   * ScanOptions#defaults()}.
   */
  public SurqlTestConfiguration scanOptions(ScanOptions scanOptions) {
    this.scanOptions = Objects.requireNonNull(scanOptions, "scanOptions");
    return this;
  }

  /** Adds migrations written in Java to those of the location or directory. */
  public SurqlTestConfiguration javaMigrations(JavaMigration... migrations) {
    for (JavaMigration migration : Objects.requireNonNull(migrations, "migrations")) {
      javaMigrations.add(
          Objects.requireNonNull(migration, "javaMigrations(…) holds a null migration"));
    }
    return this;
  }

  /**
   * The class loader a {@code classpath:} location is read through. Default: the thread's context
   * class loader.
   */
  public SurqlTestConfiguration classLoader(ClassLoader classLoader) {
    this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
    return this;
  }

  // ----------------------------------------------------------------------------------- engine

  /**
   * The configuration of the engine to start or share, instead of {@link
   * EngineConfig#fromEnvironment()}. {@link #engine(EngineKind)}, {@link #url(String)}, {@link
   * #credentials(String, String)}, {@link #version(SurrealVersion)} and {@link
   * #capabilities(EngineCapabilities)} are applied on top of it.
   */
  public SurqlTestConfiguration engine(EngineConfig config) {
    this.engineConfig = Objects.requireNonNull(config, "config");
    engineSettings.add("engine(EngineConfig)");
    return this;
  }

  /**
   * The kind of engine: {@link EngineKind#EMBEDDED}, {@link EngineKind#CONTAINER}, … or AUTO (the
   * default).
   */
  public SurqlTestConfiguration engine(EngineKind kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
    engineSettings.add("engine(EngineKind." + kind + ")");
    return this;
  }

  /**
   * A running engine to use instead of starting or sharing one. It is never closed by {@link
   * SurqlTest#close()}; the engine settings ({@link #engine(EngineConfig)}, {@link
   * #version(String)}, …) cannot be combined with it.
   */
  public SurqlTestConfiguration engine(SurrealEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
    return this;
  }

  /**
   * A SurrealDB server you run, at an {@code http://} or {@code https://} URL: the EXTERNAL engine.
   */
  public SurqlTestConfiguration url(String url) {
    this.url = required(url, "url(String)").strip();
    engineSettings.add("url(\"" + this.url + "\")");
    return this;
  }

  /**
   * The root user and password. Default: those of the engine configuration ({@code root} / {@code
   * root}).
   */
  public SurqlTestConfiguration credentials(String user, String password) {
    this.user = required(user, "credentials(user, …)");
    this.password = Objects.requireNonNull(password, "password");
    engineSettings.add("credentials(…)");
    return this;
  }

  /**
   * The SurrealDB release line to run: an engine surql-test starts runs it, a server must report
   * it.
   */
  public SurqlTestConfiguration version(SurrealVersion version) {
    this.version = Objects.requireNonNull(version, "version");
    engineSettings.add("version(" + version + ")");
    return this;
  }

  /**
   * The SurrealDB release line to run, e.g. {@code "2.6"}; see {@link #version(SurrealVersion)}.
   *
   * @throws SurqlException ({@link ErrorCode#INVALID_CONFIGURATION}) naming the value and the
   *     supported lines
   */
  public SurqlTestConfiguration version(String line) {
    return version(SurrealVersion.parse(line, PREFIX + "version"));
  }

  /**
   * The engine capabilities to allow (e.g. an experimental feature), instead of the
   * configuration's.
   */
  public SurqlTestConfiguration capabilities(EngineCapabilities capabilities) {
    this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
    engineSettings.add("capabilities(" + capabilities + ")");
    return this;
  }

  /**
   * The engine capabilities as a comma-separated list, e.g. {@code "experimental:record_references,
   * guests"}; see {@link #capabilities(EngineCapabilities)}.
   *
   * @throws SurqlException ({@link ErrorCode#INVALID_CONFIGURATION}) naming the item that is wrong
   */
  public SurqlTestConfiguration capabilities(String list) {
    return capabilities(EngineCapabilities.parse(list, PREFIX + "capabilities"));
  }

  /**
   * Whether to use the JVM's shared engine for the configuration ({@code true}, the default:
   * started on first use, stopped when the JVM exits, never by {@link SurqlTest#close()}) or to
   * start an engine of this {@link SurqlTest}'s own ({@code false}: stopped by {@link
   * SurqlTest#close()}).
   */
  public SurqlTestConfiguration sharedEngine(boolean shared) {
    this.sharedEngine = shared;
    return this;
  }

  // --------------------------------------------------------------------------------- database

  /**
   * Works on this namespace and database instead of a fresh one. It is never removed; it is defined
   * if missing by {@link SurqlTest#migrate()}, or before any operation with {@link
   * #createDatabase(boolean) createDatabase(true)}.
   */
  public SurqlTestConfiguration database(String namespace, String database) {
    this.namespace = required(namespace, "database(namespace, …)");
    this.database = required(database, "database(…, database)");
    return this;
  }

  /**
   * Works on an existing database (and its engine); it is never removed by {@link
   * SurqlTest#close()}.
   */
  public SurqlTestConfiguration database(SurqlDatabase database) {
    this.givenDatabase = Objects.requireNonNull(database, "database");
    return this;
  }

  /**
   * Works on the database a client is bound to; it is never removed. Operations that need an engine
   * ({@link SurqlTest#verify()}, {@link SurqlTest#upgradeCheck(String)}) connect to the client's
   * server as an EXTERNAL engine, unless {@link #engine(SurrealEngine)} gives one.
   */
  public SurqlTestConfiguration client(SurqlClient client) {
    this.client = Objects.requireNonNull(client, "client");
    return this;
  }

  /**
   * Whether to define the namespace and database of {@link #database(String, String)} if missing
   * before the first operation. Default {@code false}: only {@link SurqlTest#migrate()} defines
   * them, so that reading the status of a server never writes to it.
   */
  public SurqlTestConfiguration createDatabase(boolean create) {
    this.createDatabase = create;
    return this;
  }

  /**
   * How the names of the databases this {@link SurqlTest} makes start: its fresh database and the
   * fresh databases of {@link SurqlTest#verify()} and {@link SurqlTest#upgradeCheck(String)}.
   * Default {@code surql}.
   */
  public SurqlTestConfiguration databasePrefix(String prefix) {
    this.databasePrefix = required(prefix, "databasePrefix(String)");
    return this;
  }

  // ------------------------------------------------------------------------------- operations

  /**
   * Records to insert before the migrations they name, in {@link SurqlTest#verify()}, so downs meet
   * real data.
   */
  public SurqlTestConfiguration seedData(SeedData seedData) {
    this.seedData = Objects.requireNonNull(seedData, "seedData");
    return this;
  }

  /**
   * Adds a listener told about every migration {@link SurqlTest#migrate()} applies and {@link
   * SurqlTest#rollback(String)} rolls back, after those added before.
   */
  public SurqlTestConfiguration listener(MigrationListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /** The thresholds of the forward analysis. Default: {@link ForwardSettings#fromEnvironment()}. */
  public SurqlTestConfiguration forwardSettings(ForwardSettings settings) {
    this.forwardSettings = Objects.requireNonNull(settings, "settings");
    return this;
  }

  /**
   * Whether {@link SurqlTest#migrate()} applies pending migrations older than the newest applied
   * one ({@code true}) instead of refusing to run ({@code false}, the default).
   */
  public SurqlTestConfiguration outOfOrder(boolean allowed) {
    this.outOfOrder = allowed;
    return this;
  }

  // ------------------------------------------------------------------------------------- load

  /**
   * Checks the configuration as a whole, loads the migrations (if any are configured) and gives the
   * {@link SurqlTest}. The engine is started (or shared) and the database made on first use, so an
   * operation that needs neither (comparing two snapshots) starts nothing.
   *
   * @throws SurqlException ({@link ErrorCode#INVALID_CONFIGURATION}) naming the settings that do
   *     not go together and what to do
   * @throws dev.surql.core.migration.MigrationValidationException listing every problem of the
   *     migrations
   */
  public SurqlTest load() {
    SurqlTestConfiguration copy = new SurqlTestConfiguration(this);
    copy.check();
    return new SurqlTest(copy);
  }

  private void check() {
    if (engine != null && !engineSettings.isEmpty()) {
      throw invalid(
          "engine(SurrealEngine) gives a running engine, so "
              + String.join(", ", engineSettings)
              + " cannot apply to it. Drop engine(SurrealEngine) to let SurqlTest start or share an engine, or drop the "
              + "engine settings.");
    }
    if (givenDatabase != null && client != null) {
      throw invalid(
          "database(SurqlDatabase) and client(SurqlClient) both name the database to work on. Keep one.");
    }
    if ((givenDatabase != null || client != null) && namespace != null) {
      throw invalid(
          "database(\""
              + namespace
              + "\", \""
              + database
              + "\") and "
              + (client != null ? "client(SurqlClient)" : "database(SurqlDatabase)")
              + " both name the database to work on. Keep one.");
    }
    if (givenDatabase != null && engine != null && givenDatabase.engine() != engine) {
      throw invalid(
          "database(SurqlDatabase) is on another engine than engine(SurrealEngine) ("
              + givenDatabase
              + "). Give the database's own engine, or leave engine(SurrealEngine) out: the database's is used.");
    }
    if (givenDatabase != null && !engineSettings.isEmpty()) {
      throw invalid(
          "database(SurqlDatabase) brings its engine, so "
              + String.join(", ", engineSettings)
              + " cannot apply to it. Drop the engine settings, or give database(namespace, database) instead.");
    }
    if (migrationSet != null && (scanOptions != null || !javaMigrations.isEmpty())) {
      throw invalid(
          "migrations(MigrationSet) gives migrations already loaded, so "
              + (scanOptions != null ? "scanOptions(…)" : "javaMigrations(…)")
              + " cannot apply to them. Give a location "
              + "with migrations(String) or migrations(Path) instead, or load the set with them.");
    }
    if (scanOptions != null && location == null && directory == null && migrationSet == null) {
      throw invalid(
          "scanOptions(…) is set but no migration location is: add migrations(\"classpath:db/migrations\")"
              + " or migrations(Path).");
    }
    if (url != null) {
      checkUrl(url);
      if (kind != null && kind != EngineKind.EXTERNAL) {
        throw invalid(
            "url(\""
                + url
                + "\") names a server you run (EXTERNAL), but engine(EngineKind."
                + kind
                + ") asks for another kind. Drop one of them.");
      }
    }
  }

  private static void checkUrl(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getScheme() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
          || uri.getHost() == null) {
        throw invalid(
            "url(\""
                + url
                + "\") is not an http:// or https:// URL of a SurrealDB server; give one such"
                + " as http://127.0.0.1:8000 (a ws:// URL will not do: surql-test talks HTTP).");
      }
    } catch (URISyntaxException e) {
      throw invalid(
          "url(\""
              + url
              + "\") is not a valid URL: "
              + e.getReason()
              + ". Give one such as "
              + "http://127.0.0.1:8000.");
    }
  }

  private static String required(String value, String setting) {
    if (value == null || value.isBlank()) {
      throw invalid(setting + " is " + (value == null ? "null" : "blank") + ": give a value.");
    }
    return value;
  }

  static SurqlException invalid(String message) {
    return new SurqlException(ErrorCode.INVALID_CONFIGURATION, PREFIX + message);
  }

  // -------------------------------------------------------------------- read by SurqlTest only

  /** Whether any migrations are configured. */
  boolean hasMigrations() {
    return location != null
        || directory != null
        || migrationSet != null
        || !javaMigrations.isEmpty();
  }

  /** Loads the configured migrations (once, by {@link SurqlTest}). */
  MigrationSet loadMigrations() {
    if (migrationSet != null) {
      return migrationSet;
    }
    ScanOptions scan = scanOptions == null ? ScanOptions.defaults() : scanOptions;
    if (directory != null) {
      return dev.surql.core.migration.MigrationLoader.load(
          directory, List.copyOf(javaMigrations), scan);
    }
    if (location != null) {
      ClassLoader loader =
          classLoader != null ? classLoader : Thread.currentThread().getContextClassLoader();
      return dev.surql.core.migration.MigrationLoader.load(
          location,
          loader == null ? SurqlTest.class.getClassLoader() : loader,
          List.copyOf(javaMigrations),
          scan);
    }
    return dev.surql.core.migration.MigrationLoader.fromJava(List.copyOf(javaMigrations));
  }

  /** The engine configuration with every engine setting applied. */
  EngineConfig engineConfig() {
    EngineConfig config = engineConfig != null ? engineConfig : EngineConfig.fromEnvironment();
    if (kind != null) {
      config = config.withKind(kind);
    }
    if (url != null) {
      config = config.withKind(EngineKind.EXTERNAL).withUrl(url);
    }
    if (user != null) {
      config = config.withUser(user).withPassword(password);
    }
    if (version != null) {
      config = config.withVersion(version);
    }
    if (capabilities != null) {
      config = config.withCapabilities(capabilities);
    }
    return config;
  }

  Optional<SurrealEngine> givenEngine() {
    return Optional.ofNullable(engine)
        .or(() -> Optional.ofNullable(givenDatabase).map(SurqlDatabase::engine));
  }

  boolean sharedEngine() {
    return sharedEngine;
  }

  Optional<SurqlDatabase> givenDatabase() {
    return Optional.ofNullable(givenDatabase);
  }

  Optional<SurqlClient> givenClient() {
    return Optional.ofNullable(client);
  }

  /** The namespace and database of {@link #database(String, String)}, if given. */
  Optional<String[]> namedDatabase() {
    return namespace == null ? Optional.empty() : Optional.of(new String[] {namespace, database});
  }

  boolean createDatabase() {
    return createDatabase;
  }

  String databasePrefix() {
    return databasePrefix;
  }

  SeedData seedData() {
    return seedData;
  }

  List<MigrationListener> listeners() {
    return List.copyOf(listeners);
  }

  ForwardSettings forwardSettings() {
    return forwardSettings != null ? forwardSettings : ForwardSettings.fromEnvironment();
  }

  boolean outOfOrder() {
    return outOfOrder;
  }
}

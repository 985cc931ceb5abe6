package dev.surql.core;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.forward.ForwardAnalysisOptions;
import dev.surql.core.forward.ForwardAnalyzer;
import dev.surql.core.forward.ForwardIssue;
import dev.surql.core.forward.ForwardPlan;
import dev.surql.core.internal.engine.CloseOnce;
import dev.surql.core.internal.migration.MigrationHistory;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.migration.MigrateResult;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationListener;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.MigrationStatus;
import dev.surql.core.migration.Migrator;
import dev.surql.core.migration.PlannedStatement;
import dev.surql.core.migration.RepairAction;
import dev.surql.core.migration.RepairResult;
import dev.surql.core.rollback.RollbackExecutor;
import dev.surql.core.rollback.RollbackOptions;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackPlanner;
import dev.surql.core.rollback.RollbackResult;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.SnapshotStore;
import dev.surql.core.snapshot.Snapshots;
import dev.surql.core.upgrade.UpgradeCheck;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.verify.MigrationVerifier;
import dev.surql.core.verify.VerificationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry point of surql-test without JUnit, in Flyway's manner: {@link #configure()} gives a
 * {@link SurqlTestConfiguration}, whose {@link SurqlTestConfiguration#load() load()} gives a {@code
 * SurqlTest} that migrates, shows the status, verifies, snapshots, compares, plans and executes
 * rollbacks, checks an upgrade to another SurrealDB release line and plans what pending ups do to
 * existing data. The {@code surql} command, the Maven plugin and the JUnit extension do each of
 * these through it.
 *
 * <pre>{@code
 * try (SurqlTest surql = SurqlTest.configure()
 *     .migrations("classpath:db/migrations")
 *     .engine(EngineKind.EMBEDDED)
 *     .load()) {
 *   VerificationReport report = surql.verify();   // round trips on fresh databases
 *   surql.migrate();                              // its own fresh database
 *   RollbackPlan plan = surql.planRollback("20260105_090000");
 *   surql.rollback(plan, RollbackOptions.defaults().withForce(true));
 * }
 * }</pre>
 *
 * <p><b>What it owns.</b> The engine is started on first use: the JVM's shared engine for the
 * configuration unless {@link SurqlTestConfiguration#sharedEngine(boolean) sharedEngine(false)}
 * gives it one of its own, or the one {@link SurqlTestConfiguration#engine(SurrealEngine)} gives.
 * The database is a fresh one with a unique name unless one is named or given. {@link #close()}
 * removes the fresh database and stops an engine of its own; it leaves shared and given engines,
 * named and given databases alone. It is idempotent; any operation after it throws {@link
 * IllegalStateException}.
 *
 * <p>An instance is safe to use from several threads in the sense that the engine and database are
 * made once; the operations themselves act on one database, so concurrent migrations and rollbacks
 * on it conflict as they would from two processes.
 */
public final class SurqlTest implements AutoCloseable {
  private static final String INITIAL = "initial";

  private final SurqlTestConfiguration configuration;
  private final Optional<MigrationSet> migrations;
  private final Object lock = new Object();
  private final CloseOnce closing = new CloseOnce();
  private SurrealEngine engine;
  private boolean ownsEngine;
  private SurqlClient client;
  private SurqlDatabase freshDatabase;
  private boolean closed;

  SurqlTest(SurqlTestConfiguration configuration) {
    this.configuration = configuration;
    this.migrations =
        configuration.hasMigrations()
            ? Optional.of(configuration.loadMigrations())
            : Optional.empty();
  }

  /** A new configuration with the defaults; see {@link SurqlTestConfiguration}. */
  public static SurqlTestConfiguration configure() {
    return new SurqlTestConfiguration();
  }

  // ------------------------------------------------------------------------------ what it uses

  /**
   * The migrations, loaded by {@link SurqlTestConfiguration#load()}.
   *
   * @throws SurqlException ({@link ErrorCode#INVALID_CONFIGURATION}) if none are configured
   */
  public MigrationSet migrations() {
    return migrations("migrations()");
  }

  private MigrationSet migrations(String operation) {
    return migrations.orElseThrow(
        () ->
            SurqlTestConfiguration.invalid(
                "migrations(…) is not set, and "
                    + operation
                    + " needs migrations. Configure them with migrations(\"classpath:db/migrations\"), "
                    + "migrations(Path) or migrations(MigrationSet)."));
  }

  /** The engine, started or shared on first use. */
  public SurrealEngine engine() {
    synchronized (lock) {
      checkOpen();
      if (engine == null) {
        startEngine();
      }
      return engine;
    }
  }

  private void startEngine() {
    Optional<SurrealEngine> given = configuration.givenEngine();
    if (given.isPresent()) {
      engine = given.get();
      return;
    }
    Optional<SurqlClient> givenClient = configuration.givenClient();
    if (givenClient.isPresent()) {
      var settings = givenClient.get().settings();
      engine =
          SurqlEngines.start(
              EngineConfig.defaults()
                  .withKind(EngineKind.EXTERNAL)
                  .withUrl(settings.url().toString())
                  .withUser(settings.user())
                  .withPassword(settings.password()));
      ownsEngine = true;
      return;
    }
    EngineConfig config = configuration.engineConfig();
    if (configuration.sharedEngine()) {
      engine = SurqlEngines.shared(config);
    } else {
      engine = SurqlEngines.start(config);
      ownsEngine = true;
    }
  }

  /**
   * A client bound to the database this instance works on: the given client or database, the named
   * one, or a fresh one made on first use.
   */
  public SurqlClient client() {
    return client(false);
  }

  private SurqlClient client(boolean create) {
    synchronized (lock) {
      checkOpen();
      if (client == null) {
        client = openDatabase();
      }
      if (create && configuration.namedDatabase().isPresent() && !configuration.createDatabase()) {
        define(client);
      }
      return client;
    }
  }

  private SurqlClient openDatabase() {
    Optional<SurqlClient> given = configuration.givenClient();
    if (given.isPresent()) {
      return given.get();
    }
    Optional<SurqlDatabase> database = configuration.givenDatabase();
    if (database.isPresent()) {
      return database.get().client();
    }
    SurrealEngine running = engine();
    Optional<String[]> named = configuration.namedDatabase();
    if (named.isPresent()) {
      if (configuration.createDatabase()) {
        return SurqlDatabase.create(running, named.get()[0], named.get()[1]).client();
      }
      return running.client(named.get()[0], named.get()[1]);
    }
    freshDatabase = SurqlDatabase.create(running, configuration.databasePrefix());
    return freshDatabase.client();
  }

  /** Defines the client's namespace and database if missing. */
  private static void define(SurqlClient client) {
    String ns = SurqlIdentifiers.escape(client.settings().namespace());
    SurqlClient root = SurqlClient.connect(client.settings().withNamespace("").withDatabase(""));
    root.query(
        "DEFINE NAMESPACE IF NOT EXISTS "
            + ns
            + "; USE NS "
            + ns
            + "; DEFINE DATABASE IF NOT EXISTS "
            + SurqlIdentifiers.escape(client.settings().database())
            + ";");
  }

  // ---------------------------------------------------------------------------------- migrate

  /**
   * Applies every pending migration, oldest first, each in its own transaction with its history
   * row; the configured listeners hear each one. A named database is defined first if missing.
   *
   * @throws SurqlException if the history and the migrations disagree (nothing is applied), or a
   *     migration fails (the message names its file, line and statement)
   */
  public MigrateResult migrate() {
    return migrator(true, "migrate()").migrate();
  }

  /**
   * Applies the pending migrations up to and including {@code target}; see {@link #migrate()}.
   *
   * @throws SurqlException naming the known versions if {@code target} is unknown
   */
  public MigrateResult migrate(String target) {
    Objects.requireNonNull(target, "target");
    return migrator(true, "migrate(String)").migrate(target);
  }

  /** The statements {@link #migrate()} would run, in order; changes nothing. */
  public List<PlannedStatement> dryRun() {
    return migrator(false, "dryRun()").dryRun();
  }

  /** The statements {@link #migrate(String)} would run up to {@code target}; changes nothing. */
  public List<PlannedStatement> dryRun(String target) {
    Objects.requireNonNull(target, "target");
    return migrator(false, "dryRun(String)").dryRun(target);
  }

  /** The migrations applied, failed and pending, and any disagreement between history and files. */
  public MigrationStatus status() {
    return migrator(false, "status()").status();
  }

  /** What {@code _migration_history} records as applied, oldest first. Needs no migrations. */
  public List<AppliedMigration> applied() {
    return new MigrationHistory(client()).applied();
  }

  /**
   * Repairs a migration recorded as failed (a {@code -- @transaction: none} migration that stopped
   * part way), in Flyway's manner.
   */
  public RepairResult repair(String version, RepairAction action) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(action, "action");
    return migrator(false, "repair()").repair(version, action);
  }

  /**
   * A migrator of the migrations (checked first: none configured starts nothing) on the database.
   */
  private Migrator migrator(boolean create, String operation) {
    MigrationSet set = migrations(operation);
    Migrator migrator =
        new Migrator(client(create), set).withOutOfOrder(configuration.outOfOrder());
    for (MigrationListener listener : configuration.listeners()) {
      migrator = migrator.withListener(listener);
    }
    return migrator;
  }

  // ----------------------------------------------------------------------------------- verify

  /**
   * Verifies every migration on fresh databases of the engine (removed afterwards): for each, up,
   * down, up again, comparing the schemas; the rollback and forward safety analysis; the built-in
   * checks. The seed data runs before the versions it names.
   */
  public VerificationReport verify() {
    MigrationSet set = migrations("verify()");
    return MigrationVerifier.of(engine(), set)
        .withSeedData(configuration.seedData())
        .withDatabasePrefix(configuration.databasePrefix() + "_verify")
        .withForwardSettings(configuration.forwardSettings())
        .verify();
  }

  /**
   * Checks that the migrations still apply on another release line: applies them on fresh databases
   * of this engine and of an engine of {@code target} (shared, or started for the check and stopped
   * after it when this instance has an engine of its own), and compares per migration.
   */
  public UpgradeReport upgradeCheck(SurrealVersion target) {
    Objects.requireNonNull(target, "target");
    MigrationSet set = migrations("upgradeCheck()");
    SurrealEngine source = engine();
    EngineConfig targetConfig = configuration.engineConfig().withVersion(target);
    boolean own = !configuration.sharedEngine() || configuration.givenClient().isPresent();
    SurrealEngine to = own ? SurqlEngines.start(targetConfig) : SurqlEngines.shared(targetConfig);
    try {
      return UpgradeCheck.of(set)
          .from(source)
          .to(to)
          .withDatabasePrefix(configuration.databasePrefix() + "_upgrade")
          .run();
    } finally {
      if (own) {
        to.close();
      }
    }
  }

  /**
   * Like {@link #upgradeCheck(SurrealVersion)} with a release line such as {@code "3.0"}.
   *
   * @throws SurqlException ({@link ErrorCode#INVALID_CONFIGURATION}) naming the supported lines
   */
  public UpgradeReport upgradeCheck(String targetLine) {
    return upgradeCheck(SurrealVersion.parse(targetLine, "SurqlTest.upgradeCheck"));
  }

  /**
   * What the pending migrations' ups would do to the data already in the database, counted there
   * with read-only queries (forward safety); changes nothing.
   */
  public ForwardPlan planUp() {
    Migrator migrator = migrator(false, "planUp()");
    SurqlClient on = migrator.client();
    List<Migration> pending = migrator.status().pending();
    List<ForwardIssue> issues =
        ForwardAnalyzer.analyze(
            pending,
            ForwardAnalysisOptions.staticLevel()
                .withClient(on)
                .withSchema(Snapshots.captureSchema(on))
                .withSettings(configuration.forwardSettings()));
    return new ForwardPlan(pending, issues);
  }

  // -------------------------------------------------------------------------------- snapshots

  /**
   * A snapshot of the database's schema now, labelled with the latest applied version ({@code
   * initial} if none).
   */
  public SchemaSnapshot snapshot() {
    List<AppliedMigration> applied = applied();
    return Snapshots.createSnapshot(
        client(),
        applied.isEmpty() ? INITIAL : applied.get(applied.size() - 1).version(),
        applied.size());
  }

  /** A snapshot of the database's schema now, labelled {@code label}. */
  public SchemaSnapshot snapshot(String label) {
    Objects.requireNonNull(label, "label");
    return Snapshots.createSnapshot(client(), label, applied().size());
  }

  /** The snapshots stored in the database ({@code _schema_snapshot}): store, load, list, delete. */
  public SnapshotStore snapshots() {
    return new SnapshotStore(client());
  }

  /** The differences between two snapshots; needs no engine. */
  public SnapshotDiff compare(SchemaSnapshot from, SchemaSnapshot to) {
    checkOpen();
    return Snapshots.compareSnapshots(
        Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
  }

  /**
   * The differences between two snapshots stored in the database under these versions.
   *
   * @throws SurqlException ({@link ErrorCode#SNAPSHOT_INVALID}) naming the stored versions if one
   *     is missing
   */
  public SnapshotDiff compare(String fromVersion, String toVersion) {
    SnapshotStore store = snapshots();
    return compare(stored(store, fromVersion), stored(store, toVersion));
  }

  private SchemaSnapshot stored(SnapshotStore store, String version) {
    Objects.requireNonNull(version, "version");
    return store
        .load(version)
        .orElseThrow(
            () -> {
              List<String> versions = store.versions();
              return new SurqlException(
                  ErrorCode.SNAPSHOT_INVALID,
                  "No snapshot "
                      + version
                      + " in "
                      + SnapshotStore.TABLE
                      + " of "
                      + where()
                      + " (stored: "
                      + (versions.isEmpty() ? "none" : String.join(", ", versions))
                      + "). Store one with snapshots().store(snapshot(\""
                      + version
                      + "\")).");
            });
  }

  // --------------------------------------------------------------------------------- rollback

  /**
   * What rolling back to {@code target} would undo, with the data at stake counted in the database;
   * executes nothing. {@code target} {@value RollbackPlanner#NOTHING} plans rolling back every
   * applied migration.
   *
   * @throws SurqlException ({@link ErrorCode#ROLLBACK_FAILED}) if nothing is applied, or the target
   *     is unknown or not applied
   */
  public RollbackPlan planRollback(String target) {
    Objects.requireNonNull(target, "target");
    MigrationSet set = migrations("planRollback()");
    return RollbackPlanner.createRollbackPlan(client(), set, target);
  }

  /**
   * Rolls back to {@code target} if the plan is SAFE; see {@link #rollback(String,
   * RollbackOptions)}.
   */
  public RollbackResult rollback(String target) {
    return rollback(target, RollbackOptions.defaults());
  }

  /**
   * Plans the rollback to {@code target} and executes it as the options say (forced, dry run).
   *
   * @throws SurqlException ({@link ErrorCode#ROLLBACK_FAILED}) if the plan cannot be made, or is
   *     not SAFE and not forced
   */
  public RollbackResult rollback(String target, RollbackOptions options) {
    Objects.requireNonNull(options, "options");
    return rollback(planRollback(target), options);
  }

  /**
   * Executes a plan made by {@link #planRollback(String)}: each down with the removal of its
   * history row in one transaction, newest first; the configured listeners hear each one. A plan
   * whose history changed since it was made is refused.
   *
   * @return what was rolled back; {@code success} is false if a down failed (its errors say which
   *     and why)
   */
  public RollbackResult rollback(RollbackPlan plan, RollbackOptions options) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(options, "options");
    RollbackOptions withListeners = options;
    for (MigrationListener listener : configuration.listeners()) {
      withListeners = withListeners.withListener(listener);
    }
    return RollbackExecutor.executeRollback(client(), plan, withListeners);
  }

  // ------------------------------------------------------------------------------------ close

  /**
   * Removes the fresh database this instance made and stops the engine it started; leaves shared
   * and given engines and named and given databases alone. Idempotent. If both steps fail, the
   * first failure is thrown with the second suppressed. Atomic: a concurrent call returns only once
   * the first one has removed and stopped what it had to.
   */
  @Override
  public void close() {
    closing.close(this::closeNow);
  }

  /** Runs once: a concurrent or later {@link #close()} waits for it, then returns. */
  private void closeNow() {
    SurqlDatabase database;
    SurrealEngine started;
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
      database = freshDatabase;
      started = ownsEngine ? engine : null;
      freshDatabase = null;
      client = null;
      engine = null;
    }
    List<RuntimeException> failures = new ArrayList<>();
    if (database != null) {
      try {
        database.close();
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    if (started != null) {
      try {
        started.close();
      } catch (RuntimeException e) {
        failures.add(e);
      }
    }
    if (!failures.isEmpty()) {
      RuntimeException first = failures.get(0);
      failures.stream().skip(1).forEach(first::addSuppressed);
      throw first;
    }
  }

  private void checkOpen() {
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException(
            "This SurqlTest is closed: its fresh database was removed and an engine of"
                + " its own stopped. Load a new one with SurqlTest.configure()…load().");
      }
    }
  }

  private String where() {
    SurqlClient on = client();
    return on.settings().namespace() + "/" + on.settings().database();
  }

  @Override
  public String toString() {
    synchronized (lock) {
      return "SurqlTest["
          + migrations.map(MigrationSet::location).orElse("no migrations")
          + (closed
              ? ", closed"
              : client != null
                  ? " on " + client.settings().namespace() + "/" + client.settings().database()
                  : "")
          + "]";
    }
  }
}

package dev.surql.core.migration;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.StatementFailedException;
import dev.surql.core.client.StatementResult;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.migration.MigrationHistory;
import dev.surql.core.internal.migration.MigrationSteps;
import dev.surql.core.internal.migration.MigrationVersions;
import dev.surql.core.internal.text.Abbreviation;
import dev.surql.core.rule.Rule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Applies a {@link MigrationSet} to the database a {@link SurqlClient} is bound to, and rolls
 * migrations back. Each migration's statements and its {@code _migration_history} row run in one
 * transaction: a failing migration leaves no partial schema and no history row. Before doing
 * anything, the history is checked against the local migrations (checksums, missing files, out of
 * order versions, failed migrations) and the run is refused on any disagreement.
 *
 * <p>A migration with {@code -- @transaction: none} ({@link TransactionMode#NONE}) runs statement
 * by statement instead, its history row written after the last one (its down likewise, the row
 * removed after the last down statement). A failure part way leaves the statements before it
 * applied and records the migration as failed, with the statement it stopped at and the server's
 * message; it is then neither applied nor pending, and {@link #migrate()} and {@link #down(String)}
 * refuse to run until {@link #repair(String, RepairAction)} marks it applied, rolls it back or
 * forgets it.
 *
 * <p>When the engine reports a write conflict for a migration's transaction and no other process
 * recorded the migration, the transaction is tried again a few times; a conflict that persists is
 * reported as the engine being unable to commit the migration as one transaction, naming the
 * statement sequence where it is a known one, with the two ways out (split the migration, or {@code
 * -- @transaction: none}).
 *
 * <p>{@link #migrate()} and {@link #down(String)} read the history first and refuse to run on any
 * disagreement. A caller that owns the database and tracks its state itself (the reversibility
 * verifier walks a fresh database one migration at a time) can use {@link #apply(Migration)} and
 * {@link #revert(Migration)}, which skip that read but still run each migration with its history
 * row in one transaction.
 *
 * <p>Instances are immutable apart from remembering that the history table exists; {@link
 * #withListener} and {@link #withOutOfOrder} return new ones.
 *
 * <pre>{@code
 * MigrateResult result = new Migrator(client, MigrationLoader.load("classpath:db/migrations"))
 *     .withListener(snapshotListener)
 *     .migrate();
 * }</pre>
 */
public final class Migrator {

  static {
    MigrationSteps.install(
        new MigrationSteps.Access() {
          @Override
          public MigrationSteps.Step apply(
              Migrator migrator, Migration migration, List<String> reads) {
            return migrator.applyThenRead(migration, reads);
          }

          @Override
          public MigrationSteps.Step revert(
              Migrator migrator, Migration migration, List<String> reads) {
            return migrator.revertThenRead(migration, reads);
          }
        });
  }

  private final SurqlClient client;
  private final MigrationSet migrations;
  private final List<MigrationListener> listeners;
  private final boolean outOfOrder;
  private final MigrationHistory history;
  private final AtomicBoolean historyTableEnsured = new AtomicBoolean();

  /**
   * The set's migrations by version: a walk checks every migration it applies and reverts against
   * the set.
   */
  private final Map<String, Migration> byVersion = new HashMap<>();

  /** A migrator for {@code migrations} on the database {@code client} is bound to. */
  public Migrator(SurqlClient client, MigrationSet migrations) {
    this(client, migrations, List.of(), false);
  }

  private Migrator(
      SurqlClient client,
      MigrationSet migrations,
      List<MigrationListener> listeners,
      boolean outOfOrder) {
    this.client = Objects.requireNonNull(client, "client");
    this.migrations = Objects.requireNonNull(migrations, "migrations");
    migrations.migrations().forEach(migration -> byVersion.put(migration.version(), migration));
    this.listeners = List.copyOf(listeners);
    this.outOfOrder = outOfOrder;
    this.history = new MigrationHistory(client);
  }

  /** A migrator that also calls {@code listener}, after the listeners already registered. */
  public Migrator withListener(MigrationListener listener) {
    Objects.requireNonNull(listener, "listener");
    List<MigrationListener> all = new ArrayList<>(listeners);
    all.add(listener);
    return new Migrator(client, migrations, all, outOfOrder);
  }

  /**
   * A migrator that applies pending migrations older than the newest applied one ({@code true})
   * instead of refusing to run ({@code false}, the default).
   */
  public Migrator withOutOfOrder(boolean allowed) {
    return new Migrator(client, migrations, listeners, allowed);
  }

  public SurqlClient client() {
    return client;
  }

  public MigrationSet migrations() {
    return migrations;
  }

  /** The history table of the client's database. */
  MigrationHistory history() {
    return history;
  }

  /** The registered listeners, in the order they are called. */
  public List<MigrationListener> listeners() {
    return listeners;
  }

  /** Whether out-of-order migrations are applied. */
  public boolean outOfOrder() {
    return outOfOrder;
  }

  // ---------------------------------------------------------------------------------- status

  /** Compares the database's history with the local migrations. Reads only; creates nothing. */
  public MigrationStatus status() {
    MigrationHistory.Entries entries = history.entries();
    List<AppliedMigration> applied = entries.applied();
    List<FailedMigration> failed = entries.failed();
    Map<String, AppliedMigration> appliedByVersion =
        applied.stream().collect(Collectors.toMap(AppliedMigration::version, Function.identity()));
    List<MigrationStatusProblem> problems = new ArrayList<>();
    for (FailedMigration row : failed) {
      problems.add(
          new MigrationStatusProblem(
              MigrationStatusProblem.Kind.FAILED,
              row.version(),
              "Detected failed migration "
                  + row.version()
                  + describe(row.description())
                  + " ("
                  + Rule.FAILED_MIGRATION.label()
                  + "): it ran statement by statement (-- @transaction: none) and"
                  + " stopped at "
                  + row.describe()
                  + "; "
                  + (row.direction() == MigrationDirection.UP ? "up" : "down")
                  + " statements 1 to "
                  + row.statementsApplied()
                  + " are applied."
                  + System.lineSeparator()
                  + repairAdvice(row.version())));
    }
    for (AppliedMigration row : applied) {
      Optional<Migration> local = migrations.find(row.version());
      if (local.isEmpty()) {
        problems.add(
            new MigrationStatusProblem(
                MigrationStatusProblem.Kind.MISSING_LOCALLY,
                row.version(),
                "Detected applied migration not resolved locally: "
                    + row.version()
                    + describe(row.description())
                    + " (applied from "
                    + row.source()
                    + " at "
                    + row.appliedAt()
                    + ")."
                    + System.lineSeparator()
                    + "Either restore the migration to "
                    + migrations.location()
                    + ", or use a database that was not migrated with it."));
      } else if (!local.get().checksum().equals(row.checksum())) {
        problems.add(
            new MigrationStatusProblem(
                MigrationStatusProblem.Kind.CHECKSUM_MISMATCH,
                row.version(),
                "Migration checksum mismatch for migration "
                    + row.version()
                    + " (file "
                    + local.get().source()
                    + ")"
                    + System.lineSeparator()
                    + "-> Applied to database: "
                    + row.checksum()
                    + System.lineSeparator()
                    + "-> Resolved locally: "
                    + local.get().checksum()
                    + System.lineSeparator()
                    + "Either revert the changes to the migration file, or put them in a new"
                    + " migration: a migration must not change once it has been applied."));
      }
    }
    List<Migration> pending =
        migrations.migrations().stream()
            .filter(m -> !appliedByVersion.containsKey(m.version()))
            .filter(m -> failed.stream().noneMatch(f -> f.version().equals(m.version())))
            .toList();
    if (!outOfOrder && !applied.isEmpty()) {
      String latest = applied.get(applied.size() - 1).version();
      for (Migration m : pending) {
        if (MigrationVersions.compare(m.version(), latest) < 0) {
          problems.add(
              new MigrationStatusProblem(
                  MigrationStatusProblem.Kind.OUT_OF_ORDER_PENDING,
                  m.version(),
                  "Detected resolved migration not applied to database: "
                      + m.version()
                      + " (file "
                      + m.source()
                      + ") is older than the latest applied migration "
                      + latest
                      + "."
                      + System.lineSeparator()
                      + "Either give it a version newer than "
                      + latest
                      + ", or allow out-of-order migrations with withOutOfOrder(true)."));
        }
      }
    }
    return MigrationStatus.builder()
        .applied(applied)
        .failed(failed)
        .pending(pending)
        .problems(problems)
        .build();
  }

  // ---------------------------------------------------------------------------------- migrate

  /** Applies every pending migration, oldest first. See {@link #migrate(String)}. */
  public MigrateResult migrate() {
    return migrate(Optional.empty());
  }

  /**
   * Applies the pending migrations up to and including {@code target}, oldest first, each in its
   * own transaction together with its history row.
   *
   * @throws SurqlException ({@link ErrorCode#MIGRATION_INVALID}) if {@code target} is not a known
   *     version; ({@link ErrorCode#MIGRATION_STATE_INVALID}) if {@link #status()} reports problems
   * @throws MigrationFailedException if a migration fails; it left nothing behind and later
   *     migrations were not attempted
   */
  public MigrateResult migrate(String target) {
    return migrate(Optional.of(Objects.requireNonNull(target, "target")));
  }

  private MigrateResult migrate(Optional<String> target) {
    target.ifPresent(this::checkTarget);
    ensureHistoryTable();
    List<Migration> pending = pending(target);
    List<ExecutedMigration> done = new ArrayList<>();
    for (int i = 0; i < pending.size(); i++) {
      Migration migration = pending.get(i);
      List<Migration> later = pending.subList(i + 1, pending.size());
      done.add(apply(migration, done.size(), later));
    }
    return new MigrateResult(done, target);
  }

  /**
   * Applies one migration without reading {@code _migration_history} first: its statements and its
   * history row run in one transaction, and the listeners are called, as in {@link #migrate()}. For
   * callers that own the database and know {@code migration} is the next one to apply, such as a
   * verifier walking a fresh database: N migrations cost N requests instead of N history reads that
   * each grow with N.
   *
   * <p>The checks of {@link #status()} are skipped (checksums of other applied migrations, order);
   * the database still refuses a migration that is already recorded, because its history row's
   * record id is its version.
   *
   * @throws SurqlException ({@link ErrorCode#MIGRATION_INVALID}) if {@code migration} is not part
   *     of this migrator's set
   * @throws MigrationFailedException if the migration fails or is already recorded; nothing was
   *     applied
   */
  public ExecutedMigration apply(Migration migration) {
    return applyThenRead(migration, List.of()).executed();
  }

  private MigrationSteps.Step applyThenRead(Migration migration, List<String> reads) {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(reads, "reads");
    requireOwn(migration);
    ensureHistoryTable();
    return apply(migration, 0, List.of(), reads);
  }

  /**
   * Rolls back one migration without reading {@code _migration_history} first: its down statements
   * and the removal of its history row run in one transaction, and the listeners are called, as in
   * {@link #down(String)}. For callers that own the database and know {@code migration} is the
   * latest applied one; the checks of {@link #down(String)} against the history (latest applied,
   * checksum) are skipped, but the transaction fails and changes nothing if the migration is not
   * recorded.
   *
   * @throws SurqlException ({@link ErrorCode#MIGRATION_INVALID}) if {@code migration} is not part
   *     of this migrator's set; ({@link ErrorCode#ROLLBACK_FAILED}) if it is irreversible
   * @throws MigrationFailedException if a down statement fails or the migration is not recorded;
   *     nothing was changed
   */
  public ExecutedMigration revert(Migration migration) {
    return revertThenRead(migration, List.of()).executed();
  }

  private MigrationSteps.Step revertThenRead(Migration migration, List<String> reads) {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(reads, "reads");
    requireOwn(migration);
    requireReversible(migration);
    return runDown(migration, reads);
  }

  private void requireOwn(Migration migration) {
    Optional<Migration> own = Optional.ofNullable(byVersion.get(migration.version()));
    if (own.isEmpty() || !own.get().checksum().equals(migration.checksum())) {
      throw new SurqlException(
          ErrorCode.MIGRATION_INVALID,
          "Migration "
              + migration.displayName()
              + " ("
              + migration.source()
              + ") is not part of "
              + migrations.location()
              + (own.isEmpty()
                  ? ""
                  : ": that set has a different migration "
                      + migration.version()
                      + " ("
                      + own.get().source()
                      + ")")
              + ". Apply and revert only migrations of the set this Migrator was created with.");
    }
  }

  private void ensureHistoryTable() {
    if (!historyTableEnsured.get()) {
      history.ensureTable();
      historyTableEnsured.set(true);
    }
  }

  /** The statements {@link #migrate()} would run, in order; runs and creates nothing. */
  public List<PlannedStatement> dryRun() {
    return dryRun(Optional.empty());
  }

  /** The statements {@link #migrate(String)} would run, in order; runs and creates nothing. */
  public List<PlannedStatement> dryRun(String target) {
    return dryRun(Optional.of(Objects.requireNonNull(target, "target")));
  }

  private List<PlannedStatement> dryRun(Optional<String> target) {
    target.ifPresent(this::checkTarget);
    List<PlannedStatement> planned = new ArrayList<>();
    for (Migration migration : pending(target)) {
      for (Statement statement : migration.up()) {
        planned.add(
            new PlannedStatement(
                migration.version(), migration.source(), statement.line(), statement.text()));
      }
    }
    return List.copyOf(planned);
  }

  private void checkTarget(String target) {
    if (!migrations.contains(target)) {
      throw new SurqlException(
          ErrorCode.MIGRATION_INVALID,
          "Unknown target version '"
              + target
              + "': no migration"
              + " in "
              + migrations.location()
              + " has it. Known versions: "
              + (migrations.isEmpty() ? "(none)" : String.join(", ", migrations.versions()))
              + ".");
    }
  }

  private List<Migration> pending(Optional<String> target) {
    MigrationStatus status = status();
    if (!status.isConsistent()) {
      throw new SurqlException(
          ErrorCode.MIGRATION_STATE_INVALID,
          "Cannot migrate "
              + where()
              + ": "
              + (status.problems().size() == 1
                  ? "1 problem"
                  : status.problems().size() + " problems")
              + " between its "
              + MigrationHistory.TABLE
              + " and "
              + migrations.location()
              + ":"
              + status.problems().stream()
                  .map(p -> System.lineSeparator() + p.message())
                  .collect(Collectors.joining()));
    }
    return status.pending().stream()
        .filter(m -> target.isEmpty() || MigrationVersions.compare(m.version(), target.get()) <= 0)
        .toList();
  }

  private ExecutedMigration apply(Migration migration, int completed, List<Migration> later) {
    return apply(migration, completed, later, List.of()).executed();
  }

  private MigrationSteps.Step apply(
      Migration migration, int completed, List<Migration> later, List<String> reads) {
    MigrationEvent before =
        MigrationEvent.builder()
            .client(client)
            .migration(migration)
            .direction(MigrationDirection.UP)
            .completedCount(completed)
            .build();
    listeners.forEach(l -> l.beforeMigrate(before));
    long start = System.nanoTime();
    Optional<List<StatementResult>> read = Optional.empty();
    if (migration.transactional()) {
      read = Optional.of(applyInTransaction(migration, later, reads));
    } else {
      applyStatementByStatement(migration, later);
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - start);
    MigrationEvent after =
        MigrationEvent.builder()
            .client(client)
            .migration(migration)
            .direction(MigrationDirection.UP)
            .completedCount(completed + 1)
            .duration(duration)
            .build();
    listeners.forEach(l -> l.afterMigrate(after));
    return new MigrationSteps.Step(
        new ExecutedMigration(migration, MigrationDirection.UP, duration), read);
  }

  /**
   * Retries of a transaction that reported a write conflict, before it is reported as the
   * migration's own.
   */
  private static final int CONFLICT_ATTEMPTS = 3;

  private List<StatementResult> applyInTransaction(
      Migration migration, List<Migration> later, List<String> reads) {
    List<String> statements = new ArrayList<>();
    statements.add(MigrationHistory.startStatement());
    statements.addAll(migration.upStatements());
    statements.add(history.recordStatement());
    for (int attempt = 1; ; attempt++) {
      try {
        return client.transactionThenRead(
            statements, MigrationHistory.recordParameters(migration), reads);
      } catch (StatementFailedException e) {
        if (appliedByAnotherProcess(migration)) {
          throw concurrentlyApplied(migration, e, later);
        }
        if (MigrationHistory.isConflict(e.serverMessage()) && attempt < CONFLICT_ATTEMPTS) {
          pause(attempt);
          continue;
        }
        throw applyFailed(migration, e, statements.size(), later);
      } catch (SurqlException e) {
        if (e.code() == ErrorCode.PARSE_ERROR) {
          throw parseFailed(
              migration, MigrationDirection.UP, statements, 1, e, notAttempted(later));
        }
        throw interrupted(migration, MigrationDirection.UP, e, notAttempted(later));
      }
    }
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(25L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextInt(25));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SurqlException(
          ErrorCode.TIMEOUT, "Interrupted while retrying a migration's transaction", e);
    }
  }

  /**
   * {@code -- @transaction: none}: each up statement in its own request (so its own transaction),
   * then the history row. A failure after the first statement records the migration as failed.
   */
  private void applyStatementByStatement(Migration migration, List<Migration> later) {
    List<Statement> up = migration.up();
    for (int i = 0; i < up.size(); i++) {
      runAlone(migration, MigrationDirection.UP, i, later);
    }
    try {
      client.transaction(
          List.of(MigrationHistory.startStatement(), history.recordStatement()),
          MigrationHistory.recordParameters(migration));
    } catch (StatementFailedException e) {
      String server = server(e);
      boolean exists =
          e.errorKind().filter("AlreadyExists"::equals).isPresent()
              || e.serverMessage().contains("already exists");
      throw new MigrationFailedException(
          "Migration "
              + migration.displayName()
              + " ("
              + migration.source()
              + ") ran all "
              + up.size()
              + " of its statements one by one (-- @transaction: none), but could not be"
              + " recorded in "
              + MigrationHistory.TABLE
              + (exists
                  ? ": the version is already recorded there, so"
                      + " another process applied or recorded it at the same time and its statements ran twice"
                  : "")
              + " (server: "
              + server
              + ")."
              + System.lineSeparator()
              + "Check the database by hand; "
              + (exists
                  ? "make sure only one process migrates a database at a time."
                  : "once it holds everything the"
                      + " migration does, record it with Migrator.repair or run migrate again.")
              + notAttempted(later),
          migration.version(),
          migration.source(),
          Optional.empty(),
          server,
          e);
    } catch (SurqlException e) {
      throw new SurqlException(
          e.code(),
          "Migration "
              + migration.displayName()
              + " ("
              + migration.source()
              + ") ran all "
              + up.size()
              + " of its statements one by one (-- @transaction: none), but recording it in "
              + MigrationHistory.TABLE
              + " was interrupted: "
              + e.getMessage()
              + System.lineSeparator()
              + "Once the"
              + " server is back, check status(): if "
              + migration.version()
              + " is pending although its statements"
              + " are applied, record it by hand."
              + notAttempted(later),
          e);
    }
  }

  /**
   * Runs statement {@code index} of a section alone. On failure: nothing of the migration changed
   * if it was the first statement; otherwise the migration is recorded as failed, and the exception
   * says how far it got and how to repair it.
   */
  private void runAlone(
      Migration migration, MigrationDirection direction, int index, List<Migration> later) {
    List<Statement> section =
        direction == MigrationDirection.UP ? migration.up() : migration.down().orElse(List.of());
    Statement statement = section.get(index);
    try {
      client.query(statement.text() + ";");
    } catch (StatementFailedException e) {
      throw partialFailure(migration, direction, index, server(e), e, later);
    } catch (SurqlException e) {
      if (e.code() == ErrorCode.PARSE_ERROR) {
        throw partialFailure(migration, direction, index, parseMessage(e), e, later);
      }
      if (e.code() == ErrorCode.CONNECTION_REFUSED || e.code() == ErrorCode.TIMEOUT) {
        throw new SurqlException(
            e.code(),
            (direction == MigrationDirection.UP ? "Applying" : "Rolling back")
                + " migration "
                + migration.displayName()
                + " ("
                + migration.source()
                + ") statement by statement"
                + " (-- @transaction: none) was interrupted at statement "
                + (index + 1)
                + " of "
                + section.size()
                + " ("
                + migration.source()
                + ":"
                + statement.line()
                + "): "
                + e.getMessage()
                + System.lineSeparator()
                + "Statements 1 to "
                + index
                + " are applied, statement "
                + (index + 1)
                + " may or may not be, and "
                + MigrationHistory.TABLE
                + " was not changed. Once the server is back, put the database right by hand"
                + " (finish or undo the migration), then record it accordingly."
                + notAttempted(later),
            e);
      }
      throw e;
    }
  }

  private static String parseMessage(SurqlException e) {
    String server = e.getMessage();
    int query = server.indexOf(System.lineSeparator() + "Query: ");
    return (query >= 0 ? server.substring(0, query) : server).strip();
  }

  private MigrationFailedException partialFailure(
      Migration migration,
      MigrationDirection direction,
      int index,
      String server,
      SurqlException cause,
      List<Migration> later) {
    boolean up = direction == MigrationDirection.UP;
    List<Statement> section = up ? migration.up() : migration.down().orElse(List.of());
    Statement statement = section.get(index);
    String nl = System.lineSeparator();
    StringBuilder message =
        new StringBuilder(up ? "Migration " : "Rolling back migration ")
            .append(migration.displayName())
            .append(" (-- @transaction: none) failed at ")
            .append(up ? "" : "down ")
            .append("statement ")
            .append(index + 1)
            .append(" of ")
            .append(section.size());
    if (index == 0) {
      message
          .append(
              "; each statement commits on its own and this was the first, so nothing was changed")
          .append(up ? " and it was not recorded in " : " and it is still applied in ")
          .append(MigrationHistory.TABLE)
          .append('.')
          .append(nl);
    } else {
      message
          .append(". It runs statement by statement, so ")
          .append(up ? "" : "down ")
          .append("statements 1 to ")
          .append(index)
          .append(" are applied and the rest are not");
      Optional<String> recorded = recordFailure(migration, direction, index, server);
      if (recorded.isEmpty()) {
        message.append("; it is recorded as FAILED in ").append(MigrationHistory.TABLE).append('.');
      } else {
        message
            .append("; it could not be recorded as failed in ")
            .append(MigrationHistory.TABLE)
            .append(" (")
            .append(recorded.get())
            .append("), so check the database by hand.");
      }
      message.append(nl);
    }
    message
        .append("  File:      ")
        .append(migration.source())
        .append(':')
        .append(statement.line())
        .append(nl)
        .append("  Statement: ")
        .append(Abbreviation.abbreviate(statement.text().strip(), 500))
        .append(nl)
        .append("  Server:    ")
        .append(server)
        .append(nl);
    if (index == 0) {
      message.append(
          up
              ? "Fix the migration and run migrate again."
              : "Fix the down statements and try again.");
    } else {
      message.append(repairAdvice(migration.version()));
    }
    message.append(up ? notAttempted(later) : "");
    return new MigrationFailedException(
        message.toString(),
        migration.version(),
        migration.source(),
        Optional.of(statement),
        server,
        cause);
  }

  /** Records the failure; returns why it could not be recorded, if it could not. */
  private Optional<String> recordFailure(
      Migration migration, MigrationDirection direction, int index, String server) {
    try {
      ensureHistoryTable();
      client.transaction(
          List.of(MigrationHistory.startStatement(), history.recordFailureStatement(direction)),
          MigrationHistory.failureParameters(migration, direction, index, server));
      return Optional.empty();
    } catch (SurqlException e) {
      return Optional.of(e.getMessage());
    }
  }

  static String repairAdvice(String version) {
    return "Migrate refuses to run until it is repaired. Put the database right, then repair it:"
        + System.lineSeparator()
        + "  surql migrate repair "
        + version
        + " --rollback       runs its down statement"
        + " by statement and makes it pending again"
        + System.lineSeparator()
        + "  surql migrate repair "
        + version
        + " --mark-applied   records it as applied,"
        + " once you ran the rest of it by hand"
        + System.lineSeparator()
        + "  surql migrate repair "
        + version
        + " --forget         removes the failed row,"
        + " once you undid it by hand"
        + System.lineSeparator()
        + "(in Java: Migrator.repair(\""
        + version
        + "\", RepairAction.ROLL_BACK | MARK_APPLIED"
        + " | FORGET)).";
  }

  private static String server(StatementFailedException e) {
    return e.errorKind().map(k -> k + ": ").orElse("") + e.serverMessage();
  }

  private MigrationFailedException applyFailed(
      Migration migration, StatementFailedException e, int statementCount, List<Migration> later) {
    int index = e.statementIndex();
    String server = e.errorKind().map(k -> k + ": ").orElse("") + e.serverMessage();
    boolean historyFailed = index == statementCount - 1;
    if (historyFailed
        && (e.errorKind().filter("AlreadyExists"::equals).isPresent()
            || e.serverMessage().contains("already exists"))) {
      return concurrentlyApplied(migration, e, later);
    }
    if (MigrationHistory.isConflict(e.serverMessage())) {
      return selfConflict(migration, MigrationDirection.UP, server, e, notAttempted(later));
    }
    Optional<Statement> statement =
        index >= 1 && index <= migration.up().size()
            ? Optional.of(migration.up().get(index - 1))
            : Optional.empty();
    StringBuilder message =
        new StringBuilder("Migration ")
            .append(migration.displayName())
            .append(
                " failed; its transaction was rolled back, so nothing from it was applied and it was not recorded in ")
            .append(MigrationHistory.TABLE)
            .append('.')
            .append(System.lineSeparator());
    if (statement.isPresent()) {
      message
          .append("  File:      ")
          .append(migration.source())
          .append(':')
          .append(statement.get().line())
          .append(System.lineSeparator())
          .append("  Statement: ")
          .append(Abbreviation.abbreviate(statement.get().text().strip(), 500))
          .append(System.lineSeparator());
    } else {
      message.append("  File:      ").append(migration.source()).append(System.lineSeparator());
      if (historyFailed) {
        message
            .append("  Statement: (recording the migration in ")
            .append(MigrationHistory.TABLE)
            .append(')')
            .append(System.lineSeparator());
      }
    }
    message
        .append("  Server:    ")
        .append(server)
        .append(System.lineSeparator())
        .append("Fix the migration and run migrate again.")
        .append(notAttempted(later));
    return new MigrationFailedException(
        message.toString(), migration.version(), migration.source(), statement, server, e);
  }

  /**
   * The engine reported a write conflict on every attempt and no other process recorded the
   * migration: it cannot commit these statements together.
   */
  private MigrationFailedException selfConflict(
      Migration migration,
      MigrationDirection direction,
      String server,
      StatementFailedException e,
      String suffix) {
    boolean up = direction == MigrationDirection.UP;
    List<Statement> section = up ? migration.up() : migration.down().orElse(List.of());
    Optional<String> pattern = TransactionConflicts.pattern(section, migration.source());
    String nl = System.lineSeparator();
    StringBuilder message =
        new StringBuilder("SurrealDB could not commit ")
            .append(up ? "migration " : "the down of" + " migration ")
            .append(migration.displayName())
            .append(" (")
            .append(migration.source())
            .append(") as one transaction on ")
            .append(where())
            .append(" (")
            .append(Rule.TRANSACTION_CONFLICT.label())
            .append("): it reported a write conflict on each of ")
            .append(CONFLICT_ATTEMPTS)
            .append(" attempts and no")
            .append(
                " other process recorded the migration, so the conflict is between the migration's own statements.")
            .append(" The transaction was rolled back: ")
            .append(
                up
                    ? "nothing from it was applied and it was not" + " recorded in "
                    : "nothing was changed and it is still applied in ")
            .append(MigrationHistory.TABLE)
            .append('.')
            .append(nl);
    pattern.ifPresent(p -> message.append("  Pattern:   ").append(p).append('.').append(nl));
    message
        .append("  Server:    ")
        .append(server)
        .append(nl)
        .append("Either split the migration in two")
        .append(
            pattern.isPresent()
                ? " (up to the REMOVE TABLE in one migration, the rest in the next)"
                : "")
        .append(
            ", or add '-- @transaction: none' to its header to run it statement by statement (without atomicity:")
        .append(
            " a failure part way leaves it recorded as failed until it is repaired). If another process was")
        .append(" migrating this database at the same time, it caused the conflict instead: run ")
        .append(up ? "migrate" : "the rollback")
        .append(" again, and make sure only one process migrates a database")
        .append(" at a time.")
        .append(suffix);
    return new MigrationFailedException(
        message.toString(), migration.version(), migration.source(), Optional.empty(), server, e);
  }

  /**
   * Whether {@code migration} is recorded in the history now, after this process failed to apply
   * it.
   */
  private boolean appliedByAnotherProcess(Migration migration) {
    try {
      return history.find(migration.version()).isPresent();
    } catch (SurqlException e) {
      return false;
    }
  }

  private static MigrationFailedException concurrentlyApplied(
      Migration migration, StatementFailedException e, List<Migration> later) {
    String server = e.errorKind().map(k -> k + ": ").orElse("") + e.serverMessage();
    return new MigrationFailedException(
        "Migration "
            + migration.displayName()
            + " ("
            + migration.source()
            + ") was applied by another process while this one was applying it: "
            + MigrationHistory.TABLE
            + ":⟨"
            + migration.version()
            + "⟩ already exists. This attempt was rolled back, so nothing from it was"
            + " applied twice (server: "
            + server
            + ")."
            + System.lineSeparator()
            + "Run migrate again to continue"
            + " from the database's current state, and make sure only one process migrates a database at a time."
            + notAttempted(later),
        migration.version(),
        migration.source(),
        Optional.empty(),
        server,
        e);
  }

  /**
   * The connection broke (or timed out) while a migration's transaction was on its way: the server
   * committed all of it with its history change, or none of it, and only the database can tell
   * which.
   */
  private SurqlException interrupted(
      Migration migration, MigrationDirection direction, SurqlException e, String suffix) {
    if (e.code() != ErrorCode.CONNECTION_REFUSED && e.code() != ErrorCode.TIMEOUT) {
      return e;
    }
    boolean up = direction == MigrationDirection.UP;
    return new SurqlException(
        e.code(),
        (up ? "Applying migration " : "Rolling back migration ")
            + migration.displayName()
            + " ("
            + migration.source()
            + ") on "
            + where()
            + " was interrupted: "
            + e.getMessage()
            + System.lineSeparator()
            + "It ran in one transaction with its "
            + MigrationHistory.TABLE
            + " change, so the server either committed all of it or none of it. Once the server is back, check status()"
            + " (or "
            + MigrationHistory.TABLE
            + ") to see whether "
            + migration.version()
            + " is "
            + (up ? "applied" : "still applied")
            + ", then run "
            + (up ? "migrate" : "the rollback")
            + " again."
            + suffix,
        e);
  }

  private static final Pattern PARSE_POSITION = Pattern.compile("--> \\[(\\d+):(\\d+)\\]");

  /**
   * The server could not parse the transaction: locate the statement from the error's request line.
   */
  private static MigrationFailedException parseFailed(
      Migration migration,
      MigrationDirection direction,
      List<String> statements,
      int firstOwn,
      SurqlException e,
      String suffix) {
    List<Statement> own =
        direction == MigrationDirection.UP ? migration.up() : migration.down().orElse(List.of());
    Optional<Statement> statement = Optional.empty();
    int fileLine = 0;
    Matcher position = PARSE_POSITION.matcher(e.getMessage());
    if (position.find()) {
      int requestLine = Integer.parseInt(position.group(1));
      int line =
          2; // SurqlClient.transaction sends "BEGIN TRANSACTION;" on line 1, then one statement
      // after another
      for (int i = 0; i < statements.size(); i++) {
        int lines = (int) statements.get(i).strip().chars().filter(c -> c == '\n').count() + 1;
        if (requestLine >= line && requestLine < line + lines) {
          if (i >= firstOwn && i - firstOwn < own.size()) {
            statement = Optional.of(own.get(i - firstOwn));
            fileLine = statement.get().line() + (requestLine - line);
          }
          break;
        }
        line += lines;
      }
    }
    String server = e.getMessage();
    int query = server.indexOf(System.lineSeparator() + "Query: ");
    if (query >= 0) {
      server = server.substring(0, query);
    }
    StringBuilder message =
        new StringBuilder(
                direction == MigrationDirection.UP ? "Migration " : "Rolling back migration ")
            .append(migration.displayName())
            .append(
                direction == MigrationDirection.UP
                    ? " was rejected by the server's parser; nothing from it ran."
                    : " was rejected by the server's parser; nothing was changed.")
            .append(System.lineSeparator())
            .append("  File:      ")
            .append(migration.source());
    if (statement.isPresent()) {
      message
          .append(':')
          .append(fileLine)
          .append(System.lineSeparator())
          .append("  Statement: ")
          .append(Abbreviation.abbreviate(statement.get().text().strip(), 500));
    }
    message
        .append(System.lineSeparator())
        .append("  Server:    ")
        .append(server.strip())
        .append(System.lineSeparator())
        .append(
            direction == MigrationDirection.UP
                ? "Fix the migration and run migrate again."
                : "Fix the down statements and try again.")
        .append(suffix);
    return new MigrationFailedException(
        message.toString(), migration.version(), migration.source(), statement, server.strip(), e);
  }

  private static String notAttempted(List<Migration> later) {
    if (later.isEmpty()) {
      return "";
    }
    return " Not attempted: "
        + later.stream().map(Migration::version).collect(Collectors.joining(", "))
        + ".";
  }

  private static String describe(String description) {
    return description.isEmpty() ? "" : " (" + description + ")";
  }

  private String where() {
    return client.settings().namespace() + "/" + client.settings().database();
  }

  // ---------------------------------------------------------------------------------- down

  /**
   * Rolls back the latest applied migration, which must be {@code version}: runs its down
   * statements and deletes its history row in one transaction.
   *
   * @throws SurqlException ({@link ErrorCode#ROLLBACK_FAILED}) if {@code version} is not applied,
   *     not the latest applied, not found locally, changed since it was applied, or irreversible
   * @throws MigrationFailedException if a down statement fails; nothing was changed
   */
  public ExecutedMigration down(String version) {
    Objects.requireNonNull(version, "version");
    MigrationHistory.Entries entries = history.entries();
    if (!entries.failed().isEmpty()) {
      FailedMigration failed = entries.failed().get(0);
      throw refused(
          "Cannot roll back migration "
              + version
              + ": migration "
              + failed.version()
              + " is recorded as"
              + " failed in "
              + where()
              + " ("
              + Rule.FAILED_MIGRATION.label()
              + ", "
              + failed.describe()
              + ")."
              + System.lineSeparator()
              + repairAdvice(failed.version()));
    }
    List<AppliedMigration> applied = entries.applied();
    Optional<AppliedMigration> row =
        applied.stream().filter(a -> a.version().equals(version)).findFirst();
    if (row.isEmpty()) {
      throw refused(
          "Cannot roll back migration "
              + version
              + ": it is not applied to "
              + where()
              + ". Applied: "
              + (applied.isEmpty()
                  ? "(none)"
                  : applied.stream()
                      .map(AppliedMigration::version)
                      .collect(Collectors.joining(", ")))
              + ".");
    }
    String latest = applied.get(applied.size() - 1).version();
    if (!latest.equals(version)) {
      throw refused(
          "Cannot roll back migration "
              + version
              + ": it is not the latest applied migration of "
              + where()
              + " (the latest is "
              + latest
              + "). Roll back the newer migrations first, newest first.");
    }
    Migration migration =
        migrations
            .find(version)
            .orElseThrow(
                () ->
                    refused(
                        "Cannot roll back migration "
                            + version
                            + ": it is applied but not found in "
                            + migrations.location()
                            + ", so its down statements are unknown."
                            + " Restore the migration file."));
    if (!migration.checksum().equals(row.get().checksum())) {
      throw refused(
          "Cannot roll back migration "
              + version
              + ": Migration checksum mismatch for migration "
              + version
              + " (file "
              + migration.source()
              + ")"
              + System.lineSeparator()
              + "-> Applied to database: "
              + row.get().checksum()
              + System.lineSeparator()
              + "-> Resolved locally: "
              + migration.checksum()
              + System.lineSeparator()
              + "Its down statements may not match what was applied; revert the changes to the"
              + " migration file first.");
    }
    requireReversible(migration);
    return runDown(migration);
  }

  private static void requireReversible(Migration migration) {
    if (!migration.reversible()) {
      throw refused(
          "Cannot roll back migration "
              + migration.displayName()
              + " ("
              + migration.source()
              + "): it is irreversible: it has no down section (no -- @down line, no .down.surql file). Add a -- @down"
              + " section (or a .down.surql file) with statements that undo it, or restore the database another way."
              + " (A -- @down section with only comments is a no-op down, which would roll back nothing but the history"
              + " row.)");
    }
  }

  private ExecutedMigration runDown(Migration migration) {
    return runDown(migration, List.of()).executed();
  }

  private MigrationSteps.Step runDown(Migration migration, List<String> reads) {
    String version = migration.version();
    MigrationEvent before =
        MigrationEvent.builder()
            .client(client)
            .migration(migration)
            .direction(MigrationDirection.DOWN)
            .completedCount(0)
            .build();
    listeners.forEach(l -> l.beforeRollback(before));
    long start = System.nanoTime();
    Optional<List<StatementResult>> read = Optional.empty();
    if (migration.transactional()) {
      List<String> statements = new ArrayList<>(migration.downStatements());
      statements.addAll(history.removeStatements());
      read =
          Optional.of(
              runDownInTransaction(
                  migration,
                  statements,
                  new HashMap<>(MigrationHistory.removeParameters(version)),
                  reads));
    } else {
      for (int i = 0; i < migration.down().orElse(List.of()).size(); i++) {
        runAlone(migration, MigrationDirection.DOWN, i, List.of());
      }
      removeRowAfterDown(migration, history.removeStatements());
    }
    Duration duration = Duration.ofNanos(System.nanoTime() - start);
    MigrationEvent after =
        MigrationEvent.builder()
            .client(client)
            .migration(migration)
            .direction(MigrationDirection.DOWN)
            .completedCount(1)
            .duration(duration)
            .build();
    listeners.forEach(l -> l.afterRollback(after));
    return new MigrationSteps.Step(
        new ExecutedMigration(migration, MigrationDirection.DOWN, duration), read);
  }

  private List<StatementResult> runDownInTransaction(
      Migration migration,
      List<String> statements,
      Map<String, Object> parameters,
      List<String> reads) {
    for (int attempt = 1; ; attempt++) {
      try {
        return client.transactionThenRead(statements, parameters, reads);
      } catch (StatementFailedException e) {
        if (MigrationHistory.isConflict(e.serverMessage()) && e.statementIndex() < 0) {
          if (attempt < CONFLICT_ATTEMPTS) {
            pause(attempt);
            continue;
          }
          throw selfConflict(migration, MigrationDirection.DOWN, server(e), e, "");
        }
        throw downFailed(migration, e);
      } catch (SurqlException e) {
        if (e.code() == ErrorCode.PARSE_ERROR) {
          throw parseFailed(migration, MigrationDirection.DOWN, statements, 0, e, "");
        }
        throw interrupted(migration, MigrationDirection.DOWN, e, "");
      }
    }
  }

  /**
   * After a statement-by-statement down: remove the history row (failing if another process did).
   */
  private void removeRowAfterDown(Migration migration, List<String> removeStatements) {
    try {
      client.transaction(removeStatements, MigrationHistory.removeParameters(migration.version()));
    } catch (SurqlException e) {
      throw new SurqlException(
          ErrorCode.ROLLBACK_FAILED,
          "Rolling back migration "
              + migration.displayName()
              + " ("
              + migration.source()
              + ") ran all its down statements one by one (-- @transaction: none), but removing its"
              + " row from "
              + MigrationHistory.TABLE
              + " failed: "
              + e.getMessage()
              + System.lineSeparator()
              + "The database is back before the migration; remove the row with Migrator.repair(\""
              + migration.version()
              + "\", RepairAction.FORGET) once it is recorded as failed, or delete "
              + MigrationHistory.TABLE
              + ":⟨"
              + migration.version()
              + "⟩ by hand.",
          e);
    }
  }

  // ---------------------------------------------------------------------------------- repair

  /**
   * Repairs a migration recorded as failed (a {@code -- @transaction: none} migration that stopped
   * part way), in Flyway's manner, after the database was put right:
   *
   * <ul>
   *   <li>{@link RepairAction#MARK_APPLIED}: records it as applied with the local file's checksum
   *       (its remaining statements were run by hand);
   *   <li>{@link RepairAction#ROLL_BACK}: runs its down statement by statement, then removes the
   *       row, so it is pending again; a down statement that fails stops the repair, and the row
   *       then records that statement;
   *   <li>{@link RepairAction#FORGET}: removes the row only (it was undone by hand), so it is
   *       pending again.
   * </ul>
   *
   * Listeners are not called.
   *
   * @throws SurqlException ({@link ErrorCode#MIGRATION_STATE_INVALID}) if {@code version} is not
   *     recorded as failed, or its file is needed (MARK_APPLIED, ROLL_BACK) and not found; ({@link
   *     ErrorCode#ROLLBACK_FAILED}) for ROLL_BACK of an irreversible migration
   * @throws MigrationFailedException if a down statement fails during ROLL_BACK
   */
  public RepairResult repair(String version, RepairAction action) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(action, "action");
    MigrationHistory.Entries entries = history.entries();
    Optional<FailedMigration> failed =
        entries.failed().stream().filter(f -> f.version().equals(version)).findFirst();
    if (failed.isEmpty()) {
      boolean applied = entries.applied().stream().anyMatch(a -> a.version().equals(version));
      throw new SurqlException(
          ErrorCode.MIGRATION_STATE_INVALID,
          "Cannot repair migration "
              + version
              + " in "
              + where()
              + ": it is not recorded as failed (it is "
              + (applied ? "applied" : migrations.contains(version) ? "pending" : "unknown")
              + "). Failed: "
              + (entries.failed().isEmpty()
                  ? "(none)"
                  : entries.failed().stream()
                      .map(FailedMigration::version)
                      .collect(Collectors.joining(", ")))
              + ". Repair acts only on migrations recorded as failed.");
    }
    long start = System.nanoTime();
    if (action == RepairAction.FORGET) {
      client.transaction(history.forgetStatements(), MigrationHistory.removeParameters(version));
      return new RepairResult(failed.get(), action, Duration.ofNanos(System.nanoTime() - start));
    }
    Migration migration =
        migrations
            .find(version)
            .orElseThrow(
                () ->
                    new SurqlException(
                        ErrorCode.MIGRATION_STATE_INVALID,
                        "Cannot repair migration "
                            + version
                            + " with "
                            + action
                            + ": its file ("
                            + failed.get().source()
                            + ") is not in "
                            + migrations.location()
                            + ". Restore it, or use FORGET once the"
                            + " database is back where it was before the migration."));
    if (action == RepairAction.MARK_APPLIED) {
      client.transaction(
          List.of(MigrationHistory.startStatement(), history.markAppliedStatement()),
          MigrationHistory.recordParameters(migration));
      return new RepairResult(failed.get(), action, Duration.ofNanos(System.nanoTime() - start));
    }
    if (!migration.reversible()) {
      throw refused(
          "Cannot repair migration "
              + migration.displayName()
              + " ("
              + migration.source()
              + ") by rolling"
              + " it back: it has no down section. Undo what it applied by hand, then repair it with FORGET.");
    }
    List<Statement> down = migration.down().get();
    for (int i = 0; i < down.size(); i++) {
      try {
        client.query(down.get(i).text() + ";");
      } catch (StatementFailedException e) {
        throw repairStopped(migration, i, server(e), e);
      } catch (SurqlException e) {
        if (e.code() != ErrorCode.PARSE_ERROR) {
          throw e;
        }
        throw repairStopped(migration, i, parseMessage(e), e);
      }
    }
    client.transaction(history.forgetStatements(), MigrationHistory.removeParameters(version));
    return new RepairResult(failed.get(), action, Duration.ofNanos(System.nanoTime() - start));
  }

  private MigrationFailedException repairStopped(
      Migration migration, int index, String server, SurqlException e) {
    List<Statement> down = migration.down().orElse(List.of());
    Statement statement = down.get(index);
    Optional<String> recorded = recordFailure(migration, MigrationDirection.DOWN, index, server);
    String nl = System.lineSeparator();
    return new MigrationFailedException(
        "Repairing migration "
            + migration.displayName()
            + " by rolling it back"
            + " stopped at down statement "
            + (index + 1)
            + " of "
            + down.size()
            + ": down statements 1 to "
            + index
            + " ran"
            + (recorded.isEmpty()
                ? "; it is still recorded as failed, now at that statement."
                : "; its failed row could not be updated (" + recorded.get() + ").")
            + nl
            + "  File:      "
            + migration.source()
            + ":"
            + statement.line()
            + nl
            + "  Statement: "
            + Abbreviation.abbreviate(statement.text().strip(), 500)
            + nl
            + "  Server:    "
            + server
            + nl
            + "A down that assumes the whole up was applied can fail on a migration that stopped part way. Put the"
            + " database right by hand, then repair with FORGET (it is back where it was before the migration) or"
            + " MARK_APPLIED (it holds everything the migration does).",
        migration.version(),
        migration.source(),
        Optional.of(statement),
        server,
        e);
  }

  private MigrationFailedException downFailed(Migration migration, StatementFailedException e) {
    int index = e.statementIndex();
    List<Statement> down = migration.down().orElse(List.of());
    Optional<Statement> statement =
        index >= 0 && index < down.size() ? Optional.of(down.get(index)) : Optional.empty();
    String server = e.errorKind().map(k -> k + ": ").orElse("") + e.serverMessage();
    StringBuilder message =
        new StringBuilder("Rolling back migration ")
            .append(migration.displayName())
            .append(" failed; its transaction was rolled back, so the database and ")
            .append(MigrationHistory.TABLE)
            .append(" are unchanged.")
            .append(System.lineSeparator())
            .append("  File:      ")
            .append(migration.source());
    statement.ifPresent(
        s ->
            message
                .append(':')
                .append(s.line())
                .append(System.lineSeparator())
                .append("  Statement: ")
                .append(Abbreviation.abbreviate(s.text().strip(), 500)));
    message
        .append(System.lineSeparator())
        .append("  Server:    ")
        .append(server)
        .append(System.lineSeparator())
        .append("Fix the down statements and try again.");
    return new MigrationFailedException(
        message.toString(), migration.version(), migration.source(), statement, server, e);
  }

  private static SurqlException refused(String message) {
    return new SurqlException(ErrorCode.ROLLBACK_FAILED, message);
  }

  @Override
  public String toString() {
    return "Migrator["
        + where()
        + ", "
        + migrations.location()
        + ", "
        + migrations.size()
        + " migrations"
        + (outOfOrder ? ", out of order allowed" : "")
        + "]";
  }
}

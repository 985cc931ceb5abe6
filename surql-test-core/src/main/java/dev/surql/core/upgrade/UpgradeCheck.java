package dev.surql.core.upgrade;

import dev.surql.core.SurqlException;
import dev.surql.core.client.StatementFailedException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.internal.text.Abbreviation;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationFailedException;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import dev.surql.core.migration.Statement;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.SourceLocation;
import dev.surql.core.snapshot.CrossVersionNormalization;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.SchemaChange;
import dev.surql.core.snapshot.Snapshots;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a migration history on two SurrealDB versions, the one it runs on today (the source, say
 * 2.6) and the one it should run on (the target, say 3.0), and reports per migration whether it
 * applies on both, fails on the target, or applies on both but gives a different schema.
 *
 * <pre>{@code
 * UpgradeReport report = UpgradeCheck.of(migrations).from(engine26).to(engine30).run();
 * }</pre>
 *
 * <p>Each migration runs in its own transaction on a fresh database of each engine, as {@code
 * migrate up} would. When it fails on the target, its statements are run there one by one, so that
 * every breaking statement is found (not only the first) and later migrations still meet the tables
 * they expect; each breaking statement becomes a finding with its file and line, the server's
 * message, and, when it matches a row of the known changes ({@code docs/rules.md}), that row's rule
 * and replacement. A migration whose statements all apply one by one but whose transaction fails
 * (as the 3.0 write conflict of a table rebuilt with its indexes does) is reported with the
 * transaction's message. The schema each migration leaves is compared after {@link
 * CrossVersionNormalization}, limited to what it changed on either version.
 */
public final class UpgradeCheck {
  private final MigrationSet migrations;
  private final Optional<SurrealEngine> source;
  private final Optional<SurrealEngine> target;
  private final String databasePrefix;

  private UpgradeCheck(
      MigrationSet migrations,
      Optional<SurrealEngine> source,
      Optional<SurrealEngine> target,
      String databasePrefix) {
    this.migrations = Objects.requireNonNull(migrations, "migrations");
    this.source = source;
    this.target = target;
    this.databasePrefix = Objects.requireNonNull(databasePrefix, "databasePrefix");
  }

  /**
   * An upgrade check of {@code migrations}; name the engines with {@link #from} and {@link #to}.
   */
  public static UpgradeCheck of(MigrationSet migrations) {
    return new UpgradeCheck(migrations, Optional.empty(), Optional.empty(), "surql_upgrade");
  }

  /** The engine of the version the history runs on today. */
  public UpgradeCheck from(SurrealEngine source) {
    return new UpgradeCheck(migrations, Optional.of(source), target, databasePrefix);
  }

  /** The engine of the version to upgrade to. */
  public UpgradeCheck to(SurrealEngine target) {
    return new UpgradeCheck(migrations, source, Optional.of(target), databasePrefix);
  }

  /** The prefix of the fresh databases (one per engine, removed afterwards). */
  public UpgradeCheck withDatabasePrefix(String databasePrefix) {
    return new UpgradeCheck(migrations, source, target, databasePrefix);
  }

  /**
   * Runs the check.
   *
   * @throws IllegalStateException if {@link #from} or {@link #to} was not called
   */
  public UpgradeReport run() {
    SurrealEngine from =
        source.orElseThrow(
            () ->
                new IllegalStateException(
                    "UpgradeCheck needs the source engine: call from(engine) with the engine of the version the history runs on"));
    SurrealEngine to =
        target.orElseThrow(
            () ->
                new IllegalStateException(
                    "UpgradeCheck needs the target engine: call to(engine) with the engine of the version to upgrade to"));
    long started = System.nanoTime();
    List<UpgradeResult> results = new ArrayList<>();
    try (SurqlDatabase a = SurqlDatabase.create(from, databasePrefix);
        SurqlDatabase b = SurqlDatabase.create(to, databasePrefix)) {
      Migrator onSource = new Migrator(a.client(), migrations);
      Migrator onTarget = new Migrator(b.client(), migrations);
      String targetLine = CrossVersionNormalization.releaseLine(to.serverVersion());
      String sourceLine = CrossVersionNormalization.releaseLine(from.serverVersion());
      Optional<String> blocked = Optional.empty();
      DatabaseSchema sourceSchema = schema(a.client());
      DatabaseSchema targetSchema = schema(b.client());
      for (Migration migration : migrations.migrations()) {
        if (blocked.isPresent()) {
          results.add(
              UpgradeResult.builder()
                  .migration(migration)
                  .status(UpgradeStatus.NOT_CHECKED)
                  .build());
          continue;
        }
        try {
          onSource.apply(migration);
        } catch (MigrationFailedException e) {
          blocked = Optional.of(migration.version());
          Finding finding =
              Finding.of(
                      Rule.FAILS_ON_SOURCE,
                      migration.version(),
                      migration.displayName()
                          + " fails on "
                          + from.serverVersion()
                          + " itself: "
                          + e.serverMessage())
                  .withLocation(location(migration, e.statement()))
                  .withHint(
                      "Fix the migration on "
                          + sourceLine
                          + " first: the upgrade check compares a history that"
                          + " applies on the source version.")
                  .onSurrealDb(sourceLine);
          results.add(
              UpgradeResult.builder()
                  .migration(migration)
                  .status(UpgradeStatus.FAILS_ON_SOURCE)
                  .findings(List.of(finding))
                  .serverMessage(e.serverMessage())
                  .build());
          continue;
        }
        DatabaseSchema sourceAfter = schema(a.client());
        Optional<MigrationFailedException> failure = apply(onTarget, migration);
        DatabaseSchema targetAfter = schema(b.client());
        if (failure.isPresent()) {
          List<Finding> findings =
              breakingStatements(b.client(), migration, failure.get(), targetLine);
          results.add(
              UpgradeResult.builder()
                  .migration(migration)
                  .status(UpgradeStatus.FAILS_ON_TARGET)
                  .findings(findings)
                  .serverMessage(failure.get().serverMessage())
                  .build());
        } else {
          List<SchemaChange> differences =
              differences(sourceSchema, sourceAfter, targetSchema, targetAfter);
          if (differences.isEmpty()) {
            results.add(
                UpgradeResult.builder()
                    .migration(migration)
                    .status(UpgradeStatus.APPLIES_ON_BOTH)
                    .build());
          } else {
            List<Finding> findings =
                differences.stream()
                    .map(
                        c ->
                            Finding.of(
                                    Rule.SCHEMA_DIFFERS_ON_TARGET,
                                    migration.version(),
                                    migration.displayName()
                                        + " gives a different schema: "
                                        + describe(c, from.serverVersion(), to.serverVersion()))
                                .withLocation(
                                    SourceLocation.of(migration.source(), firstLine(migration)))
                                .withHint(
                                    "Check that the migration means the same on "
                                        + targetLine
                                        + "; if the difference is"
                                        + " intended, write the "
                                        + targetLine
                                        + " form of the statement.")
                                .onSurrealDb(targetLine))
                    .toList();
            results.add(
                UpgradeResult.builder()
                    .migration(migration)
                    .status(UpgradeStatus.SCHEMA_DIFFERS)
                    .findings(findings)
                    .differences(differences)
                    .build());
          }
        }
        sourceSchema = sourceAfter;
        targetSchema = targetAfter;
      }
    }
    return UpgradeReport.builder()
        .location(migrations.location())
        .fromVersion(from.serverVersion())
        .toVersion(to.serverVersion())
        .results(results)
        .duration(Duration.ofNanos(System.nanoTime() - started))
        .build();
  }

  private static DatabaseSchema schema(SurqlClient client) {
    return CrossVersionNormalization.normalize(
        Snapshots.createSnapshot(client, "upgrade", 0).schema());
  }

  private static Optional<MigrationFailedException> apply(Migrator migrator, Migration migration) {
    try {
      migrator.apply(migration);
      return Optional.empty();
    } catch (MigrationFailedException e) {
      return Optional.of(e);
    }
  }

  /**
   * Runs the failed migration's statements one by one on the target and turns every one that fails
   * into a finding; the others stay applied, so later migrations meet what they expect.
   */
  private static List<Finding> breakingStatements(
      SurqlClient client,
      Migration migration,
      MigrationFailedException failure,
      String targetLine) {
    List<Finding> findings = new ArrayList<>();
    for (Statement statement : migration.up()) {
      Optional<String> error = run(client, statement);
      if (error.isEmpty()) {
        continue;
      }
      List<KnownChange.Match> matches = KnownChange.find(statement);
      if (matches.isEmpty()) {
        findings.add(
            Finding.of(
                    Rule.FAILS_ON_TARGET,
                    migration.version(),
                    Abbreviation.oneLine(statement.text(), 120)
                        + " fails on "
                        + targetLine
                        + ": "
                        + error.get())
                .withLocation(SourceLocation.of(migration.source(), statement.line()))
                .withHint(
                    "No known 2.x → 3.x change matches this statement: read the server's message, rewrite the"
                        + " statement so that it applies on "
                        + targetLine
                        + ", and run the upgrade check again.")
                .onSurrealDb(targetLine));
      }
      for (KnownChange.Match match : matches) {
        findings.add(
            Finding.of(
                    match.change().rule(),
                    migration.version(),
                    match.found() + " fails on " + targetLine + ": " + error.get())
                .withLocation(new SourceLocation(migration.source(), match.line(), match.column()))
                .withHint(match.hint())
                .onSurrealDb(targetLine));
      }
    }
    if (findings.isEmpty()) {
      // every statement applies alone: the transaction as a whole fails on the target
      findings.add(
          Finding.of(
                  Rule.FAILS_ON_TARGET,
                  migration.version(),
                  migration.displayName()
                      + " fails on "
                      + targetLine
                      + " in one transaction although each statement applies alone: "
                      + failure.serverMessage())
              .withLocation(location(migration, failure.statement()))
              .withHint(
                  "The target runs the migration's transaction differently (3.0 reports a write conflict when a"
                      + " table is removed and defined again with its indexes in one transaction): split the migration,"
                      + " or define the indexes in a later migration.")
              .onSurrealDb(targetLine));
    }
    return findings;
  }

  /** The server's message if the statement fails alone. */
  private static Optional<String> run(SurqlClient client, Statement statement) {
    try {
      client.query(statement.text() + ";");
      return Optional.empty();
    } catch (StatementFailedException e) {
      return Optional.of(e.serverMessage());
    } catch (SurqlException e) {
      return Optional.of(firstLine(e.getMessage()));
    }
  }

  /**
   * The changes the migration made on one version but not on the other, as source → target
   * differences.
   */
  private static List<SchemaChange> differences(
      DatabaseSchema sourceBefore,
      DatabaseSchema sourceAfter,
      DatabaseSchema targetBefore,
      DatabaseSchema targetAfter) {
    List<SchemaChange> onSource = Snapshots.compareSchemas(sourceBefore, sourceAfter);
    List<SchemaChange> onTarget = Snapshots.compareSchemas(targetBefore, targetAfter);
    if (onSource.equals(onTarget)) {
      return List.of();
    }
    Set<String> touched = new HashSet<>();
    onSource.forEach(c -> touched.add(c.element() + " " + c.name()));
    onTarget.forEach(c -> touched.add(c.element() + " " + c.name()));
    return Snapshots.compareSchemas(sourceAfter, targetAfter).stream()
        .filter(c -> touched.contains(c.element() + " " + c.name()))
        .toList();
  }

  private static String describe(SchemaChange change, String from, String to) {
    String element = change.element().name().toLowerCase(Locale.ROOT) + " " + change.name();
    return switch (change.type()) {
      case ADDED -> element + " only on " + to;
      case REMOVED -> element + " only on " + from;
      case MODIFIED ->
          element
              + " as `"
              + change.after().orElse("")
              + "` on "
              + to
              + " but `"
              + change.before().orElse("")
              + "` on "
              + from;
    };
  }

  private static SourceLocation location(Migration migration, Optional<Statement> statement) {
    return SourceLocation.of(
        migration.source(), statement.map(Statement::line).orElse(firstLine(migration)));
  }

  private static int firstLine(Migration migration) {
    return migration.up().isEmpty() ? 0 : migration.up().get(0).line();
  }

  private static String firstLine(String text) {
    String s = text == null ? "" : text.strip();
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}

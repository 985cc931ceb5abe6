package dev.surql.core.reliability;

import static dev.surql.core.reliability.Fixtures.assertHistoryAgreesWithSchema;
import static dev.surql.core.reliability.Fixtures.count;
import static dev.surql.core.reliability.Fixtures.history;
import static dev.surql.core.reliability.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.internal.engine.EmbeddedEngine;
import dev.surql.core.migration.MigrateResult;
import dev.surql.core.migration.MigrationEvent;
import dev.surql.core.migration.MigrationListener;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import dev.surql.core.rollback.RollbackExecutor;
import dev.surql.core.rollback.RollbackOptions;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackPlanner;
import dev.surql.core.rollback.RollbackResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine process is killed with SIGKILL while a migration or a rollback is on its way. The
 * engine keeps its data on disk ({@code surrealkv://}), so a new engine on the same directory shows
 * what the server committed: either the migration's schema, data and history row, or none of them.
 */
class EngineCrashReliabilityTest {

  /** Records of migration 2's data table: enough to keep its transaction busy for seconds. */
  private static final int ROWS = 100_000;

  private static final String NS = "crash";
  private static final String DB = "crash";

  @TempDir Path dir;

  private Path migrations;
  private EngineConfig config;

  @BeforeEach
  void writeMigrations() throws Exception {
    migrations = Files.createDirectories(dir.resolve("migrations"));
    write(
        migrations,
        "1_first.surql",
        """
        -- @up
        DEFINE TABLE t1 SCHEMAFULL;
        DEFINE FIELD name ON t1 TYPE string;
        -- @down
        REMOVE TABLE t1;
        """);
    write(
        migrations,
        "2_bulk.surql",
        """
        -- @rollback: data_loss
        -- @up
        DEFINE TABLE t2 SCHEMALESS;
        FOR $i IN 0..%d { CREATE t2_data SET n = $i, pad = 'the quick brown fox jumps over the lazy dog'; };
        -- @down
        DELETE t2_data;
        REMOVE TABLE t2_data;
        REMOVE TABLE t2;
        """
            .formatted(ROWS));
    write(
        migrations,
        "3_last.surql",
        """
        -- @up
        DEFINE TABLE t3 SCHEMALESS;
        -- @down
        REMOVE TABLE t3;
        """);
    config =
        EngineConfig.defaults()
            .withKind(EngineKind.EMBEDDED)
            .withEmbeddedStorage(dir.resolve("data"));
  }

  @Test
  void a_persistent_embedded_engine_keeps_its_data_across_a_kill() throws Exception {
    MigrationSet set = MigrationLoader.load(migrations);
    try (EmbeddedEngine engine = EmbeddedEngine.start(config)) {
      new Migrator(database(engine), set).migrate("1");
      kill(engine);
    }
    try (EmbeddedEngine engine = EmbeddedEngine.start(config)) {
      assertThat(history(database(engine))).containsExactly("1");
      assertHistoryAgreesWithSchema(database(engine), set);
    }
  }

  @Test
  void
      an_engine_killed_during_a_migration_leaves_all_or_nothing_of_it_and_migrate_completes_after_a_restart()
          throws Exception {
    MigrationSet set = MigrationLoader.load(migrations);
    SurqlException failure;
    try (EmbeddedEngine engine = EmbeddedEngine.start(config)) {
      CountDownLatch sending = new CountDownLatch(1);
      Migrator migrator =
          new Migrator(database(engine), set)
              .withListener(
                  new MigrationListener() {
                    @Override
                    public void beforeMigrate(MigrationEvent event) {
                      if (event.migration().version().equals("2")) {
                        sending.countDown();
                      }
                    }
                  });
      CompletableFuture<MigrateResult> run = CompletableFuture.supplyAsync(migrator::migrate);
      assertThat(sending.await(60, TimeUnit.SECONDS)).as("migration 2 started").isTrue();
      Thread.sleep(700); // its transaction (seconds of work) is on the server now
      kill(engine);
      failure = failureOf(run);
    }

    assertThat(failure.code()).isEqualTo(ErrorCode.CONNECTION_REFUSED);
    assertThat(failure.getMessage())
        .contains(
            "Applying migration 2 bulk",
            "2_bulk.surql",
            "was interrupted",
            "all of it or none of it",
            "check status()",
            "Not attempted: 3");

    try (EmbeddedEngine engine = EmbeddedEngine.start(config)) {
      SurqlClient client = database(engine);
      assertHistoryAgreesWithSchema(client, set);
      assertThat(history(client)).startsWith("1").doesNotContain("3");
      long rows = count(client, "t2_data");
      assertThat(rows)
          .as("records of the interrupted migration: all or none")
          .isIn(0L, (long) ROWS);
      assertThat(rows == ROWS).isEqualTo(history(client).contains("2"));

      MigrateResult again = new Migrator(client, set).migrate();

      assertThat(again.applied()).isNotEmpty();
      assertThat(history(client)).containsExactly("1", "2", "3");
      assertThat(count(client, "t2_data")).isEqualTo(ROWS);
      assertHistoryAgreesWithSchema(client, set);
    }
  }

  @Test
  void
      an_engine_killed_during_a_rollback_leaves_all_or_nothing_of_it_and_the_rollback_completes_after_a_restart()
          throws Exception {
    MigrationSet set = MigrationLoader.load(migrations);
    RollbackResult result;
    try (EmbeddedEngine engine = EmbeddedEngine.start(config)) {
      SurqlClient client = database(engine);
      new Migrator(client, set).migrate();
      RollbackPlan plan = RollbackPlanner.createStaticRollbackPlan(client, set, "1");
      assertThat(plan.versions()).containsExactly("3", "2");
      CompletableFuture<RollbackResult> run =
          CompletableFuture.supplyAsync(
              () ->
                  RollbackExecutor.executeRollback(
                      client, plan, RollbackOptions.defaults().withForce(true)));
      // migration 3's down is quick; wait until it is gone, so migration 2's long down is on its
      // way
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (history(client).contains("3") && System.nanoTime() < deadline && !run.isDone()) {
        Thread.sleep(20);
      }
      assertThat(run).as("the rollback is still busy with migration 2").isNotDone();
      Thread.sleep(700);
      kill(engine);
      result = run.get(60, TimeUnit.SECONDS);
    }

    assertThat(result.success()).isFalse();
    assertThat(result.rolledBackVersions()).containsExactly("3");
    assertThat(result.after()).as("no after snapshot from a stopped server").isEmpty();
    assertThat(String.join("\n", result.errors()))
        .contains(
            "Rolling back migration 2 bulk",
            "2_bulk.surql",
            "was interrupted",
            "all of it or none of it",
            "Rolled back before the failure: 3.",
            "The after snapshot could not be taken")
        .doesNotContain("the database is now at");

    try (EmbeddedEngine engine = EmbeddedEngine.start(config)) {
      SurqlClient client = database(engine);
      assertHistoryAgreesWithSchema(client, set);
      assertThat(history(client)).startsWith("1").doesNotContain("3");
      long rows = count(client, "t2_data");
      assertThat(rows)
          .as("records the interrupted down deletes: all or none")
          .isIn(0L, (long) ROWS);
      assertThat(rows == ROWS).isEqualTo(history(client).contains("2"));

      if (history(client).contains("2")) {
        RollbackResult again =
            RollbackExecutor.executeRollback(
                client,
                RollbackPlanner.createStaticRollbackPlan(client, set, "1"),
                RollbackOptions.defaults().withForce(true));
        assertThat(again.success()).as("%s", again.errors()).isTrue();
      }
      assertThat(history(client)).containsExactly("1");
      assertThat(count(client, "t2_data")).isZero();
      assertHistoryAgreesWithSchema(client, set);
    }
  }

  private static SurqlClient database(EmbeddedEngine engine) {
    return SurqlDatabase.create(engine, NS, DB).client();
  }

  private static void kill(EmbeddedEngine engine) throws InterruptedException {
    engine.process().destroyForcibly();
    try {
      engine.process().onExit().get(30, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new AssertionError("the engine process did not die after SIGKILL", e);
    }
  }

  private static SurqlException failureOf(CompletableFuture<?> run) throws InterruptedException {
    try {
      Object value = run.get(60, TimeUnit.SECONDS);
      throw new AssertionError("migrate completed although the engine was killed: " + value);
    } catch (java.util.concurrent.ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(SurqlException.class);
      return (SurqlException) e.getCause();
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("migrate did not return after the engine was killed", e);
    }
  }
}

package dev.surql.core.reliability;

import static dev.surql.core.reliability.Fixtures.assertHistoryAgreesWithSchema;
import static dev.surql.core.reliability.Fixtures.count;
import static dev.surql.core.reliability.Fixtures.history;
import static dev.surql.core.reliability.Fixtures.historyRows;
import static dev.surql.core.reliability.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two JVMs migrate the same database at the same moment. Whoever wins, no migration is applied
 * twice, {@code _migration_history} has no duplicate and agrees with the schema, a JVM that loses
 * says clearly that another process applied the migration, and a later migrate completes the set.
 */
class ConcurrentMigrationReliabilityTest {

  private static final int ROWS = 3_000;
  private static final int MIGRATIONS = 3;

  @TempDir Path dir;

  private MigrationSet set;

  @BeforeEach
  void writeMigrations() {
    for (int v = 1; v <= MIGRATIONS; v++) {
      write(
          dir,
          v + "_step.surql",
          """
          -- @up
          DEFINE TABLE t%1$d SCHEMALESS;
          FOR $i IN 0..%2$d { CREATE t%1$d_data SET n = $i; };
          -- @down
          REMOVE TABLE t%1$d_data;
          REMOVE TABLE t%1$d;
          """
              .formatted(v, ROWS));
    }
    set = MigrationLoader.load(dir);
  }

  /** A child JVM and everything it printed. */
  private record Child(
      Process process, List<String> output, CountDownLatch ready, CompletableFuture<Void> done) {
    String text() {
      synchronized (output) {
        return String.join("\n", output);
      }
    }
  }

  @RepeatedTest(3)
  void two_jvms_migrating_one_database_at_once_never_apply_a_migration_twice() throws Exception {
    SurrealEngine engine = SurqlEngines.shared();
    try (SurqlDatabase database = SurqlDatabase.create(engine, "rel_race")) {
      SurqlClient client = database.client();
      List<Child> children = List.of(start(engine, database), start(engine, database));
      for (Child child : children) {
        assertThat(child.ready().await(120, TimeUnit.SECONDS))
            .as("child ready: %s", child.text())
            .isTrue();
      }
      for (Child child : children) {
        OutputStream in = child.process().getOutputStream();
        in.write("go\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
      }
      List<Integer> exits = new ArrayList<>();
      for (Child child : children) {
        assertThat(child.process().waitFor(120, TimeUnit.SECONDS))
            .as("child finished: %s", child.text())
            .isTrue();
        child.done().get(10, TimeUnit.SECONDS);
        exits.add(child.process().exitValue());
      }

      System.out.println(
          "race: exit codes "
              + exits
              + System.lineSeparator()
              + children.get(0).text()
              + System.lineSeparator()
              + children.get(1).text());
      for (int i = 0; i < children.size(); i++) {
        String output = children.get(i).text();
        assertThat(exits.get(i))
            .as("exit code of a child (0 migrated, 2 clear error): %s", output)
            .isIn(0, 2);
        if (exits.get(i) == 2) {
          assertThat(output)
              .as("the losing JVM's error")
              .contains(ConcurrentMigrateMain.FAILED + "MIGRATION_FAILED")
              .containsPattern(
                  "(Migration|could not commit migration) \\d step \\(.*\\d_step\\.surql\\) (was applied"
                      + " by another process while this one was applying it|as one transaction on "
                      + database.namespace()
                      + ")")
              .containsPattern(
                  "nothing from it was applied (twice|and it was not recorded in _migration_history)")
              .containsPattern("[Rr]un migrate again")
              .contains("make sure only one process migrates a database at a time");
        } else {
          assertThat(output).contains(ConcurrentMigrateMain.APPLIED);
        }
      }
      assertThat(exits).as("at least one JVM migrates").contains(0);
      List<String> applied = history(client);
      assertThat(historyRows(client)).as("no duplicate history rows").isEqualTo(applied.size());
      assertHistoryAgreesWithSchema(client, set);
      for (int v = 1; v <= MIGRATIONS; v++) {
        assertThat(count(client, "t" + v + "_data"))
            .as("records of migration %s: applied at most once", v)
            .isEqualTo(applied.contains(String.valueOf(v)) ? ROWS : 0);
      }

      new Migrator(client, set).migrate();

      assertThat(history(client)).containsExactly("1", "2", "3");
      assertHistoryAgreesWithSchema(client, set);
      for (int v = 1; v <= MIGRATIONS; v++) {
        assertThat(count(client, "t" + v + "_data")).isEqualTo(ROWS);
      }
    }
  }

  private Child start(SurrealEngine engine, SurqlDatabase database) throws IOException {
    String java = ProcessHandle.current().info().command().orElseThrow();
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ConcurrentMigrateMain.class.getName(),
                engine.rootSettings().url().toString(),
                database.namespace(),
                database.database(),
                dir.toString())
            .redirectErrorStream(true);
    builder.environment().put("SURQL_USER", engine.rootSettings().user());
    builder.environment().put("SURQL_PASS", engine.rootSettings().password());
    Process process = builder.start();
    List<String> output = new ArrayList<>();
    CountDownLatch ready = new CountDownLatch(1);
    CompletableFuture<Void> done =
        CompletableFuture.runAsync(
            () -> {
              try (BufferedReader reader =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                  synchronized (output) {
                    output.add(line);
                  }
                  if (line.equals(ConcurrentMigrateMain.READY)) {
                    ready.countDown();
                  }
                }
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    return new Child(process, output, ready, done);
  }
}

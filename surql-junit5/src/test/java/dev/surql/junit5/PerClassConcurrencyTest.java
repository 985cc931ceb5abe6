package dev.surql.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.client.SurqlClient;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The methods of a PER_CLASS class share one database, so they never run concurrently, even when
 * JUnit runs everything in parallel and the class asks for {@code @Execution(CONCURRENT)};
 * PER_METHOD classes (one database per method) still do.
 */
class PerClassConcurrencyTest {
  private static final Map<String, String> PARALLEL =
      Map.of(
          "junit.jupiter.execution.parallel.enabled", "true",
          "junit.jupiter.execution.parallel.mode.default", "concurrent",
          "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
          "junit.jupiter.execution.parallel.config.strategy", "fixed",
          "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

  @TempDir Path reports;

  @Test
  void methods_sharing_a_per_class_database_run_one_at_a_time() {
    Visits.reset();

    EngineExecutionResults results =
        SurqlTestKit.run(reports, PARALLEL, SharedDatabaseTestCases.class);

    assertThat(results.testEvents().failed().map(SurqlTestKit::message)).isEmpty();
    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(Visits.MOST_AT_ONCE).hasValue(1);
  }

  @Test
  void methods_with_their_own_databases_still_run_concurrently() {
    Visits.reset();

    EngineExecutionResults results =
        SurqlTestKit.run(reports, PARALLEL, OwnDatabasesTestCases.class);

    assertThat(results.testEvents().failed().map(SurqlTestKit::message)).isEmpty();
    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(Visits.MOST_AT_ONCE)
        .as("the methods met: parallel execution works in this setup")
        .hasValue(2);
  }

  /**
   * Counts the methods inside a visit at once. Each visit waits (up to a few seconds) for the other
   * method to arrive, so methods that can run concurrently do.
   */
  static final class Visits {
    static final AtomicInteger INSIDE = new AtomicInteger();
    static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
    static volatile CountDownLatch both = new CountDownLatch(2);

    static void reset() {
      INSIDE.set(0);
      MOST_AT_ONCE.set(0);
      both = new CountDownLatch(2);
    }

    static void visit(SurqlClient client) throws InterruptedException {
      MOST_AT_ONCE.accumulateAndGet(INSIDE.incrementAndGet(), Math::max);
      try {
        both.countDown();
        both.await(3, TimeUnit.SECONDS);
        client.query(
            "CREATE customer SET name = 'visitor', email = $email;",
            Map.of("email", UUID.randomUUID() + "@example.com"));
      } finally {
        INSIDE.decrementAndGet();
      }
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good")
  @Execution(ExecutionMode.CONCURRENT)
  static class SharedDatabaseTestCases {
    @Test
    void first(SurqlClient client) throws InterruptedException {
      Visits.visit(client);
    }

    @Test
    void second(SurqlClient client) throws InterruptedException {
      Visits.visit(client);
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good", isolation = Isolation.PER_METHOD)
  @Execution(ExecutionMode.CONCURRENT)
  static class OwnDatabasesTestCases {
    @Test
    void first(SurqlClient client) throws InterruptedException {
      Visits.visit(client);
    }

    @Test
    void second(SurqlClient client) throws InterruptedException {
      Visits.visit(client);
    }
  }
}

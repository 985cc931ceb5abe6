package dev.surql.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.client.JsonResults;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class IsolationTest {
  @TempDir Path reports;

  @Test
  void per_method_isolation_gives_every_test_method_its_own_migrated_database() {
    PerMethodTestCases.DATABASES.clear();

    EngineExecutionResults results = SurqlTestKit.run(reports, PerMethodTestCases.class);

    assertThat(results.testEvents().failed().map(SurqlTestKit::message)).isEmpty();
    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(PerMethodTestCases.DATABASES)
        .hasSize(2)
        .doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(name).startsWith("junit_permethodtestcases_"));
    assertThat(PerMethodTestCases.DATABASES)
        .allSatisfy(
            name ->
                assertThat(namespaceExists(name))
                    .as("namespace %s is removed after its test", name)
                    .isFalse());
  }

  private static boolean namespaceExists(String name) {
    SurqlClient root = SurqlEngines.shared().client("", "");
    JsonNode namespaces = JsonResults.tree(root.query("INFO FOR ROOT;").last()).path("namespaces");
    assertThat(namespaces.isObject()).as("INFO FOR ROOT lists namespaces: %s", namespaces).isTrue();
    return namespaces.has(name);
  }

  @Test
  void test_classes_running_in_parallel_each_get_their_own_database_without_cross_talk() {
    ParallelTestCases.DATABASES.clear();
    ParallelTestCases.ALL_STARTED = new CyclicBarrier(4);

    EngineExecutionResults results =
        SurqlTestKit.run(
            reports,
            Map.of(
                "junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent",
                "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                "junit.jupiter.execution.parallel.config.strategy", "fixed",
                "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"),
            ParallelATestCases.class,
            ParallelBTestCases.class,
            ParallelCTestCases.class,
            ParallelDTestCases.class);

    assertThat(results.testEvents().failed().map(SurqlTestKit::message)).isEmpty();
    results.testEvents().assertStatistics(s -> s.started(8).succeeded(8));
    assertThat(ParallelTestCases.DATABASES)
        .hasSize(4)
        .doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(namespaceExists(name)).isFalse());
  }

  static List<String> names(SurqlClient client) {
    JsonNode rows = JsonResults.tree(client.query("SELECT VALUE name FROM customer;").last());
    return StreamSupport.stream(rows.spliterator(), false).map(JsonNode::asText).sorted().toList();
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good", isolation = Isolation.PER_METHOD)
  static class PerMethodTestCases {
    static final Queue<String> DATABASES = new ConcurrentLinkedQueue<>();

    @Test
    void first(SurqlClient client, SurqlDatabase database) {
      DATABASES.add(database.database());
      assertThat(namespaceExists(database.namespace())).isTrue();
      client.query("CREATE customer SET name = 'first', email = 'first@example.com';");
      assertThat(names(client)).containsExactly("first");
    }

    @Test
    void second(SurqlClient client, SurqlDatabase database) {
      DATABASES.add(database.database());
      client.query("CREATE customer SET name = 'second', email = 'second@example.com';");
      assertThat(names(client)).containsExactly("second");
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good")
  abstract static class ParallelTestCases {
    static final Queue<String> DATABASES = new ConcurrentLinkedQueue<>();
    static volatile CyclicBarrier ALL_STARTED = new CyclicBarrier(4);

    @Test
    void writesAfterAllClassesAreMigrated(SurqlClient client, SurqlDatabase database)
        throws Exception {
      DATABASES.add(database.database());
      // every class is set up and inside a test at the same time: the classes really run
      // concurrently
      ALL_STARTED.await(60, TimeUnit.SECONDS);
      String name = getClass().getSimpleName();
      client.query(
          "CREATE customer SET name = $name, email = $email;",
          Map.of("name", name + "-a", "email", name + "-a@example.com"));
      assertThat(names(client)).allSatisfy(n -> assertThat(n).startsWith(name));
    }

    @Test
    void seesOnlyItsOwnRecords(SurqlClient client) {
      String name = getClass().getSimpleName();
      client.query(
          "CREATE customer SET name = $name, email = $email;",
          Map.of("name", name + "-b", "email", name + "-b@example.com"));
      assertThat(names(client)).isNotEmpty().allSatisfy(n -> assertThat(n).startsWith(name));
    }
  }

  static class ParallelATestCases extends ParallelTestCases {}

  static class ParallelBTestCases extends ParallelTestCases {}

  static class ParallelCTestCases extends ParallelTestCases {}

  static class ParallelDTestCases extends ParallelTestCases {}
}

package dev.surql.junit5.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.migration.MigrationHistory;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.junit5.SurqlMigrationTest;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Load: 16 {@code @SurqlMigrationTest} classes run at the same time on one engine. Each gets its
 * own migrated database and sees only its own records; afterwards no namespace of theirs is left
 * and this JVM still runs at most one embedded engine process.
 */
class ParallelClassesReliabilityTest {

  private static final int CLASSES = 16;

  @TempDir Path reports;

  @Test
  void
      sixteen_test_classes_in_parallel_on_one_engine_have_no_cross_talk_and_leak_no_database_or_process() {
    LoadTestCases.NAMESPACES.clear();
    LoadTestCases.ALL_STARTED = new CyclicBarrier(CLASSES);
    List<Class<?>> fixtures =
        List.of(
            Load01.class,
            Load02.class,
            Load03.class,
            Load04.class,
            Load05.class,
            Load06.class,
            Load07.class,
            Load08.class,
            Load09.class,
            Load10.class,
            Load11.class,
            Load12.class,
            Load13.class,
            Load14.class,
            Load15.class,
            Load16.class);

    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(fixtures.stream().map(c -> selectClass(c)).toArray(ClassSelector[]::new))
            .configurationParameter("surql.reports.dir", reports.toString())
            .configurationParameters(
                Map.of(
                    "junit.jupiter.execution.parallel.enabled", "true",
                    "junit.jupiter.execution.parallel.mode.default", "same_thread",
                    "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
                    "junit.jupiter.execution.parallel.config.strategy", "fixed",
                    "junit.jupiter.execution.parallel.config.fixed.parallelism",
                        String.valueOf(CLASSES),
                    "junit.jupiter.execution.parallel.config.fixed.max-pool-size",
                        String.valueOf(CLASSES * 2)))
            .execute();

    assertThat(
            results.testEvents().failed().stream()
                .map(
                    e ->
                        e.getTestDescriptor().getDisplayName()
                            + ": "
                            + e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                                .flatMap(r -> r.getThrowable())
                                .map(Throwable::toString)
                                .orElse("")))
        .isEmpty();
    assertThat(results.containerEvents().failed().count()).isZero();
    results.testEvents().assertStatistics(s -> s.started(CLASSES * 3).succeeded(CLASSES * 3));
    assertThat(LoadTestCases.NAMESPACES).hasSize(CLASSES * 3);
    List<String> distinct = LoadTestCases.NAMESPACES.stream().distinct().toList();
    assertThat(distinct).as("one database per class").hasSize(CLASSES);

    List<String> left = namespaces();
    assertThat(left)
        .as("no namespace of the 16 classes is left")
        .doesNotContainAnyElementsOf(distinct);
    long engines =
        ProcessHandle.current()
            .descendants()
            .filter(p -> p.info().commandLine().orElse("").contains("server.mjs"))
            .count();
    boolean embedded = SurqlEngines.shared().kind() == EngineKind.EMBEDDED;
    assertThat(engines)
        .as("embedded engine processes of this JVM: the shared one, no more")
        .isEqualTo(embedded ? 1 : 0);
  }

  private static List<String> namespaces() {
    JsonNode namespaces =
        JsonResults.tree(SurqlEngines.shared().client("", "").query("INFO FOR ROOT;").last())
            .path("namespaces");
    assertThat(namespaces.isObject()).as("INFO FOR ROOT lists namespaces: %s", namespaces).isTrue();
    List<String> names = new ArrayList<>();
    namespaces.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The fixture: every class writes records named after itself and must see only those. */
  @Tag("surql-fixture")
  @SurqlMigrationTest(migrations = "classpath:fixtures/good")
  abstract static class LoadTestCases {
    static final Queue<String> NAMESPACES = new ConcurrentLinkedQueue<>();
    static volatile CyclicBarrier ALL_STARTED = new CyclicBarrier(CLASSES);

    @Test
    void all_classes_write_at_the_same_time(SurqlClient client, SurqlDatabase database)
        throws Exception {
      NAMESPACES.add(database.namespace());
      ALL_STARTED.await(120, TimeUnit.SECONDS);
      String name = getClass().getSimpleName();
      for (int i = 0; i < 20; i++) {
        client.query(
            "CREATE customer SET name = $name, email = $email;",
            Map.of("name", name + "-" + i, "email", name + "-" + i + "@example.com"));
      }
      List<String> names = names(client);
      assertThat(names).allSatisfy(n -> assertThat(n).startsWith(name + "-"));
      assertThat(names).filteredOn(n -> !n.endsWith("-own")).hasSize(20);
    }

    @Test
    void the_history_is_its_own(SurqlClient client, SurqlDatabase database) {
      NAMESPACES.add(database.namespace());
      List<AppliedMigration> applied = new MigrationHistory(client).applied();
      assertThat(applied)
          .extracting(AppliedMigration::version)
          .containsExactly("20260101_090000", "20260102_090000", "20260103_090000");
      JsonNode rows =
          client
              .query("SELECT count() FROM _migration_history GROUP ALL;")
              .last()
              .as(JsonNode.class);
      assertThat(rows.get(0).path("count").asLong()).isEqualTo(3);
    }

    @Test
    void sees_only_its_own_records(SurqlClient client, SurqlDatabase database) {
      NAMESPACES.add(database.namespace());
      String name = getClass().getSimpleName();
      client.query(
          "CREATE customer SET name = $name, email = $email;",
          Map.of("name", name + "-own", "email", name + "-own@example.com"));
      assertThat(names(client)).isNotEmpty().allSatisfy(n -> assertThat(n).startsWith(name + "-"));
    }

    private static List<String> names(SurqlClient client) {
      JsonNode rows = JsonResults.tree(client.query("SELECT VALUE name FROM customer;").last());
      return StreamSupport.stream(rows.spliterator(), false).map(JsonNode::asText).toList();
    }
  }

  static class Load01 extends LoadTestCases {}

  static class Load02 extends LoadTestCases {}

  static class Load03 extends LoadTestCases {}

  static class Load04 extends LoadTestCases {}

  static class Load05 extends LoadTestCases {}

  static class Load06 extends LoadTestCases {}

  static class Load07 extends LoadTestCases {}

  static class Load08 extends LoadTestCases {}

  static class Load09 extends LoadTestCases {}

  static class Load10 extends LoadTestCases {}

  static class Load11 extends LoadTestCases {}

  static class Load12 extends LoadTestCases {}

  static class Load13 extends LoadTestCases {}

  static class Load14 extends LoadTestCases {}

  static class Load15 extends LoadTestCases {}

  static class Load16 extends LoadTestCases {}
}

package dev.surql.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.migration.MigrationSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * {@code @ClassTemplate @SurqlMigrationTest(surrealdb = {…})} runs the whole class once per release
 * line, on that line's engine; a class on one line stays a plain class.
 */
class VersionMatrixTest {
  @TempDir Path reports;

  @Test
  void a_class_for_two_lines_runs_every_test_and_check_once_on_each_line_named_after_it()
      throws Exception {
    MatrixTestCases.SEEN.clear();

    EngineExecutionResults results = SurqlTestKit.run(reports, MatrixTestCases.class);

    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(1, event(container(), displayName("SurrealDB 2.6"), finishedSuccessfully()))
        .haveExactly(1, event(container(), displayName("SurrealDB 3.0"), finishedSuccessfully()));
    // 7 built-in checks + 3 reversibility dynamic tests + 1 own test, per line
    results.testEvents().assertStatistics(s -> s.started(22).succeeded(22).failed(0));
    assertThat(MatrixTestCases.SEEN).containsOnlyKeys("surrealdb-2.6.0", "surrealdb-3.0.2");
    assertThat(MatrixTestCases.SEEN.values())
        .allSatisfy(tables -> assertThat(tables).contains("customer"));

    List<Map<String, String>> entries =
        results
            .allEvents()
            .reportingEntryPublished()
            .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
            .toList();
    assertThat(entries)
        .extracting(e -> e.get("surql.summary"))
        .anySatisfy(
            s ->
                assertThat(s)
                    .startsWith(
                        "surql: MatrixTestCases [SurrealDB 2.6] — 3 migrations, 3 reversible"))
        .anySatisfy(
            s ->
                assertThat(s)
                    .startsWith(
                        "surql: MatrixTestCases [SurrealDB 3.0] — 3 migrations, 3 reversible"));
    for (String line : List.of("2.6", "3.0")) {
      Path json =
          reports.resolve(
              "dev.surql.junit5.VersionMatrixTest_MatrixTestCases-surrealdb-" + line + ".json");
      JsonNode report = new ObjectMapper().readTree(Files.readString(json));
      assertThat(report.path("serverVersion").asText()).startsWith("surrealdb-" + line + ".");
      assertThat(report.path("passed").asBoolean()).isTrue();
    }
  }

  @Test
  void a_class_on_one_line_is_no_class_template_and_runs_once_on_that_line() {
    EngineExecutionResults results =
        SurqlTestKit.run(reports, SingleTestCases.class, OneLineTestCases.class);

    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(0, event(container(), displayName("SurrealDB 3.0")))
        .haveExactly(0, event(container(), displayName("SurrealDB 2.6")));
    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
  }

  @Test
  void several_lines_without_class_template_say_to_add_it() {
    EngineExecutionResults results = SurqlTestKit.run(reports, NoTemplateTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(0));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        "@SurqlMigrationTest(surrealdb = {\"2.6\", \"3.0\"}) on "
                            + NoTemplateTestCases.class.getName()
                            + " names several release lines: annotate the class with @ClassTemplate"
                            + " (org.junit.jupiter.api.ClassTemplate) as well, so that JUnit runs it once per line."))));
  }

  @Test
  void a_line_named_twice_is_a_configuration_error() {
    EngineExecutionResults results = SurqlTestKit.run(reports, TwiceTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(0));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        "@SurqlMigrationTest(surrealdb = {\"3.0\", \"v3.0\"}) on "
                            + TwiceTestCases.class.getName()
                            + " names 3.0 twice; name each release line once."))));
  }

  @Test
  void a_value_that_is_no_release_line_is_a_configuration_error() {
    EngineExecutionResults results = SurqlTestKit.run(reports, NotALineTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(0));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                finishedWithFailure(
                    instanceOf(ExtensionConfigurationException.class),
                    message(
                        m ->
                            m.startsWith(
                                "@SurqlMigrationTest(surrealdb)=latest is not a SurrealDB release line")))));
  }

  @Test
  void a_before_all_parameter_of_a_class_on_several_lines_explains_why_it_cannot_resolve() {
    EngineExecutionResults results =
        SurqlTestKit.run(reports, BeforeAllOnSeveralLinesTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(0));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                finishedWithFailure(
                    instanceOf(org.junit.jupiter.api.extension.ParameterResolutionException.class),
                    message(
                        "Cannot resolve parameter SurqlClient client of setUp(): BeforeAllOnSeveralLinesTestCases runs once"
                            + " per release line of @SurqlMigrationTest(surrealdb = …), and a @BeforeAll method runs once for all of"
                            + " them. Declare the parameter on a @BeforeEach or test method."))));
  }

  @Test
  void a_nested_class_runs_inside_each_line_on_that_lines_database() {
    NestedTestCases.SEEN.clear();

    EngineExecutionResults results = SurqlTestKit.run(reports, NestedTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(2));
    assertThat(NestedTestCases.SEEN)
        .containsExactlyInAnyOrder("surrealdb-2.6.0", "surrealdb-3.0.2");
  }

  @ClassTemplate
  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(
      migrations = "classpath:fixtures/good",
      surrealdb = {"2.6", "3.0"})
  static class BeforeAllOnSeveralLinesTestCases {
    @org.junit.jupiter.api.BeforeAll
    static void setUp(SurqlClient client) {}

    @Test
    void never() {}
  }

  @ClassTemplate
  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(
      migrations = "classpath:fixtures/good",
      surrealdb = {"2.6", "3.0"})
  static class NestedTestCases {
    static final List<String> SEEN = new CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.Nested
    class Inner {
      @Test
      void seesItsLinesDatabase(SurqlDatabase database, SurqlClient client) {
        assertThat(
                JsonResults.tree(client.query("INFO FOR DB").last()).path("tables").has("customer"))
            .isTrue();
        SEEN.add(database.engine().serverVersion());
      }
    }
  }

  @ClassTemplate
  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(
      migrations = "classpath:fixtures/good",
      surrealdb = {"2.6", "3.0"})
  static class MatrixTestCases extends SurqlMigrationChecks {
    static final Map<String, List<String>> SEEN = new ConcurrentHashMap<>();

    @Test
    void parameters_resolve_against_this_lines_engine(
        SurqlClient client, SurqlDatabase database, MigrationSet migrations) {
      assertThat(migrations.size()).isEqualTo(3);
      List<String> tables = new CopyOnWriteArrayList<>();
      JsonResults.tree(client.query("INFO FOR DB").last())
          .path("tables")
          .fieldNames()
          .forEachRemaining(tables::add);
      SEEN.put(database.engine().serverVersion(), tables);
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good", surrealdb = "2.6")
  static class OneLineTestCases {
    @Test
    void runs(SurqlClient client) {
      assertThat(client.serverVersion()).isEqualTo("surrealdb-2.6.0");
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(
      migrations = "classpath:fixtures/good",
      surrealdb = {"2.6", "3.0"})
  static class NoTemplateTestCases {
    @Test
    void never() {}
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good")
  static class SingleTestCases {
    @Test
    void runs(SurqlClient client) {
      assertThat(client.serverVersion()).startsWith("surrealdb-3.0.");
    }
  }

  @ClassTemplate
  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(
      migrations = "classpath:fixtures/good",
      surrealdb = {"3.0", "v3.0"})
  static class TwiceTestCases {
    @Test
    void never() {}
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good", surrealdb = "latest")
  static class NotALineTestCases {
    @Test
    void never() {}
  }
}

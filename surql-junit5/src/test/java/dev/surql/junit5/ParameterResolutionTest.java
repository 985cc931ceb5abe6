package dev.surql.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackResult;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.verify.MigrationTimeline;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ParameterResolutionTest {
  @TempDir Path reports;

  private EngineExecutionResults runPassing(Class<?> fixture, int tests) {
    EngineExecutionResults results = SurqlTestKit.run(reports, fixture);
    assertThat(results.containerEvents().failed().map(SurqlTestKit::message)).isEmpty();
    assertThat(results.testEvents().failed().map(SurqlTestKit::message)).isEmpty();
    results.testEvents().assertStatistics(s -> s.started(tests).succeeded(tests));
    return results;
  }

  @Test
  void every_supported_type_resolves_in_static_before_all_and_test_methods() {
    runPassing(AllTypesTestCases.class, 3);
  }

  @Test
  void the_engine_attribute_selects_the_engine_kind() {
    runPassing(EmbeddedEngineTestCases.class, 1);
  }

  @Test
  void the_surrealdb_and_capabilities_attributes_select_the_release_line_and_allow_capabilities() {
    runPassing(VersionAndCapabilitiesTestCases.class, 1);
  }

  @Test
  void the_runner_migrates_and_rolls_back_the_scope_database() {
    runPassing(RunnerTestCases.class, 1);
  }

  @Test
  void a_composed_annotation_configures_the_extension_and_a_directory_location_works() {
    runPassing(MetaAnnotatedTestCases.class, 1);
  }

  @Test
  void
      a_database_parameter_of_before_all_under_per_method_isolation_explains_why_it_cannot_resolve() {
    EngineExecutionResults results = SurqlTestKit.run(reports, PerMethodBeforeAllTestCases.class);

    Throwable failure =
        results.containerEvents().failed().stream()
            .findFirst()
            .flatMap(e -> e.getPayload(TestExecutionResult.class))
            .flatMap(TestExecutionResult::getThrowable)
            .orElseThrow();
    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Cannot resolve parameter SurqlClient client of setUp(): @SurqlMigrationTest(isolation = PER_METHOD) gives"
                + " every test method its own database, so there is none yet here. Declare the parameter on a"
                + " @BeforeEach or test method, or use isolation = PER_CLASS.");
  }

  @Test
  void a_timeline_parameter_without_snapshots_explains_why_it_cannot_resolve() {
    EngineExecutionResults results = SurqlTestKit.run(reports, NoSnapshotsTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(1));
    assertThat(results.testEvents().failed().map(SurqlTestKit::message))
        .containsExactly(
            "Cannot resolve parameter MigrationTimeline timeline of timeline(): No timeline: "
                + NoSnapshotsTestCases.class.getName()
                + " sets @SurqlMigrationTest(snapshots = false). Remove"
                + " snapshots = false to record a snapshot before and after every migration.");
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good", target = "20260102_090000")
  @SurqlSeed(
      before = "20260102_090000",
      statements = "CREATE customer:seeded SET name = 'Seeded', email = 's@x';")
  @SurqlSeed(
      before = "20260103_090000",
      statements = "CREATE customer:never SET name = 'Never', email = 'n@x'")
  static class AllTypesTestCases {
    static SurqlClient beforeAllClient;
    static SurqlDatabase beforeAllDatabase;

    @BeforeAll
    static void setUp(
        SurqlClient client,
        SurqlDatabase database,
        MigrationSet migrations,
        MigrationTimeline timeline,
        SchemaSnapshot snapshot,
        SurqlMigrations runner) {
      assertThat(migrations.versions())
          .containsExactly("20260101_090000", "20260102_090000", "20260103_090000");
      assertThat(timeline.versions()).containsExactly("20260101_090000", "20260102_090000");
      assertThat(snapshot.schema().tables()).containsOnlyKeys("customer", "product");
      assertThat(runner.appliedVersions()).containsExactly("20260101_090000", "20260102_090000");
      client.query("CREATE customer:ada SET name = 'Ada', email = 'ada@example.com';");
      beforeAllClient = client;
      beforeAllDatabase = database;
    }

    @Test
    void sameDatabaseAsBeforeAll(
        SurqlClient client, SurqlDatabase database, SurqlMigrations runner) {
      assertThat(database.database())
          .isEqualTo(beforeAllDatabase.database())
          .startsWith("junit_alltypestestcases_");
      assertThat(client.settings().database()).isEqualTo(database.database());
      assertThat(runner.client().settings().database()).isEqualTo(database.database());
      // the seed before 20260102 ran during setup; the one before 20260103 did not (the target
      // stops earlier)
      assertThat(
              JsonResults.tree(
                      client.query("SELECT VALUE name FROM customer ORDER BY name;").last())
                  .toString())
          .isEqualTo("[\"Ada\",\"Seeded\"]");
    }

    @Test
    void timelineAndSnapshot(MigrationTimeline timeline, SchemaSnapshot snapshot) {
      assertThat(timeline.initial().schema().tables()).isEmpty();
      assertThat(timeline.step("20260101_090000").orElseThrow().diff().tablesAdded())
          .containsExactly("customer");
      assertThat(timeline.current().checksum()).isEqualTo(snapshot.checksum());
      assertThat(snapshot.version()).isEqualTo("20260102_090000");
    }

    @Nested
    class InnerTests {
      @Test
      void nestedClassesShareTheEnclosingDatabase(
          SurqlDatabase database, MigrationTimeline timeline) {
        assertThat(database.database()).isEqualTo(beforeAllDatabase.database());
        assertThat(timeline.versions()).containsExactly("20260101_090000", "20260102_090000");
      }
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good", engine = EngineKind.EMBEDDED)
  static class EmbeddedEngineTestCases {
    @Test
    void runsOnTheEmbeddedEngine(SurqlDatabase database) {
      assertThat(database.engine().kind()).isEqualTo(EngineKind.EMBEDDED);
      assertThat(database.engine().serverVersion()).startsWith("surrealdb-");
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(
      migrations = "classpath:fixtures/good",
      engine = EngineKind.EMBEDDED,
      surrealdb = "2.6",
      capabilities = "experimental:record_references")
  static class VersionAndCapabilitiesTestCases {
    @Test
    void runsOnA26EngineThatAcceptsRecordReferences(SurqlDatabase database, SurqlClient client) {
      assertThat(database.engine().releaseLine()).contains(SurrealVersion.V2_6);
      assertThat(database.engine().serverVersion()).isEqualTo("surrealdb-2.6.0");
      client.query(
          "DEFINE TABLE shelf; DEFINE FIELD book ON shelf TYPE option<record<shelf>> REFERENCE ON DELETE"
              + " UNSET;");
      assertThat(
              JsonResults.tree(client.query("INFO FOR TABLE shelf").last())
                  .path("fields")
                  .path("book")
                  .asText())
          .contains("REFERENCE ON DELETE UNSET");
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good", target = "20260101_090000")
  static class RunnerTestCases {
    @Test
    void migrateAndRollBack(SurqlMigrations migrations, SurqlClient client) {
      assertThat(migrations.migrateTo("20260103_090000").versions())
          .containsExactly("20260102_090000", "20260103_090000");
      assertThat(migrations.snapshot().schema().tables().get("customer").fields())
          .containsKey("nickname");
      assertThat(migrations.timeline().versions())
          .containsExactly("20260101_090000", "20260102_090000", "20260103_090000");

      client.query("CREATE product:1 SET title = 'Lamp';");
      RollbackPlan plan = migrations.planRollback("20260101_090000");
      assertThat(plan.versions()).containsExactly("20260103_090000", "20260102_090000");
      assertThat(plan.overallSafety()).isEqualTo(RollbackSafety.UNSAFE);
      assertThat(plan.issues())
          .anySatisfy(issue -> assertThat(issue.affectedData()).contains("1 record in `product`"));

      RollbackResult rollback = migrations.rollbackTo("20260101_090000");

      assertThat(rollback.rolledBackVersions())
          .containsExactly("20260103_090000", "20260102_090000");
      assertThat(rollback.success()).isTrue();
      assertThat(rollback.after().orElseThrow().schema().tables()).containsOnlyKeys("customer");
      assertThat(migrations.appliedVersions()).containsExactly("20260101_090000");
      assertThatThrownBy(() -> migrations.rollbackTo("20990101_000000"))
          .hasMessageContaining("Unknown migration version '20990101_000000'");
      assertThat(migrations.rollbackAll().rolledBackVersions()).containsExactly("20260101_090000");
      assertThat(migrations.snapshot().schema().tables()).isEmpty();
      assertThat(migrations.rollbackAll().rolledBackVersions()).isEmpty();
      assertThat(migrations.migrate().count()).isEqualTo(3);
      // the timeline saw the rollbacks: the re-applied first migration starts from the empty schema
      MigrationTimeline timeline = migrations.timeline();
      assertThat(timeline.versions())
          .containsExactly(
              "20260101_090000",
              "20260102_090000",
              "20260103_090000",
              "20260101_090000",
              "20260102_090000",
              "20260103_090000");
      assertThat(timeline.steps().get(3).before().schema().tables()).isEmpty();
      assertThat(timeline.current().checksum()).isEqualTo(migrations.snapshot().checksum());
    }
  }

  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @SurqlMigrationTest(
      migrations = "src/test/resources/fixtures/good",
      isolation = Isolation.PER_METHOD)
  @interface ShopDatabase {}

  @Tag(SurqlTestKit.FIXTURE)
  @ShopDatabase
  static class MetaAnnotatedTestCases {
    @BeforeEach
    void seedInBeforeEach(SurqlClient client) {
      client.query("CREATE product:1 SET title = 'Lamp';");
    }

    @Test
    void configured(MigrationSet migrations, SurqlDatabase database, SurqlClient client) {
      assertThat(migrations.location())
          .isEqualTo(Path.of("src/test/resources/fixtures/good").toAbsolutePath().toString());
      assertThat(database.database()).startsWith("junit_metaannotatedtestcases_configured_");
      assertThat(JsonResults.tree(client.query("SELECT VALUE title FROM product;").last()).size())
          .isEqualTo(1);
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good", isolation = Isolation.PER_METHOD)
  static class PerMethodBeforeAllTestCases {
    @BeforeAll
    static void setUp(SurqlClient client) {}

    @Test
    void never() {}
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good", snapshots = false)
  static class NoSnapshotsTestCases {
    @Test
    void snapshot(SchemaSnapshot snapshot) {
      assertThat(snapshot.schema().tables()).containsOnlyKeys("customer", "product");
    }

    @Test
    void timeline(MigrationTimeline timeline) {}
  }
}

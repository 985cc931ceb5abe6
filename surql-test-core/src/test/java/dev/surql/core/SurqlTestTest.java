package dev.surql.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.forward.ForwardPlan;
import dev.surql.core.migration.JavaMigration;
import dev.surql.core.migration.MigrateResult;
import dev.surql.core.migration.MigrationEvent;
import dev.surql.core.migration.MigrationListener;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.MigrationStatus;
import dev.surql.core.migration.MigrationValidationException;
import dev.surql.core.migration.PlannedStatement;
import dev.surql.core.migration.RepairAction;
import dev.surql.core.migration.RepairResult;
import dev.surql.core.migration.ScanOptions;
import dev.surql.core.rollback.RollbackOptions;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackResult;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.Snapshots;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.verify.ReversibilityStatus;
import dev.surql.core.verify.SeedData;
import dev.surql.core.verify.VerificationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entry point on the real embedded engine: its configuration errors, every operation, and what
 * close does.
 */
class SurqlTestTest {
  private static final String MIGRATIONS = "classpath:entry-point";
  private static final String PERSON = "20260101_000000";
  private static final String EMAIL = "20260102_000000";
  private static final String PET = "20260103_000000";

  /**
   * Settings that do not go together, or values that are wrong: refused, naming the setting and
   * what to do.
   */
  @Nested
  class Configuration {

    @Test
    void a_running_engine_and_engine_settings_are_refused_naming_both() {
      SurrealEngine engine = SurqlEngines.shared();

      assertThatThrownBy(() -> SurqlTest.configure().engine(engine).version("2.6").load())
          .isInstanceOf(SurqlException.class)
          .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_CONFIGURATION)
          .hasMessage(
              "SurqlTest.configure().engine(SurrealEngine) gives a running engine, so version(2.6) cannot"
                  + " apply to it. Drop engine(SurrealEngine) to let SurqlTest start or share an engine, or drop the"
                  + " engine settings.");
    }

    @Test
    void a_database_and_a_client_are_refused_as_two_databases() {
      try (SurqlDatabase database = SurqlDatabase.create(SurqlEngines.shared(), "entry_two")) {
        assertThatThrownBy(
                () -> SurqlTest.configure().database(database).client(database.client()).load())
            .hasMessage(
                "SurqlTest.configure().database(SurqlDatabase) and client(SurqlClient) both name the database"
                    + " to work on. Keep one.");
        assertThatThrownBy(
                () ->
                    SurqlTest.configure().database("app", "main").client(database.client()).load())
            .hasMessage(
                "SurqlTest.configure().database(\"app\", \"main\") and client(SurqlClient) both name the"
                    + " database to work on. Keep one.");
      }
    }

    @Test
    void a_url_that_is_not_http_is_refused_with_an_example() {
      assertThatThrownBy(() -> SurqlTest.configure().url("ws://127.0.0.1:8000").load())
          .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_CONFIGURATION)
          .hasMessage(
              "SurqlTest.configure().url(\"ws://127.0.0.1:8000\") is not an http:// or https:// URL of a"
                  + " SurrealDB server; give one such as http://127.0.0.1:8000 (a ws:// URL will not do: surql-test talks"
                  + " HTTP).");
    }

    @Test
    void a_url_with_another_engine_kind_is_refused() {
      assertThatThrownBy(
              () ->
                  SurqlTest.configure()
                      .url("http://127.0.0.1:8000")
                      .engine(EngineKind.EMBEDDED)
                      .load())
          .hasMessage(
              "SurqlTest.configure().url(\"http://127.0.0.1:8000\") names a server you run (EXTERNAL), but"
                  + " engine(EngineKind.EMBEDDED) asks for another kind. Drop one of them.");
    }

    @Test
    void an_unknown_release_line_is_refused_when_set_naming_the_supported_ones() {
      assertThatThrownBy(() -> SurqlTest.configure().version("4.2"))
          .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_CONFIGURATION)
          .hasMessage(
              "SurqlTest.configure().version=4.2 is not a SurrealDB release line surql-test supports; use one"
                  + " of "
                  + SurrealVersion.supported()
                  + ".");
    }

    @Test
    void an_unknown_capability_is_refused_when_set() {
      assertThatThrownBy(() -> SurqlTest.configure().capabilities("teleportation"))
          .isInstanceOf(SurqlException.class)
          .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_CONFIGURATION)
          .hasMessageStartingWith("SurqlTest.configure().capabilities");
    }

    @Test
    void scan_options_need_a_location_and_do_not_apply_to_a_loaded_set() {
      assertThatThrownBy(
              () ->
                  SurqlTest.configure()
                      .scanOptions(ScanOptions.defaults().withRecursive(false))
                      .load())
          .hasMessage(
              "SurqlTest.configure().scanOptions(…) is set but no migration location is: add"
                  + " migrations(\"classpath:db/migrations\") or migrations(Path).");
      MigrationSet loaded = MigrationLoader.load(MIGRATIONS);
      assertThatThrownBy(
              () ->
                  SurqlTest.configure()
                      .migrations(loaded)
                      .scanOptions(ScanOptions.defaults())
                      .load())
          .hasMessage(
              "SurqlTest.configure().migrations(MigrationSet) gives migrations already loaded, so"
                  + " scanOptions(…) cannot apply to them. Give a location with migrations(String) or migrations(Path)"
                  + " instead, or load the set with them.");
    }

    @Test
    void a_blank_setting_is_refused_when_set() {
      assertThatThrownBy(() -> SurqlTest.configure().migrations(" "))
          .hasMessage("SurqlTest.configure().migrations(String) is blank: give a value.");
      assertThatThrownBy(() -> SurqlTest.configure().database("app", ""))
          .hasMessage("SurqlTest.configure().database(…, database) is blank: give a value.");
    }

    @Test
    void a_missing_location_fails_at_load() {
      assertThatThrownBy(
              () ->
                  SurqlTest.configure().migrations(Path.of("target", "no-such-migrations")).load())
          .isInstanceOf(SurqlException.class)
          .hasFieldOrPropertyWithValue("code", ErrorCode.MIGRATION_INVALID)
          .hasMessageContaining("no-such-migrations");
    }

    @Test
    void invalid_migrations_fail_at_load_naming_the_file(@TempDir Path folder) throws IOException {
      Files.writeString(
          folder.resolve("20260101_000000_bad.surql"),
          "-- @rollback: sometimes\n-- @up\nDEFINE TABLE a;\n");

      assertThatExceptionOfType(MigrationValidationException.class)
          .isThrownBy(() -> SurqlTest.configure().migrations(folder).load())
          .withMessageContaining("20260101_000000_bad.surql");
    }

    @Test
    void an_operation_that_needs_migrations_names_itself_and_the_setting_and_makes_no_database() {
      try (SurqlTest surql = SurqlTest.configure().sharedEngine(false).load()) {
        assertThatThrownBy(surql::status)
            .hasFieldOrPropertyWithValue("code", ErrorCode.INVALID_CONFIGURATION)
            .hasMessage(
                "SurqlTest.configure().migrations(…) is not set, and status() needs migrations. Configure"
                    + " them with migrations(\"classpath:db/migrations\"), migrations(Path) or migrations(MigrationSet).");
        assertThatThrownBy(surql::verify).hasMessageContaining("and verify() needs migrations");
        assertThatThrownBy(() -> surql.planRollback("0"))
            .hasMessageContaining("and planRollback() needs migrations");
        assertThat(surql).hasToString("SurqlTest[no migrations]");
      }
    }

    @Test
    void the_loaded_instance_keeps_its_own_copy_of_the_configuration() {
      SurqlTestConfiguration configuration = SurqlTest.configure().migrations(MIGRATIONS);
      try (SurqlTest surql = configuration.load()) {
        configuration.migrations("classpath:ci-example");
        assertThat(surql.migrations().versions()).containsExactly(PERSON, EMAIL, PET);
      }
    }
  }

  /** Every operation on a fresh database of the shared engine. */
  @Nested
  class Operations {

    @Test
    void migrate_status_applied_and_dry_run() {
      List<String> heard = new CopyOnWriteArrayList<>();
      try (SurqlTest surql =
          SurqlTest.configure()
              .migrations(MIGRATIONS)
              .databasePrefix("entry_migrate")
              .listener(
                  new MigrationListener() {
                    @Override
                    public void afterMigrate(MigrationEvent event) {
                      heard.add("up " + event.version());
                    }
                  })
              .load()) {
        List<PlannedStatement> planned = surql.dryRun(PERSON);
        assertThat(planned).extracting(PlannedStatement::version).containsOnly(PERSON).hasSize(2);

        MigrateResult first = surql.migrate(PERSON);
        MigrationStatus partly = surql.status();
        MigrateResult rest = surql.migrate();

        assertThat(first.versions()).containsExactly(PERSON);
        assertThat(partly.currentVersion()).contains(PERSON);
        assertThat(partly.pending()).extracting(m -> m.version()).containsExactly(EMAIL, PET);
        assertThat(rest.versions()).containsExactly(EMAIL, PET);
        assertThat(surql.status().isUpToDate()).isTrue();
        assertThat(surql.applied())
            .extracting(a -> a.version())
            .containsExactly(PERSON, EMAIL, PET);
        assertThat(surql.dryRun()).isEmpty();
        assertThat(heard).containsExactly("up " + PERSON, "up " + EMAIL, "up " + PET);
        assertThat(surql.client().settings().namespace()).startsWith("entry_migrate_");
      }
    }

    @Test
    void snapshot_store_and_compare_stored_versions() {
      try (SurqlTest surql = SurqlTest.configure().migrations(MIGRATIONS).load()) {
        assertThat(surql.snapshot().version()).isEqualTo("initial");
        surql.migrate(PERSON);
        SchemaSnapshot before = surql.snapshots().store(surql.snapshot());
        surql.migrate();
        surql.snapshots().store(surql.snapshot("head"));

        SnapshotDiff diff = surql.compare(PERSON, "head");

        assertThat(before.version()).isEqualTo(PERSON);
        assertThat(before.migrationCount()).isEqualTo(1);
        assertThat(diff.tablesAdded()).containsExactly("pet");
        assertThat(diff.fieldsAdded()).containsExactly("person.email");
        assertThat(surql.compare(before, before).isEmpty()).isTrue();
        assertThatThrownBy(() -> surql.compare("nope", "head"))
            .hasFieldOrPropertyWithValue("code", ErrorCode.SNAPSHOT_INVALID)
            .hasMessage(
                "No snapshot nope in _schema_snapshot of "
                    + surql.client().settings().namespace()
                    + "/"
                    + surql.client().settings().database()
                    + " (stored: "
                    + PERSON
                    + ", head). Store one with"
                    + " snapshots().store(snapshot(\"nope\")).");
      }
    }

    @Test
    void plan_rollback_then_rollback_refused_unless_forced_and_listeners_hear_each_down() {
      List<String> heard = new CopyOnWriteArrayList<>();
      try (SurqlTest surql =
          SurqlTest.configure()
              .migrations(MIGRATIONS)
              .listener(
                  new MigrationListener() {
                    @Override
                    public void afterRollback(MigrationEvent event) {
                      heard.add("down " + event.version());
                    }
                  })
              .load()) {
        surql.migrate();
        surql.client().query("CREATE pet:rex SET name = 'Rex';");

        RollbackPlan plan = surql.planRollback(PERSON);

        assertThat(plan.versions()).containsExactly(PET, EMAIL);
        assertThat(plan.requiresApproval()).as("pet has a record").isTrue();
        assertThatThrownBy(() -> surql.rollback(PERSON))
            .hasFieldOrPropertyWithValue("code", ErrorCode.ROLLBACK_FAILED)
            .hasMessageContaining("Refusing to roll back");
        RollbackResult dry = surql.rollback(PERSON, RollbackOptions.defaults().withDryRun(true));
        assertThat(dry.rolledBackVersions()).containsExactly(PET, EMAIL);
        assertThat(surql.applied()).hasSize(3);

        RollbackResult result = surql.rollback(plan, RollbackOptions.defaults().withForce(true));

        assertThat(result.success()).isTrue();
        assertThat(result.rolledBackVersions()).containsExactly(PET, EMAIL);
        assertThat(heard).containsExactly("down " + PET, "down " + EMAIL);
        assertThat(surql.status().currentVersion()).contains(PERSON);
        assertThat(surql.snapshot().schema().tables()).containsOnlyKeys("person");
      }
    }

    @Test
    void a_safe_rollback_runs_without_force() {
      try (SurqlTest surql = SurqlTest.configure().migrations(MIGRATIONS).load()) {
        surql.migrate();

        RollbackResult result = surql.rollback("0");

        assertThat(result.rolledBackVersions()).containsExactly(PET, EMAIL, PERSON);
        assertThat(surql.applied()).isEmpty();
      }
    }

    @Test
    void verify_runs_the_round_trips_with_the_seed_data_on_databases_of_its_own() {
      SeedData seeds =
          SeedData.none()
              .before(PET, "CREATE person:ada SET name = 'Ada', email = 'ada@example.com'");
      try (SurqlTest surql = SurqlTest.configure().migrations(MIGRATIONS).seedData(seeds).load()) {
        VerificationReport report = surql.verify();

        assertThat(report.passed()).isTrue();
        assertThat(report.results())
            .extracting(r -> r.status())
            .containsExactly(
                ReversibilityStatus.REVERSIBLE,
                ReversibilityStatus.REVERSIBLE,
                ReversibilityStatus.REVERSIBLE);
        assertThat(report.location()).isEqualTo(MIGRATIONS);
      }
    }

    @Test
    void verify_reports_a_down_that_does_not_restore_the_schema() {
      try (SurqlTest surql = SurqlTest.configure().migrations("classpath:ci-example").load()) {
        VerificationReport report = surql.verify();

        assertThat(report.passed()).isFalse();
        assertThat(report.result("20260103_000000"))
            .get()
            .extracting(r -> r.status())
            .isEqualTo(ReversibilityStatus.NOT_REVERSIBLE);
      }
    }

    @Test
    void plan_up_counts_what_pending_ups_do_to_existing_records() {
      try (SurqlTest surql = SurqlTest.configure().migrations(MIGRATIONS).load()) {
        surql.migrate(PERSON);
        surql
            .client()
            .query("CREATE person:ada SET name = 'Ada'; CREATE person:bob SET name = 'Bob';");

        ForwardPlan plan = surql.planUp();

        assertThat(plan.pending()).extracting(m -> m.version()).containsExactly(EMAIL, PET);
        assertThat(plan.issues(EMAIL)).extracting(i -> i.rule().code()).containsExactly("SQ401");
        assertThat(plan.issues(EMAIL).get(0).affectedRecords()).hasValue(2);
        assertThat(plan.issues(PET)).isEmpty();
        assertThat(surql.applied()).as("read-only").hasSize(1);
      }
    }

    @Test
    void repair_makes_a_migration_that_failed_part_way_pending_again(@TempDir Path folder)
        throws IOException {
      Files.writeString(
          folder.resolve("20260101_000000_half.surql"),
          """
          -- @transaction: none
          -- @up
          DEFINE TABLE a;
          THROW 'the second statement fails';
          -- @down
          REMOVE TABLE IF EXISTS a;
          """);
      try (SurqlTest surql = SurqlTest.configure().migrations(folder).load()) {
        assertThatThrownBy(surql::migrate)
            .isInstanceOf(SurqlException.class)
            .hasMessageContaining("the second statement fails");
        assertThat(surql.status().failed())
            .extracting(f -> f.version())
            .containsExactly("20260101_000000");

        RepairResult repaired = surql.repair("20260101_000000", RepairAction.ROLL_BACK);

        assertThat(repaired.action()).isEqualTo(RepairAction.ROLL_BACK);
        assertThat(surql.status().failed()).isEmpty();
        assertThat(surql.status().pending())
            .extracting(m -> m.version())
            .containsExactly("20260101_000000");
        assertThat(surql.snapshot().schema().tables()).isEmpty();
      }
    }

    @Test
    void java_migrations_join_the_files_and_out_of_order_applies_an_older_pending_one() {
      JavaMigration older =
          new JavaMigration() {
            @Override
            public String version() {
              return "20251231_000000";
            }

            @Override
            public String description() {
              return "tags";
            }

            @Override
            public List<String> up() {
              return List.of("DEFINE TABLE tag");
            }

            @Override
            public Optional<List<String>> down() {
              return Optional.of(List.of("REMOVE TABLE tag"));
            }
          };
      String name = "entry_out_of_order_" + Long.toHexString(System.nanoTime());
      try (SurqlDatabase database = SurqlDatabase.create(SurqlEngines.shared(), name, name)) {
        try (SurqlTest files =
            SurqlTest.configure().migrations(MIGRATIONS).database(database).load()) {
          files.migrate();
        }
        try (SurqlTest strict =
            SurqlTest.configure()
                .migrations(MIGRATIONS)
                .javaMigrations(older)
                .database(database)
                .load()) {
          assertThat(strict.migrations().versions())
              .containsExactly("20251231_000000", PERSON, EMAIL, PET);
          assertThatThrownBy(strict::migrate)
              .isInstanceOf(SurqlException.class)
              .hasMessageContaining("20251231_000000");
        }
        try (SurqlTest lenient =
            SurqlTest.configure()
                .migrations(MIGRATIONS)
                .javaMigrations(older)
                .database(database)
                .outOfOrder(true)
                .load()) {
          assertThat(lenient.migrate().versions()).containsExactly("20251231_000000");
        }
      }
    }

    @Test
    void a_named_database_is_defined_up_front_with_create_database() {
      String name = "entry_named_" + Long.toHexString(System.nanoTime());
      try (SurqlTest surql =
          SurqlTest.configure()
              .migrations(MIGRATIONS)
              .database(name, name)
              .createDatabase(true)
              .load()) {
        assertThat(surql.status().pending()).hasSize(3);
        assertThat(surql.snapshots().list()).isEmpty();
      } finally {
        SurqlDatabase.create(SurqlEngines.shared(), name, name).close();
      }
    }

    @Test
    void upgrade_check_applies_the_history_on_another_release_line() {
      SurrealVersion other = SharedEngineLine.is2x() ? SurrealVersion.V3_0 : SurrealVersion.V2_6;
      try (SurqlTest surql = SurqlTest.configure().migrations(MIGRATIONS).load()) {
        UpgradeReport report = surql.upgradeCheck(other.line());

        assertThat(report.passed()).isTrue();
        assertThat(report.results()).hasSize(3);
        assertThat(report.toVersion()).startsWith("surrealdb-" + other.line());
      }
    }
  }

  /** What close removes and stops, and what it leaves alone. */
  @Nested
  class Close {

    @Test
    void close_removes_the_fresh_database_leaves_the_shared_engine_and_is_idempotent() {
      SurqlTest surql = SurqlTest.configure().migrations(MIGRATIONS).load();
      surql.migrate();
      String namespace = surql.client().settings().namespace();
      String database = surql.client().settings().database();
      SurrealEngine engine = surql.engine();

      surql.close();
      surql.close();

      assertThat(engine).isSameAs(SurqlEngines.shared());
      assertThat(engine.isRunning()).isTrue();
      assertThat(tablesOf(engine, namespace, database)).as("the namespace was removed").isEmpty();
      assertThatThrownBy(surql::status)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "This SurqlTest is closed: its fresh database was removed and an engine of its own stopped."
                  + " Load a new one with SurqlTest.configure()…load().");
      assertThatThrownBy(surql::engine).isInstanceOf(IllegalStateException.class);
      assertThat(surql.toString()).endsWith(", closed]");
    }

    @Test
    void concurrent_closes_all_return_only_after_the_fresh_database_is_removed() throws Exception {
      SurqlTest surql = SurqlTest.configure().migrations(MIGRATIONS).load();
      surql.migrate();
      String namespace = surql.client().settings().namespace();
      SurrealEngine engine = surql.engine();
      assertThat(namespaces(engine)).contains(namespace);
      int threads = 6;
      CyclicBarrier start = new CyclicBarrier(threads);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<Boolean>> stillThere = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          stillThere.add(
              pool.submit(
                  () -> {
                    start.await();
                    surql.close();
                    return namespaces(engine).contains(namespace);
                  }));
        }
        for (Future<Boolean> seen : stillThere) {
          assertThat(seen.get(60, TimeUnit.SECONDS))
              .as("the namespace still existed when a close() returned")
              .isFalse();
        }
      } finally {
        pool.shutdownNow();
      }
    }

    @Test
    void close_stops_an_engine_of_its_own() {
      SurqlTest surql =
          SurqlTest.configure()
              .migrations(MIGRATIONS)
              .engine(EngineKind.EMBEDDED)
              .sharedEngine(false)
              .load();
      SurrealEngine engine = surql.engine();
      surql.migrate();
      assertThat(engine).isNotSameAs(SurqlEngines.shared());

      surql.close();

      assertThat(engine.isRunning()).isFalse();
    }

    @Test
    void close_leaves_a_named_database_and_a_given_one() {
      try (SurqlDatabase given = SurqlDatabase.create(SurqlEngines.shared(), "entry_given")) {
        try (SurqlTest surql =
            SurqlTest.configure().migrations(MIGRATIONS).database(given).load()) {
          surql.migrate(PERSON);
        }
        assertThat(Snapshots.captureSchema(given.client()).tables()).containsOnlyKeys("person");

        String name = given.namespace() + "_named";
        try (SurqlTest surql =
            SurqlTest.configure().migrations(MIGRATIONS).database(name, name).load()) {
          surql.migrate();
        }
        try (SurqlDatabase named = SurqlDatabase.create(SurqlEngines.shared(), name, name)) {
          assertThat(Snapshots.captureSchema(named.client()).tables())
              .containsOnlyKeys("person", "pet");
        }
      }
    }

    @Test
    void a_given_client_is_used_and_left_alone() {
      try (SurqlDatabase given = SurqlDatabase.create(SurqlEngines.shared(), "entry_client")) {
        try (SurqlTest surql =
            SurqlTest.configure().migrations(MIGRATIONS).client(given.client()).load()) {
          surql.migrate();
          assertThat(surql.client()).isSameAs(given.client());
        }
        assertThat(Snapshots.captureSchema(given.client()).tables())
            .containsOnlyKeys("person", "pet");
      }
    }

    /** The namespaces the engine has now, read with a root client. */
    @SuppressWarnings("unchecked")
    private Set<String> namespaces(SurrealEngine engine) {
      Map<String, Object> info =
          SurqlClient.connect(engine.rootSettings()).query("INFO FOR ROOT").get(0).as(Map.class);
      return ((Map<String, Object>) info.get("namespaces")).keySet();
    }

    /**
     * The tables of a namespace and database, defining them again if they were removed (then it has
     * none).
     */
    private List<String> tablesOf(SurrealEngine engine, String namespace, String database) {
      try (SurqlDatabase again = SurqlDatabase.create(engine, namespace, database)) {
        return List.copyOf(Snapshots.captureSchema(again.client()).tables().keySet());
      }
    }
  }
}

package dev.surql.core.reliability;

import static dev.surql.core.reliability.Fixtures.history;
import static dev.surql.core.reliability.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.engine.EmbeddedEngine;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import dev.surql.core.report.VerificationReports;
import dev.surql.core.rollback.RollbackExecutor;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackOptions;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackPlanner;
import dev.surql.core.rollback.RollbackResult;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.Snapshots;
import dev.surql.core.snapshot.TableSchema;
import dev.surql.core.verify.DataLoss;
import dev.surql.core.verify.MigrationVerifier;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.SeedData;
import dev.surql.core.verify.VerificationReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Credentials never show up in logs, reports, exception messages or {@code toString()}s, and
 * identifiers taken from migration files (table, field, namespace names full of backticks, brackets
 * and semicolons) cannot inject statements into the queries surql-test builds itself.
 */
class SecurityReliabilityTest {

  private static final String PASSWORD = "S3cr3t-p4ss!";
  private static final String WRONG_PASSWORD = "Wr0ng-p4ss!";

  /**
   * A table name that ends a backtick-quoted identifier and the statement if it is pasted
   * unescaped.
   */
  private static final String BACKTICK_TABLE = "x`; REMOVE TABLE _migration_history; --";

  /** A table name that ends a ⟨…⟩-quoted identifier and the statement if it is pasted unescaped. */
  private static final String BRACKET_TABLE = "a⟩; DELETE _migration_history; --";

  /** A field name with a backtick and a semicolon. */
  private static final String FIELD = "no`te; DELETE _migration_history; --";

  @TempDir Path dir;

  @Test
  void the_password_appears_in_no_log_record_exception_report_or_to_string() throws Exception {
    List<String> texts = new ArrayList<>();
    Logger root = Logger.getLogger("");
    Level rootLevel = root.getLevel();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            synchronized (texts) {
              texts.add(String.valueOf(record.getMessage()));
              if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                  texts.add(String.valueOf(parameter));
                }
              }
              if (record.getThrown() != null) {
                texts.add(stackTrace(record.getThrown()));
              }
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    capture.setLevel(Level.ALL);
    root.addHandler(capture);
    root.setLevel(Level.ALL);
    int logRecordsBefore;
    try {
      EngineConfig config =
          EngineConfig.defaults().withKind(EngineKind.EMBEDDED).withPassword(PASSWORD);
      texts.add(config.toString());
      try (SurrealEngine engine = SurqlEngines.start(config)) {
        texts.addAll(
            List.of(
                engine.toString(),
                engine.rootSettings().toString(),
                engine.client("", "").toString()));
        try (SurqlDatabase database = SurqlDatabase.create(engine, "rel_secret")) {
          SurqlClient client = database.client();
          texts.add(database.toString());
          write(
              dir,
              "1_people.surql",
              """
              -- @up
              DEFINE TABLE person SCHEMAFULL;
              DEFINE FIELD age ON person TYPE int;
              -- @down
              REMOVE TABLE person;
              """);
          write(
              dir,
              "2_bad_data.surql",
              """
              -- @up
              CREATE person SET age = 'old';
              -- @down
              DELETE person;
              """);
          write(
              dir,
              "3_parse_error.surql",
              "-- @up\nDEFINE TABLEZ nope;\n-- @down\nREMOVE TABLE nope;\n");
          MigrationSet set = MigrationLoader.load(dir);

          texts.add(
              messages(
                  catchThrowableOfType(
                      SurqlException.class, () -> new Migrator(client, set).migrate())));
          texts.add(
              messages(
                  catchThrowableOfType(
                      SurqlException.class,
                      () -> new Migrator(client, set).withOutOfOrder(true).migrate("3"))));
          SurqlClient wrong =
              SurqlClient.connect(
                  ConnectionSettings.of(engine.rootSettings().url(), "root", WRONG_PASSWORD)
                      .withNamespace(database.namespace())
                      .withDatabase(database.database()));
          SurqlException rejected =
              catchThrowableOfType(SurqlException.class, () -> wrong.query("RETURN 1"));
          assertThat(rejected.code()).isEqualTo(ErrorCode.AUTHENTICATION_FAILED);
          texts.add(messages(rejected));
          texts.add(wrong.toString());
          texts.add(
              messages(
                  catchThrowableOfType(
                      SurqlException.class,
                      () -> RollbackPlanner.createRollbackPlan(client, set, "9"))));

          VerificationReport report = MigrationVerifier.of(engine, set).verify();
          assertThat(report.passed()).isFalse();
          texts.add(VerificationReports.toJson(report));
          texts.add(VerificationReports.toMarkdown(report));
          VerificationReports.ReportFiles files =
              VerificationReports.write(report, dir.resolve("reports"), "secret");
          texts.add(Files.readString(files.json()));
          texts.add(Files.readString(files.markdown()));
          texts.add(report.toString());
        }
        ProcessHandle node = ((EmbeddedEngine) engine).process();
        node.destroyForcibly();
        node.onExit().get();
        texts.add(
            messages(
                catchThrowableOfType(
                    SurqlException.class, () -> engine.client("", "").query("RETURN 1"))));
      }
      Path notADirectory = Files.writeString(dir.resolve("storage-is-a-file"), "x");
      texts.add(
          messages(
              catchThrowableOfType(
                  SurqlException.class,
                  () ->
                      EmbeddedEngine.start(
                          config.withEmbeddedStorage("surrealkv://" + notADirectory + "/data")))));
    } finally {
      root.removeHandler(capture);
      root.setLevel(rootLevel);
    }
    logRecordsBefore = texts.size();

    String basicAuth =
        Base64.getEncoder().encodeToString(("root:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    String wrongAuth =
        Base64.getEncoder()
            .encodeToString(("root:" + WRONG_PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertThat(String.join("\n", texts))
        .as("something was captured: the start log, the failures and the report")
        .contains(
            "surql-test uses the EMBEDDED engine",
            "Migration 2 bad data failed",
            "rejected the credentials",
            "TABLEZ",
            "connection refused",
            "did not start");
    assertThat(logRecordsBefore).isGreaterThan(10);
    assertThat(texts)
        .allSatisfy(
            text ->
                assertThat(text).doesNotContain(PASSWORD, WRONG_PASSWORD, basicAuth, wrongAuth));
  }

  @Test
  void
      identifiers_from_migration_files_cannot_inject_statements_into_snapshots_counts_rollbacks_or_databases() {
    String t1 = SurqlIdentifiers.escape(BACKTICK_TABLE);
    String t2 = SurqlIdentifiers.escape(BRACKET_TABLE);
    String field = SurqlIdentifiers.escape(FIELD);
    write(
        dir,
        "1_tricky_names.surql",
        """
        -- @up
        DEFINE TABLE %1$s SCHEMAFULL;
        DEFINE FIELD %3$s ON %1$s TYPE option<string>;
        DEFINE INDEX %3$s ON %1$s FIELDS %3$s;
        DEFINE TABLE %2$s SCHEMALESS;
        -- @down
        REMOVE TABLE %2$s;
        REMOVE TABLE %1$s;
        """
            .formatted(t1, t2, field));
    write(
        dir,
        "2_clear_data.surql",
        """
        -- @rollback: data_loss
        -- @up
        DEFINE TABLE t2 SCHEMALESS;
        -- @down
        REMOVE TABLE t2;
        DELETE %2$s;
        UPDATE %1$s UNSET %3$s;
        """
            .formatted(t1, t2, field));
    MigrationSet set = MigrationLoader.load(dir);
    String[] seed = {
      "CREATE " + t1 + " SET " + field + " = 'one'",
      "CREATE " + t1 + " SET " + field + " = 'two'",
      "CREATE " + t1 + " SET " + field + " = 'three'",
      "CREATE " + t2 + " SET n = 1",
      "CREATE " + t2 + " SET n = 2"
    };

    SurrealEngine engine = SurqlEngines.shared();
    try (SurqlDatabase database = SurqlDatabase.create(engine, "rel_inject")) {
      SurqlClient client = database.client();
      new Migrator(client, set).migrate("1");
      client.query(String.join(";\n", seed) + ";");
      new Migrator(client, set).migrate();

      // snapshot: both tables, the field and the index, under their real names
      DatabaseSchema schema = Snapshots.captureSchema(client);
      assertThat(schema.tables()).containsOnlyKeys(BACKTICK_TABLE, BRACKET_TABLE, "t2");
      TableSchema backtick = schema.tables().get(BACKTICK_TABLE);
      // fields are named as INFO FOR TABLE names them: quoted where needed
      assertThat(backtick.fields()).containsOnlyKeys(field);
      assertThat(backtick.fields().get(field).type()).contains("none | string");
      assertThat(backtick.indexes()).containsKey(FIELD);
      assertThat(history(client)).containsExactly("1", "2");

      // data-aware rollback plan: the counts are the real ones
      RollbackPlan plan = RollbackPlanner.createRollbackPlan(client, set, "1");
      assertThat(plan.issues())
          .extracting(RollbackIssue::affectedRecords)
          .filteredOn(count -> count.isPresent())
          .extracting(count -> count.getAsLong())
          .contains(2L, 3L);
      assertThat(plan.issues())
          .filteredOn(i -> i.statement().startsWith("DELETE"))
          .singleElement()
          .satisfies(i -> assertThat(i.affectedRecords()).hasValue(2));
      assertThat(plan.issues())
          .filteredOn(i -> i.statement().startsWith("UPDATE"))
          .singleElement()
          .satisfies(i -> assertThat(i.affectedRecords()).hasValue(3));
      assertThat(history(client))
          .as("_migration_history survives the counting")
          .containsExactly("1", "2");

      RollbackResult result =
          RollbackExecutor.executeRollback(
              client, plan, RollbackOptions.defaults().withForce(true));

      assertThat(result.success()).as("%s", result.errors()).isTrue();
      assertThat(history(client)).containsExactly("1");
      assertThat(Fixtures.count(client, BACKTICK_TABLE)).isEqualTo(3);
      assertThat(Fixtures.count(client, BRACKET_TABLE)).isZero();
      JsonNode values =
          JsonResults.tree(client.query("SELECT VALUE " + field + " FROM " + t1 + ";").last());
      assertThat(values)
          .allSatisfy(
              v -> assertThat(v.isNull() || v.isMissingNode() || v.asText().isEmpty()).isTrue());
    }

    // data counting of the verifier: seeded records destroyed by the down of 2 are counted right
    VerificationReport report =
        MigrationVerifier.of(engine, set).withSeedData(SeedData.none().before("2", seed)).verify();
    ReversibilityResult second = report.result("2").orElseThrow();
    assertThat(second.error()).as("%s", second.error()).isEmpty();
    assertThat(second.dataLoss())
        .containsExactlyInAnyOrder(
            new DataLoss(BRACKET_TABLE, Optional.empty(), 2, 0),
            new DataLoss(BACKTICK_TABLE, Optional.of(field), 3, 0));
    assertThat(report.result("1").orElseThrow().error()).isEmpty();
  }

  @Test
  void
      namespace_and_database_names_cannot_inject_statements_and_closing_removes_only_that_namespace() {
    SurrealEngine engine = SurqlEngines.shared();
    try (SurqlDatabase bystander = SurqlDatabase.create(engine, "rel_bystander")) {
      bystander.client().query("CREATE keep:1 SET ok = true;");
      String namespace =
          "ns`; REMOVE NAMESPACE " + bystander.namespace() + "; --" + System.nanoTime();
      String databaseName = "db\\`; REMOVE DATABASE " + bystander.database() + "; --";
      SurqlDatabase tricky = SurqlDatabase.create(engine, namespace, databaseName);
      try {
        new Migrator(tricky.client(), MigrationSet.empty("none")).migrate();
        tricky.client().query("CREATE inside:1;");
        assertThat(namespaces(engine)).contains(namespace, bystander.namespace());
        assertThat(Fixtures.count(tricky.client(), "inside")).isEqualTo(1);
      } finally {
        tricky.close();
      }
      assertThat(namespaces(engine)).doesNotContain(namespace).contains(bystander.namespace());
      assertThat(Fixtures.count(bystander.client(), "keep")).isEqualTo(1);
    }
  }

  @Test
  void a_name_an_http_header_cannot_carry_is_refused_clearly_and_nothing_is_created() {
    SurrealEngine engine = SurqlEngines.shared();
    String namespace = "rel_ns⟩; REMOVE NAMESPACE x; --";

    SurqlException e =
        catchThrowableOfType(
            SurqlException.class, () -> SurqlDatabase.create(engine, namespace, "db"));

    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CONFIGURATION);
    assertThat(e.getMessage())
        .contains(
            "The namespace name '" + namespace + "' has the character U+27E9 at index 6",
            "Surreal-NS HTTP header",
            "printable ASCII");
    assertThat(namespaces(engine)).noneMatch(n -> n.contains("REMOVE NAMESPACE x"));
  }

  private static List<String> namespaces(SurrealEngine engine) {
    List<String> names = new ArrayList<>();
    JsonResults.tree(engine.client("", "").query("INFO FOR ROOT;").last())
        .path("namespaces")
        .fieldNames()
        .forEachRemaining(names::add);
    return names;
  }

  private static String messages(Throwable e) {
    assertThat(e).as("an exception was thrown").isNotNull();
    return e + "\n" + stackTrace(e);
  }

  private static String stackTrace(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}

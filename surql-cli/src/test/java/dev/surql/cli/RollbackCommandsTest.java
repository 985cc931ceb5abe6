package dev.surql.cli;

import static dev.surql.cli.Cli.MIGRATIONS;
import static dev.surql.cli.Cli.migrate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.migration.MigrationHistory;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.Migrator;
import dev.surql.core.snapshot.SnapshotStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RollbackCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SurqlDatabase db;

  @BeforeEach
  void migrateAndSeed() {
    db = SurqlDatabase.create(SurqlEngines.shared(), "cli_rollback");
    Cli.Result up = Cli.run(migrate(db, MIGRATIONS, "up"));
    assertThat(up.exitCode()).as(up.toString()).isZero();
    db.client().query("CREATE person:ada SET name = 'Ada', bio = 'Wrote the first program';");
  }

  @AfterEach
  void removeDatabase() {
    db.close();
  }

  private List<String> applied() {
    return new MigrationHistory(db.client())
        .applied().stream().map(AppliedMigration::version).toList();
  }

  @Test
  void plan_rollback_prints_the_plan_with_issues_and_the_approval_warning() {
    Cli.Result plan = Cli.run(migrate(db, MIGRATIONS, "plan-rollback", "20260101_090000"));

    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    assertThat(plan.out())
        .startsWith(
            "Rollback Plan\nFrom: 20260103_090000\nTo: 20260101_090000\n\nMigrations to Rollback: 2\n")
        .contains("Overall Safety: DATA_LOSS")
        .contains("Safety Issues:\n")
        .contains("  [DATA_LOSS] 20260102_090000\n")
        .contains("    → ")
        .contains("    Affected: ")
        .contains("⚠️  This rollback requires approval")
        .doesNotContain("SQL to Execute:");
    assertThat(applied()).as("planning changes nothing").hasSize(3);
  }

  @Test
  void plan_rollback_show_sql_prints_the_downs_newest_first() {
    Cli.Result plan =
        Cli.run(migrate(db, MIGRATIONS, "plan-rollback", "20260101_090000", "--show-sql"));

    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    String sql = plan.out().substring(plan.out().indexOf("SQL to Execute:"));
    assertThat(sql)
        .containsSubsequence(
            "-- 20260103_090000 down",
            "REMOVE INDEX person_name ON person;",
            "-- 20260102_090000 down",
            "REMOVE FIELD bio ON person;");
  }

  @Test
  void plan_rollback_as_json() throws Exception {
    Cli.Result plan =
        Cli.run(migrate(db, MIGRATIONS, "plan-rollback", "20260101_090000", "--format", "json"));

    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    JsonNode json = JSON.readTree(plan.out());
    assertThat(json.get("from").asText()).isEqualTo("20260103_090000");
    assertThat(json.get("to").asText()).isEqualTo("20260101_090000");
    assertThat(json.get("migrationCount").asInt()).isEqualTo(2);
    assertThat(json.get("migrations").get(0).get("version").asText()).isEqualTo("20260103_090000");
    assertThat(json.get("overallSafety").asText()).isEqualTo("DATA_LOSS");
    assertThat(json.get("requiresApproval").asBoolean()).isTrue();
    assertThat(json.get("dataAware").asBoolean()).isTrue();
    assertThat(json.get("issues").findValuesAsText("safety")).contains("DATA_LOSS");
    assertThat(json.get("statements").toString()).contains("REMOVE FIELD bio ON person");
  }

  @Test
  void a_plan_that_is_not_safe_is_refused_without_force_even_with_yes() {
    Cli.Result rollback = Cli.run(migrate(db, MIGRATIONS, "rollback", "20260101_090000", "--yes"));

    assertThat(rollback.exitCode()).as(rollback.toString()).isEqualTo(ExitCodes.APPROVAL_NEEDED);
    assertThat(rollback.out())
        .contains("Overall Safety: DATA_LOSS")
        .doesNotContain("Proceed with rollback?");
    assertThat(rollback.err())
        .contains(
            "surql: Refusing to roll back "
                + db.namespace()
                + "/"
                + db.database()
                + " to 20260101_090000: the plan is DATA_LOSS",
            "run again with --force");
    assertThat(applied()).hasSize(3);
  }

  @Test
  void answering_no_cancels_with_exit_code_3() {
    Cli.Result rollback =
        Cli.runWithInput("no\n", migrate(db, MIGRATIONS, "rollback", "20260101_090000", "--force"));

    assertThat(rollback.exitCode()).as(rollback.toString()).isEqualTo(ExitCodes.APPROVAL_NEEDED);
    assertThat(rollback.out())
        .contains("Proceed with rollback? [yes/NO]: ")
        .doesNotContain("Rolled back");
    assertThat(rollback.err())
        .contains("surql: Rollback cancelled: the answer was 'no', not yes. Nothing was changed.");
    assertThat(applied()).hasSize(3);
  }

  @Test
  void no_answer_on_a_closed_stdin_cancels() {
    Cli.Result rollback =
        Cli.run(migrate(db, MIGRATIONS, "rollback", "20260101_090000", "--force"));

    assertThat(rollback.exitCode()).isEqualTo(ExitCodes.APPROVAL_NEEDED);
    assertThat(rollback.err()).contains("no answer (standard input is closed); pass --yes");
    assertThat(applied()).hasSize(3);
  }

  @Test
  void answering_yes_with_force_rolls_back_and_stores_before_and_after_snapshots() {
    Cli.Result rollback =
        Cli.runWithInput(
            "yes\n", migrate(db, MIGRATIONS, "rollback", "20260101_090000", "--force"));

    assertThat(rollback.exitCode()).as(rollback.toString()).isZero();
    assertThat(rollback.out())
        .contains("Proceed with rollback? [yes/NO]: ")
        .contains("Rolled back 2 migrations (20260103_090000, 20260102_090000) in ")
        .contains(db.namespace() + "/" + db.database() + " is now at 20260101_090000.")
        .contains("Snapshots stored: rollback_before_20260103_090000_");
    assertThat(rollback.err()).isEmpty();
    assertThat(applied()).containsExactly("20260101_090000");
    assertThat(new SnapshotStore(db.client()).versions()).hasSize(2);

    Cli.Result status = Cli.run(migrate(db, MIGRATIONS, "status"));
    assertThat(status.out()).contains("Current version: 20260101_090000  applied: 1  pending: 2");
  }

  @Test
  void a_safe_rollback_with_yes_runs_without_asking() {
    Cli.Result rollback = Cli.run(migrate(db, MIGRATIONS, "rollback", "20260102_090000", "--yes"));

    assertThat(rollback.exitCode()).as(rollback.toString()).isZero();
    assertThat(rollback.out())
        .contains("Overall Safety: SAFE", "✓ This rollback is safe")
        .doesNotContain("Proceed with rollback?")
        .contains("Rolled back 1 migration (20260103_090000)");
    assertThat(applied()).containsExactly("20260101_090000", "20260102_090000");
  }

  @Test
  void dry_run_changes_nothing_and_says_force_would_be_needed() {
    Cli.Result rollback =
        Cli.run(migrate(db, MIGRATIONS, "rollback", "20260101_090000", "--dry-run"));

    assertThat(rollback.exitCode()).as(rollback.toString()).isZero();
    assertThat(rollback.out())
        .contains(
            "Dry run: would roll back 2 migrations (20260103_090000, 20260102_090000) of "
                + db.namespace()
                + "/"
                + db.database()
                + " to 20260101_090000; nothing was changed. The real run needs "
                + "--force: the plan is DATA_LOSS.");
    assertThat(applied()).hasSize(3);
  }

  @Test
  void a_plan_made_stale_while_waiting_for_the_answer_is_refused() {
    // another process rolls back the newest migration while the prompt waits
    InputStream concurrentChange =
        new InputStream() {
          private ByteArrayInputStream answer;

          @Override
          public int read() {
            return delegate().read();
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            return delegate().read(buffer, offset, length);
          }

          private ByteArrayInputStream delegate() {
            if (answer == null) {
              new Migrator(db.client(), MigrationLoader.load(MIGRATIONS)).down("20260103_090000");
              answer = new ByteArrayInputStream("yes\n".getBytes(StandardCharsets.UTF_8));
            }
            return answer;
          }
        };

    Cli.Result rollback =
        Cli.run(
            concurrentChange, migrate(db, MIGRATIONS, "rollback", "20260101_090000", "--force"));

    assertThat(rollback.exitCode()).as(rollback.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(rollback.err())
        .contains(
            "surql: Refusing to roll back", "changed since the plan was made", "Create a new plan");
    assertThat(applied()).containsExactly("20260101_090000", "20260102_090000");
  }

  @Test
  void an_unknown_target_is_reported_with_the_applied_versions() {
    Cli.Result plan = Cli.run(migrate(db, MIGRATIONS, "plan-rollback", "20250101_000000"));

    assertThat(plan.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(plan.err())
        .contains(
            "surql: Cannot roll back",
            "20250101_000000",
            "Applied versions: 20260101_090000, 20260102_090000, 20260103_090000");
  }

  @Test
  void rollback_without_a_version_is_a_usage_error() {
    Cli.Result rollback = Cli.run(migrate(db, MIGRATIONS, "rollback"));

    assertThat(rollback.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(rollback.err())
        .contains(
            "surql: Missing required parameter: 'VERSION'",
            "Try 'surql migrate rollback --help' for usage.");
  }
}

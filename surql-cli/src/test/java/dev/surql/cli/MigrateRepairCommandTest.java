package dev.surql.cli;

import static dev.surql.cli.Cli.migrate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.migration.MigrationHistory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -- @transaction: none} through the CLI: a failure part way, status, refusal, and {@code
 * migrate repair}.
 */
class MigrateRepairCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String PARTIAL =
      """
      -- @description: partial
      -- @transaction: none
      -- @up
      DEFINE TABLE a;
      THROW 'stops here';
      DEFINE TABLE b;
      -- @down
      REMOVE TABLE IF EXISTS b;
      REMOVE TABLE a;
      """;

  @TempDir Path dir;

  private SurqlDatabase db;

  @BeforeEach
  void setUp() throws IOException {
    db = SurqlDatabase.create(SurqlEngines.shared(), "cli_repair");
    Files.writeString(
        dir.resolve("20260101_120000_one.surql"),
        "-- @up\nDEFINE TABLE one;\n-- @down\nREMOVE TABLE one;\n");
    Files.writeString(dir.resolve("20260102_120000_partial.surql"), PARTIAL);
    Files.writeString(dir.resolve("20260103_120000_three.surql"), "-- @up\nDEFINE TABLE three;\n");
  }

  @AfterEach
  void removeDatabase() {
    db.close();
  }

  private Cli.Result failPartWay() {
    Cli.Result up = Cli.run(migrate(db, dir, "up"));
    assertThat(up.exitCode()).as(up.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(up.all())
        .contains(
            "Migration 20260102_120000 partial (-- @transaction: none) failed at statement 2 of 3. It runs"
                + " statement by statement, so statements 1 to 1 are applied and the rest are not; it is recorded as"
                + " FAILED in _migration_history.")
        .contains("surql migrate repair 20260102_120000 --rollback");
    return up;
  }

  @Test
  void status_shows_the_failed_migration_with_its_statement_and_up_refuses_until_repaired()
      throws Exception {
    failPartWay();

    Cli.Result status = Cli.run(migrate(db, dir, "status"));
    assertThat(status.exitCode()).as(status.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(status.out())
        .containsPattern("20260101_120000\\s+one\\s+applied")
        .containsPattern("20260102_120000\\s+partial\\s+FAILED at up statement 2 of 3 \\(line 5\\)")
        .containsPattern("20260103_120000\\s+three\\s+pending")
        .contains("Current version: 20260101_120000  applied: 1  failed: 1  pending: 1")
        .contains(
            "[FAILED] Detected failed migration 20260102_120000 (partial) (SQ914 failed-migration)");

    JsonNode json = JSON.readTree(Cli.run(migrate(db, dir, "status", "--format", "json")).out());
    JsonNode failed = json.get("migrations").get(1);
    assertThat(failed.get("state").asText()).startsWith("FAILED");
    assertThat(failed.get("failed").get("statement").asInt()).isEqualTo(2);
    assertThat(failed.get("failed").get("line").asInt()).isEqualTo(5);
    assertThat(failed.get("failed").get("text").asText()).isEqualTo("THROW 'stops here'");
    assertThat(failed.get("failed").get("serverMessage").asText()).contains("stops here");
    assertThat(json.get("consistent").asBoolean()).isFalse();

    Cli.Result again = Cli.run(migrate(db, dir, "up"));
    assertThat(again.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(again.all())
        .contains("Detected failed migration 20260102_120000")
        .doesNotContain("applied 20260103");
  }

  @Test
  void repair_rollback_runs_the_down_and_up_then_applies_the_fixed_migration() throws Exception {
    failPartWay();

    Cli.Result repair = Cli.run(migrate(db, dir, "repair", "20260102_120000", "--rollback"));

    assertThat(repair.exitCode()).as(repair.toString()).isZero();
    assertThat(repair.out())
        .contains(
            "Repaired migration 20260102_120000 partial on "
                + db.namespace()
                + "/"
                + db.database()
                + " (it had failed at up statement 2 of 3",
            "rolled back: its down ran statement by"
                + " statement and the failed row was removed; it is pending again.");
    Files.writeString(
        dir.resolve("20260102_120000_partial.surql"), PARTIAL.replace("THROW 'stops here';\n", ""));
    Cli.Result up = Cli.run(migrate(db, dir, "up"));
    assertThat(up.exitCode()).as(up.toString()).isZero();
    assertThat(new MigrationHistory(db.client()).applied()).hasSize(3);
  }

  @Test
  void repair_mark_applied_records_it_and_forget_removes_the_row() throws Exception {
    failPartWay();
    db.client().query("DEFINE TABLE b;");

    Cli.Result marked = Cli.run(migrate(db, dir, "repair", "20260102_120000", "--mark-applied"));

    assertThat(marked.exitCode()).as(marked.toString()).isZero();
    assertThat(marked.out()).contains("marked as applied with the local checksum.");
    assertThat(Cli.run(migrate(db, dir, "up")).out()).contains("applied 20260103_120000 three");

    Cli.Result notFailed = Cli.run(migrate(db, dir, "repair", "20260102_120000", "--forget"));
    assertThat(notFailed.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(notFailed.all())
        .contains(
            "Cannot repair migration 20260102_120000",
            "it is not recorded as failed" + " (it is applied)");
  }

  @Test
  void repair_needs_exactly_one_action() {
    Cli.Result none = Cli.run(migrate(db, dir, "repair", "20260102_120000"));
    assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(none.err()).contains("--rollback", "--mark-applied", "--forget");

    Cli.Result two =
        Cli.run(migrate(db, dir, "repair", "20260102_120000", "--forget", "--rollback"));
    assertThat(two.exitCode()).isEqualTo(ExitCodes.USAGE);

    Cli.Result help = Cli.run("migrate", "repair", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out())
        .contains(
            "Repair a migration recorded as failed",
            "-- @transaction: none",
            "--mark-applied",
            "--forget",
            "--rollback");
  }
}

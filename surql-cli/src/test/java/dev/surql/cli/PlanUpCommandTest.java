package dev.surql.cli;

import static dev.surql.cli.Cli.migrate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.Snapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code surql migrate plan-up}: what pending ups would do to a real database's data, read-only.
 */
class PlanUpCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path migrations;

  private SurqlDatabase db;

  @BeforeEach
  void applyTheFirstMigrationAndAddRecords() throws IOException {
    db = SurqlDatabase.create(SurqlEngines.shared(), "cli_plan_up");
    Files.writeString(
        migrations.resolve("20260601_100000_create_member.surql"),
        """
        -- @forward: safe
        -- @up
        DEFINE TABLE member SCHEMAFULL;
        DEFINE FIELD name ON member TYPE string;
        DEFINE FIELD handle ON member TYPE string;
        -- @down
        REMOVE TABLE member;
        """);
    Cli.Result up = Cli.run(migrate(db, migrations, "up"));
    assertThat(up.exitCode()).as(up.toString()).isZero();
    db.client()
        .query(
            """
        CREATE member:1 SET name = 'ada', handle = 'a';
        CREATE member:2 SET name = 'bob', handle = 'a';
        CREATE member:3 SET name = 'cy', handle = 'c';
        """);
    Files.writeString(
        migrations.resolve("20260602_100000_member_email.surql"),
        """
        -- @forward: safe
        -- @up
        DEFINE FIELD email ON member TYPE string;
        DEFINE INDEX member_handle ON member FIELDS handle UNIQUE CONCURRENTLY;
        -- @down
        REMOVE INDEX member_handle ON member;
        REMOVE FIELD email ON member;
        """);
  }

  @AfterEach
  void removeDatabase() {
    db.close();
  }

  @Test
  void prints_what_the_pending_ups_would_do_to_the_data_and_changes_nothing() {
    String before = state();

    Cli.Result plan = Cli.run(migrate(db, migrations, "plan-up"));

    assertThat(state()).as("data, schema and history after plan-up").isEqualTo(before);
    assertThat(plan.exitCode()).as(plan.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(plan.out())
        .startsWith(
            "Forward plan for "
                + db.namespace()
                + "/"
                + db.database()
                + " (read-only: nothing was applied)")
        .contains("20260602_100000")
        .contains(
            "[UNSAFE] SQ401 new-required-field  "
                + migrations.resolve("20260602_100000_member_email.surql")
                + ":3")
        .contains(
            "  At stake: 3 records in member have no value in email that fits; they fail their next write")
        .contains("[UNSAFE] SQ408 unique-index-duplicates")
        .contains("  At stake: 1 value occurs in more than one record of member")
        .contains("  Fix: Merge or remove the duplicates first")
        .contains("✗ 20260602_100000: up is unsafe on this data but declared @forward: safe")
        .doesNotContain("20260601_100000 ");
  }

  @Test
  void prints_json_and_obeys_max_level() throws Exception {
    String before = state();

    Cli.Result plan =
        Cli.run(migrate(db, migrations, "plan-up", "--format", "json", "--max-level", "unsafe"));

    assertThat(state()).isEqualTo(before);
    JsonNode json = JSON.readTree(plan.out());
    JsonNode pending = json.get("migrations");
    assertThat(pending).hasSize(1);
    assertThat(pending.get(0).get("safety").asText()).isEqualTo("unsafe");
    assertThat(pending.get(0).get("findings"))
        .extracting(f -> f.get("rule").asText())
        .containsExactly("SQ401", "SQ408");
    assertThat(pending.get(0).get("findings").get(0).get("affectedRecords").asLong()).isEqualTo(3);

    Cli.Result invalid = Cli.run(migrate(db, migrations, "plan-up", "--max-level", "risky"));
    assertThat(invalid.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(invalid.err())
        .contains("Invalid --max-level 'risky': expected safe, data_loss or unsafe");
  }

  /** Every table's definition and records, the history included. */
  private String state() {
    StringBuilder out = new StringBuilder();
    out.append(JsonResults.tree(db.client().query("INFO FOR DB").last()));
    DatabaseSchema schema = Snapshots.captureSchema(db.client());
    out.append(schema);
    for (String table : new String[] {"member", "_migration_history"}) {
      out.append(
          db.client().query("INFO FOR TABLE " + SurqlIdentifiers.escape(table)).last().json());
      out.append(
          db.client()
              .query("SELECT * FROM " + SurqlIdentifiers.escape(table) + " ORDER BY id")
              .last()
              .json());
    }
    return out.toString();
  }
}

package dev.surql.core.rollback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.SurqlException;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.migration.MigrationFailedException;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planned rollback runs a {@code -- @transaction: none} down statement by statement, then removes
 * its row.
 */
class RollbackTransactionNoneTest {

  @Test
  void executing_a_plan_rolls_back_a_rebuild_that_cannot_run_in_one_transaction() {
    MigrationSet set = MigrationLoader.load("classpath:dev/surql/core/rebuild");
    try (SurqlDatabase database = SurqlDatabase.create(SurqlEngines.shared(), "rb_none")) {
      SurqlClient client = database.client();
      Migrator migrator = new Migrator(client, set);
      migrator.migrate();
      client.query("CREATE w:1 SET n = 1, m = 2;");

      RollbackPlan plan = RollbackPlanner.createRollbackPlan(client, set, "20260501_090000");
      RollbackResult result =
          RollbackExecutor.executeRollback(
              client, plan, RollbackOptions.defaults().withForce(true));

      assertThat(result.success()).as("%s", result.errors()).isTrue();
      assertThat(result.rolledBackVersions()).containsExactly("20260503_090000", "20260502_090000");
      JsonNode w = JsonResults.tree(client.query("INFO FOR TABLE w;").last());
      assertThat(w.path("fields").has("m")).isFalse();
      assertThat(w.path("indexes").has("i")).isTrue();
      assertThat(JsonResults.tree(client.query("SELECT VALUE n FROM w;").last()).path(0).asInt())
          .isEqualTo(1);
      assertThat(migrator.status().applied())
          .extracting(AppliedMigration::version)
          .containsExactly("20260501_090000");
    }
  }

  @Test
  void a_rollback_is_not_planned_while_a_migration_is_recorded_as_failed(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("20260101_120000_one.surql"),
        "-- @up\nDEFINE TABLE one;\n-- @down\nREMOVE TABLE one;\n");
    Files.writeString(
        dir.resolve("20260102_120000_two.surql"),
        "-- @transaction: none\n-- @up\nDEFINE TABLE two;\n"
            + "THROW 'stop';\n-- @down\nREMOVE TABLE two;\n");
    MigrationSet set = MigrationLoader.load(dir);
    try (SurqlDatabase database = SurqlDatabase.create(SurqlEngines.shared(), "rb_none")) {
      SurqlClient client = database.client();
      assertThatThrownBy(() -> new Migrator(client, set).migrate())
          .isInstanceOf(MigrationFailedException.class);

      assertThatThrownBy(() -> RollbackPlanner.createRollbackPlan(client, set, "20260101_120000"))
          .isInstanceOf(SurqlException.class)
          .hasMessageStartingWith(
              "Cannot plan a rollback of "
                  + database.namespace()
                  + "/"
                  + database.database()
                  + " to 20260101_120000: migration 20260102_120000 is recorded as failed (SQ914 failed-migration, up"
                  + " statement 2 of 2")
          .hasMessageContaining("surql migrate repair 20260102_120000 --rollback");
    }
  }
}

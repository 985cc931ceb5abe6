package dev.surql.core.rollback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import org.junit.jupiter.api.Test;

/** A planned rollback runs a {@code -- @transaction: none} down statement by statement, then removes its row. */
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
      RollbackResult result = RollbackExecutor.executeRollback(client, plan, true, false);

      assertThat(result.success()).as("%s", result.errors()).isTrue();
      assertThat(result.rolledBackVersions()).containsExactly("20260503_090000", "20260502_090000");
      JsonNode w = client.query("INFO FOR TABLE w;").last().result();
      assertThat(w.path("fields").has("m")).isFalse();
      assertThat(w.path("indexes").has("i")).isTrue();
      assertThat(client.query("SELECT VALUE n FROM w;").last().result().path(0).asInt()).isEqualTo(1);
      assertThat(migrator.history().applied()).extracting(AppliedMigration::version).containsExactly("20260501_090000");
    }
  }
}

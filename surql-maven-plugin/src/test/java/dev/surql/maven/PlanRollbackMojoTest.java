package dev.surql.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code surql:plan-rollback} on a real engine: the plan to a version with its safety level, the
 * issues naming file, line and statement, the data at stake counted, the down statements with
 * {@code <showSql>}, and nothing rolled back; a missing or unknown target stops the goal.
 */
class PlanRollbackMojoTest {
  @TempDir Path dir;

  private final TestServer server = new TestServer("mvn_plan_rollback");

  private Path migrations;

  @AfterEach
  void removeDatabase() {
    server.close();
  }

  @BeforeEach
  void migrateEverything() throws Exception {
    migrations = TestServer.migrations(dir.resolve("migrations"), TestServer.PEOPLE);
    server.configure(new MigrateMojo(), migrations).execute();
    server.log.lines.clear();
  }

  private PlanRollbackMojo plan(String target) {
    PlanRollbackMojo plan = server.configure(new PlanRollbackMojo(), migrations);
    plan.target = target;
    return plan;
  }

  @Test
  void should_print_the_plan_with_its_safety_naming_the_statements() throws Exception {
    server.db.client().query("CREATE person:ada SET name = 'Ada', bio = 'Analyst';");

    plan("20260101_090000").execute();

    assertThat(server.log.text())
        .contains(
            "[INFO] Rollback Plan",
            "[INFO] From: 20260103_090000",
            "[INFO] To: 20260101_090000",
            "[INFO] Migrations to Rollback: 2",
            "[INFO]   20260103_090000 Look people up by name",
            "[INFO]   20260102_090000 A biography per person")
        .contains(
            "[INFO] Overall Safety: DATA_LOSS\n",
            "[INFO] Safety Issues:\n[INFO]   [DATA_LOSS] 20260102_090000\n")
        .containsPattern(
            "\\[INFO]     at \\S*20260102_090000_person_bio\\.surql:8: REMOVE FIELD bio ON person")
        .contains("[INFO] ⚠️  This rollback requires approval (--force)")
        .doesNotContain("SQL to Execute:")
        .doesNotContain(TestServer.PASSWORD);
    assertThat(server.log.text())
        .as("the data at stake was counted")
        .contains("[INFO]     Affected: 1 record in `person` has a value in `bio`");

    server.log.lines.clear();
    server.configure(new StatusMojo(), migrations).execute();
    assertThat(server.log.text())
        .as("planning rolled nothing back")
        .contains("Current version: 20260103_090000  applied: 3  pending: 0");
  }

  @Test
  void should_print_the_down_statements_with_showSql_and_call_a_safe_rollback_safe()
      throws Exception {
    PlanRollbackMojo plan = plan("20260102_090000");
    plan.showSql = true;

    plan.execute();

    assertThat(server.log.text())
        .contains("[INFO] Migrations to Rollback: 1", "[INFO] Overall Safety: SAFE")
        .contains(
            "[INFO] SQL to Execute:",
            "[INFO] -- 20260103_090000 down (",
            "[INFO] REMOVE INDEX person_name ON person;",
            "[INFO] ✓ This rollback is safe")
        .doesNotContain("REMOVE FIELD bio");
  }

  @Test
  void should_stop_without_a_target_saying_what_to_set_and_fail_on_an_unknown_one() {
    PlanRollbackMojo plan = plan(null);

    assertThat(catchThrowableOfType(MojoExecutionException.class, plan::execute))
        .hasMessage(
            "surql:plan-rollback needs the version to roll back to: set <target>"
                + " (-Dsurql.rollback.target=VERSION).");
    assertThat(server.log.lines).isEmpty();

    plan.target = "20991231_000000";
    assertThat(catchThrowableOfType(MojoFailureException.class, plan::execute))
        .hasMessage("surql migrate plan-rollback failed: see the output above.");
    assertThat(server.log.text()).contains("[ERROR] surql: ").contains("20991231_000000");
  }
}

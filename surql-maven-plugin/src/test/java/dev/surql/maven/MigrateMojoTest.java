package dev.surql.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code surql:migrate} on a real engine: it applies the pending migrations so that {@code
 * surql:status} reports them applied, stops at a target, changes nothing on a dry run, fails the
 * build naming file and line of a failing migration, takes the credentials from settings.xml
 * without ever logging the password, and stops on bad configuration saying what to fix.
 */
class MigrateMojoTest {
  @TempDir Path dir;

  private final TestServer server = new TestServer("mvn_migrate");

  @AfterEach
  void removeDatabase() {
    server.close();
  }

  private MigrateMojo migrate(Path migrations) {
    return server.configure(new MigrateMojo(), migrations);
  }

  private Path people() throws IOException {
    return TestServer.migrations(dir.resolve("migrations"), TestServer.PEOPLE);
  }

  @Test
  void should_apply_the_pending_migrations_so_that_status_reports_them_applied() throws Exception {
    Path migrations = people();

    migrate(migrations).execute();

    assertThat(server.log.text())
        .contains("[INFO] Migrating " + server.where() + " with 3 migrations from ")
        .contains(
            "[INFO]   applied 20260101_090000 People",
            "[INFO]   applied 20260102_090000 A biography per person",
            "[INFO]   applied 20260103_090000 Look people up by name")
        .contains("[INFO] Applied 3 migrations in ")
        .contains(server.where() + " is now at 20260103_090000.")
        .doesNotContain("[ERROR]");

    server.configure(new StatusMojo(), migrations).execute();
    assertThat(server.log.text())
        .containsPattern("20260102_090000\\s+A biography per person\\s+applied\\s+\\d{4}-\\d\\d-")
        .contains("Current version: 20260103_090000  applied: 3  pending: 0");

    server.log.lines.clear();
    migrate(migrations).execute();
    assertThat(server.log.text())
        .contains(
            "[INFO] Nothing to apply: " + server.where() + " is up to date (at 20260103_090000).")
        .doesNotContain("applied 2026");
  }

  @Test
  void should_change_nothing_on_a_dry_run_and_stop_after_the_target() throws Exception {
    Path migrations = people();
    MigrateMojo mojo = migrate(migrations);
    mojo.dryRun = true;

    mojo.execute();

    assertThat(server.log.text())
        .contains(
            "[INFO] -- 20260101_090000 (",
            "[INFO] DEFINE TABLE person SCHEMAFULL;",
            "[INFO] DEFINE INDEX person_name ON person FIELDS name;")
        .contains(
            "[INFO] Dry run: 3 migrations, 4 statements would run on "
                + server.where()
                + "; nothing was changed.");

    mojo.dryRun = false;
    mojo.target = "20260101_090000";
    server.log.lines.clear();
    mojo.execute();
    assertThat(server.log.text())
        .contains("[INFO] Applied 1 migration in ")
        .contains(server.where() + " is now at 20260101_090000.")
        .doesNotContain("20260102_090000");

    server.configure(new StatusMojo(), migrations).execute();
    assertThat(server.log.text())
        .as("the dry run applied nothing, the target only its own migration")
        .contains("Current version: 20260101_090000  applied: 1  pending: 2")
        .containsPattern("20260103_090000\\s+Look people up by name\\s+pending");
  }

  @Test
  void should_fail_the_build_naming_file_and_line_of_a_failing_migration() throws Exception {
    Path migrations =
        TestServer.migrations(
            dir.resolve("migrations"),
            TestServer.PEOPLE[0],
            TestServer.PEOPLE[1],
            "20260102_120000_broken.surql",
            """
            -- @up
            DEFINE TABLE thing SCHEMAFULL;
            THROW 'boom from the migration';
            -- @down
            REMOVE TABLE thing;
            """);

    MojoFailureException e =
        catchThrowableOfType(MojoFailureException.class, () -> migrate(migrations).execute());

    assertThat(e).hasMessage("surql migrate up failed: see the output above.");
    assertThat(server.log.text())
        .contains("[INFO]   applied 20260101_090000 People")
        .contains(
            "[ERROR] surql: Migration 20260102_120000 broken failed; its transaction was rolled back")
        .containsPattern("\\[ERROR]   File: +\\S*20260102_120000_broken\\.surql:3\\n")
        .contains(
            "[ERROR]   Statement: THROW 'boom from the migration'",
            "[ERROR] Fix the migration and run migrate again.");
    server.log.lines.clear();
    server.configure(new StatusMojo(), migrations).execute();
    assertThat(server.log.text())
        .as("the failed migration's transaction left nothing behind")
        .contains("Current version: 20260101_090000  applied: 1  pending: 1");
  }

  @Test
  void should_use_the_server_credentials_and_never_log_the_password() throws Exception {
    MigrateMojo mojo = migrate(people());

    assertThat(mojo.arguments())
        .containsSubsequence("--user", "root", "--pass", TestServer.PASSWORD)
        .doesNotContain("--embedded");
    mojo.verbose = true;
    mojo.target = "20260101_090000";
    mojo.execute();
    assertThat(server.log.text()).contains("[INFO] Applied 1 migration in ");

    String wrong = "Wr0ng-mojo-password";
    mojo.settings = TestServer.settings(wrong);
    mojo.target = null;
    MojoExecutionException e = catchThrowableOfType(MojoExecutionException.class, mojo::execute);

    assertThat(e)
        .hasMessageContaining("surql migrate up could not run (exit code 4)")
        .hasMessageContaining("fix the configuration of surql-maven-plugin");
    assertThat(server.log.text())
        .contains("rejected the credentials of user 'root'")
        .as("neither password appears, even with verbose's stack trace")
        .contains("\tat ");
    assertThat(server.output()).doesNotContain(TestServer.PASSWORD).doesNotContain(wrong);
  }

  @Test
  void should_stop_on_bad_configuration_saying_what_to_fix() throws Exception {
    MigrateMojo mojo = migrate(dir.resolve("none"));
    assertThat(catchThrowableOfType(MojoExecutionException.class, mojo::execute))
        .hasMessageContaining("none does not exist: set <migrations> (-Dsurql.migrations)");

    mojo.migrations = people().toString();
    mojo.namespace = " ";
    assertThat(catchThrowableOfType(MojoExecutionException.class, mojo::execute))
        .hasMessageContaining("surql migrate up could not run (exit code 2)");
    assertThat(server.log.text()).contains("[ERROR] surql: No namespace: pass --ns");

    mojo.namespace = server.db.namespace();
    mojo.serverId = "missing";
    assertThat(catchThrowableOfType(MojoExecutionException.class, mojo::execute))
        .hasMessageContaining("No <server> with id 'missing' in settings.xml");

    mojo.serverId = TestServer.SERVER_ID;
    mojo.url = "ws://127.0.0.1:8000";
    assertThat(catchThrowableOfType(MojoExecutionException.class, mojo::execute))
        .hasMessageContaining("(exit code 2)");
    assertThat(server.log.text())
        .contains("--url ws://127.0.0.1:8000 is not an http:// or https:// URL");
    assertThat(server.output()).doesNotContain(TestServer.PASSWORD);
  }
}

package dev.surql.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code surql:verify} on a real embedded engine: the build fails naming file, line and code,
 * reports are written, credentials come from settings.xml and are never logged, and bad
 * configuration stops the goal with what to fix.
 */
class VerifyMojoTest {
  private static final String SECRET = "mojo-secret-never-logged";

  @TempDir Path dir;

  private final RecordingLog log = new RecordingLog();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();

  private VerifyMojo mojo(Path migrations) {
    VerifyMojo mojo = new VerifyMojo();
    mojo.setLog(log);
    mojo.migrations = migrations.toString();
    mojo.reportsDirectory = dir.resolve("reports").toFile();
    mojo.failOn = "error";
    mojo.annotations = "github";
    mojo.serverId = "surql";
    Server server = new Server();
    server.setId("surql");
    server.setUsername("root");
    server.setPassword(SECRET);
    mojo.settings = new Settings();
    mojo.settings.addServer(server);
    mojo.runner = new CliRunner(log, new PrintStream(console, true, StandardCharsets.UTF_8));
    return mojo;
  }

  private Path migrations(String... files) throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("migrations"));
    for (int i = 0; i < files.length; i += 2) {
      Files.writeString(migrations.resolve(files[i]), files[i + 1]);
    }
    return migrations;
  }

  private static final String USER =
      """
      -- @rollback: unsafe
      -- @up
      DEFINE TABLE user SCHEMAFULL;
      -- @down
      REMOVE TABLE user;
      """;

  @Test
  void should_fail_the_build_naming_file_line_and_code_of_a_down_that_does_not_restore()
      throws IOException {
    Path migrations =
        migrations(
            "20260101_000000_user.surql",
            USER,
            "20260102_000000_nickname.surql",
            """
        -- @rollback: data_loss
        -- @up
        DEFINE FIELD nickname ON user TYPE option<string>;
        DEFINE INDEX nickname_idx ON user FIELDS nickname;
        -- @down
        REMOVE FIELD nickname ON user;
        """);

    MojoFailureException e =
        catchThrowableOfType(MojoFailureException.class, () -> mojo(migrations).execute());

    assertThat(e.getMessage())
        .startsWith("surql verify failed: 1 finding fails the build (failOn=error):")
        .contains(
            "20260102_000000_nickname.surql:6:1: 20260102_000000: SQ202 down-not-restoring: down does not"
                + " restore the schema");
    assertThat(console.toString(StandardCharsets.UTF_8))
        .contains("::error file=")
        .contains("20260102_000000_nickname.surql,line=6,col=1,title=SQ202 down-not-restoring::");
    assertThat(log.text()).contains("[INFO] Verification FAILED").doesNotContain(SECRET);
    assertThat(dir.resolve("reports"))
        .isDirectoryContaining("glob:**/surql-verify.sarif")
        .isDirectoryContaining("glob:**/TEST-surql-verify.xml")
        .isDirectoryContaining("glob:**/surql-verify.json")
        .isDirectoryContaining("glob:**/surql-verify.md");
  }

  @Test
  void should_pass_with_a_warning_unless_failOn_is_warning() throws Exception {
    Path migrations =
        migrations("20260101_000000_user.surql", USER.replace("-- @rollback: unsafe\n", ""));
    VerifyMojo mojo = mojo(migrations);

    mojo.execute();
    assertThat(log.text())
        .contains("Verification passed: 1 migrations")
        .contains("SQ101 remove-table");

    mojo.failOn = "warning";
    MojoFailureException e = catchThrowableOfType(MojoFailureException.class, mojo::execute);
    assertThat(e.getMessage()).contains("(failOn=warning)").contains("SQ101 remove-table");
  }

  @Test
  void should_pass_the_server_credentials_to_the_command_and_stop_on_an_unknown_server()
      throws Exception {
    VerifyMojo mojo = mojo(migrations("20260101_000000_user.surql", USER));

    assertThat(mojo.arguments())
        .containsSubsequence("--user", "root", "--pass", SECRET)
        .contains("--embedded");
    mojo.serverId = "missing";
    assertThat(catchThrowableOfType(MojoExecutionException.class, mojo::arguments))
        .hasMessageContaining("No <server> with id 'missing' in settings.xml");
  }

  @Test
  void should_stop_on_bad_configuration_saying_what_to_fix() throws IOException {
    VerifyMojo mojo = mojo(dir.resolve("none"));
    assertThat(catchThrowableOfType(MojoExecutionException.class, mojo::execute))
        .hasMessageContaining("none does not exist: set <migrations> (-Dsurql.migrations)");

    mojo.migrations = migrations("20260101_000000_user.surql", USER).toString();
    mojo.failOn = "sometimes";
    assertThat(catchThrowableOfType(MojoExecutionException.class, mojo::execute))
        .hasMessage("Invalid <failOn> 'sometimes' (-Dsurql.failOn): use error, warning or none.");
  }

  @Test
  void should_skip_with_surql_skip() throws Exception {
    VerifyMojo mojo = mojo(dir.resolve("none"));
    mojo.skip = true;

    mojo.execute();

    assertThat(log.lines).containsExactly("[INFO] surql: skipped (surql.skip)");
    assertThat(new File(dir.toFile(), "reports")).doesNotExist();
  }

  @Test
  void should_fail_a_version_matrix_naming_the_line_and_write_every_lines_reports()
      throws IOException {
    Path migrations =
        migrations(
            "20260101_000000_user.surql",
            """
        -- @rollback: unsafe
        -- @up
        DEFINE TABLE user SCHEMAFULL;
        DEFINE FIELD email ON user TYPE string ASSERT string::is::email($value);
        -- @down
        REMOVE TABLE user;
        """);
    VerifyMojo mojo = mojo(migrations);
    mojo.surrealdb = "2.6,3.0";

    MojoFailureException e = catchThrowableOfType(MojoFailureException.class, mojo::execute);

    assertThat(e.getMessage())
        .startsWith("surql verify failed: 1 finding fails the build (failOn=error):")
        .contains(
            "20260101_000000_user.surql:4:1: SurrealDB 3.0: 20260101_000000: SQ205 up-failed:")
        .doesNotContain("SurrealDB 2.6");
    assertThat(console.toString(StandardCharsets.UTF_8))
        .contains("title=SQ205 up-failed (SurrealDB 3.0)::SurrealDB 3.0: 20260101_000000: ")
        .contains("title=SQ101 remove-table (SurrealDB 2.6)::");
    Path reports = dir.resolve("reports");
    assertThat(Files.readString(reports.resolve("surql-verify.sarif")))
        .contains("\"id\" : \"surql-verify/surrealdb-2.6/\"")
        .contains("\"id\" : \"surql-verify/surrealdb-3.0/\"");
    assertThat(Files.readString(reports.resolve("TEST-surql-verify.xml")))
        .contains("<testsuite name=\"surql-verify [SurrealDB 2.6]\"")
        .contains("<testsuite name=\"surql-verify [SurrealDB 3.0]\"");
    assertThat(Files.readString(reports.resolve("surql-verify.json")))
        .contains("\"surrealdb\" : [ \"2.6\", \"3.0\" ]");
  }
}

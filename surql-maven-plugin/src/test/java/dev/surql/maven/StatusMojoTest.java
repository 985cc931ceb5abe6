package dev.surql.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code surql:status} on a real engine: applied and pending migrations side by side, the build
 * fails when the database's history and the files disagree, the credentials come from settings.xml
 * (over {@code <password>}, decrypted by Maven's decrypter) and are never logged, and an embedded
 * engine is the default.
 */
class StatusMojoTest {
  @TempDir Path dir;

  private final TestServer server = new TestServer("mvn_status");

  @AfterEach
  void removeDatabase() {
    server.close();
  }

  private StatusMojo status(Path migrations) {
    return server.configure(new StatusMojo(), migrations);
  }

  private Path people() throws IOException {
    return TestServer.migrations(dir.resolve("migrations"), TestServer.PEOPLE);
  }

  private void migrate(Path migrations, String target) throws Exception {
    MigrateMojo migrate = server.configure(new MigrateMojo(), migrations);
    migrate.target = target;
    migrate.execute();
    server.log.lines.clear();
  }

  @Test
  void should_list_the_applied_and_the_pending_migrations() throws Exception {
    Path migrations = people();
    StatusMojo status = status(migrations);

    status.execute();
    assertThat(server.log.text())
        .contains("[INFO] Migrations of " + server.where() + " (local: ")
        .containsPattern("20260101_090000\\s+People\\s+pending")
        .contains("Current version: (none applied)  applied: 0  pending: 3");

    migrate(migrations, "20260102_090000");
    status.execute();
    assertThat(server.log.text())
        .containsPattern("Version\\s+Description\\s+State\\s+Applied At")
        .containsPattern("20260101_090000\\s+People\\s+applied\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:")
        .containsPattern("20260102_090000\\s+A biography per person\\s+applied\\s+\\d{4}-")
        .containsPattern("20260103_090000\\s+Look people up by name\\s+pending")
        .contains("Current version: 20260102_090000  applied: 2  pending: 1")
        .doesNotContain("Problems");
  }

  @Test
  void should_fail_the_build_when_history_and_files_disagree() throws Exception {
    Path migrations = people();
    migrate(migrations, null);
    Path edited = migrations.resolve(TestServer.PEOPLE[2]);
    Files.writeString(edited, Files.readString(edited).replace("option<string>", "string"));
    Files.delete(migrations.resolve(TestServer.PEOPLE[4]));

    MojoFailureException e =
        catchThrowableOfType(MojoFailureException.class, () -> status(migrations).execute());

    assertThat(e).hasMessage("surql migrate status failed: see the output above.");
    assertThat(server.log.text())
        .containsPattern("20260102_090000\\s+A biography per person\\s+changed")
        .containsPattern("20260103_090000\\s+Look people up by name\\s+missing locally")
        .contains("[INFO] Problems (2):")
        .contains("[CHECKSUM_MISMATCH]");
  }

  @Test
  void should_take_the_server_credentials_over_the_password_and_never_log_them() throws Exception {
    StatusMojo status = status(people());
    status.user = "root";
    status.password = "overridden-by-the-server";
    status.verbose = true;

    status.execute();
    assertThat(server.log.text()).contains("applied: 0  pending: 3");

    status.serverId = null;
    MojoExecutionException e = catchThrowableOfType(MojoExecutionException.class, status::execute);
    assertThat(e).hasMessageContaining("surql migrate status could not run (exit code 4)");
    assertThat(server.log.text()).contains("rejected the credentials of user 'root'");
    assertThat(server.output())
        .doesNotContain(TestServer.PASSWORD)
        .doesNotContain("overridden-by-the-server");
  }

  @Test
  void should_decrypt_the_server_password_and_stop_when_it_cannot() throws Exception {
    String encrypted = "{COQLCE6DU6GtcS5P=}";
    StatusMojo status = status(people());
    status.settings = TestServer.settings(encrypted);
    status.decrypter =
        request -> decrypted(request.getServers().get(0), TestServer.PASSWORD, List.of());

    status.execute();
    assertThat(server.log.text()).contains("applied: 0  pending: 3");

    status.decrypter =
        request ->
            decrypted(
                request.getServers().get(0),
                encrypted,
                List.of(
                    new DefaultSettingsProblem(
                        "Failed to decrypt password for server " + TestServer.SERVER_ID,
                        SettingsProblem.Severity.ERROR,
                        "server: " + TestServer.SERVER_ID,
                        -1,
                        -1,
                        null)));
    assertThat(catchThrowableOfType(MojoExecutionException.class, status::execute))
        .hasMessage(
            "Cannot decrypt the password of <server> '"
                + TestServer.SERVER_ID
                + "' in settings.xml: Failed to decrypt password for server "
                + TestServer.SERVER_ID);
    assertThat(server.output()).doesNotContain(TestServer.PASSWORD).doesNotContain(encrypted);
  }

  /** What Maven's decrypter answers: the server with this password, and these problems. */
  private static SettingsDecryptionResult decrypted(
      Server server, String password, List<SettingsProblem> problems) {
    Server clear = server.clone();
    clear.setPassword(password);
    return new SettingsDecryptionResult() {
      @Override
      public Server getServer() {
        return clear;
      }

      @Override
      public List<Server> getServers() {
        return List.of(clear);
      }

      @Override
      public Proxy getProxy() {
        return null;
      }

      @Override
      public List<Proxy> getProxies() {
        return List.of();
      }

      @Override
      public List<SettingsProblem> getProblems() {
        return problems;
      }
    };
  }

  @Test
  void should_start_an_embedded_engine_without_a_url() throws Exception {
    StatusMojo status = status(people());
    status.url = null;
    status.namespace = null;
    status.database = null;
    status.serverId = null;

    assertThat(status.arguments()).contains("--embedded").doesNotContain("--url");
    status.execute();

    assertThat(server.log.text())
        .contains("[INFO] Migrations of surql/surql (local: ")
        .contains("Current version: (none applied)  applied: 0  pending: 3");
  }

  @Test
  void should_stop_on_bad_configuration_saying_what_to_fix() throws Exception {
    StatusMojo status = status(people());
    status.surrealdb = "9.9";

    assertThat(catchThrowableOfType(MojoExecutionException.class, status::execute))
        .hasMessageContaining("surql migrate status could not run (exit code 2)")
        .hasMessageContaining("fix the configuration of surql-maven-plugin");
    assertThat(server.log.text()).contains("[ERROR] surql: ").contains("9.9");

    status.surrealdb = null;
    status.migrations = " ";
    assertThat(catchThrowableOfType(MojoExecutionException.class, status::execute))
        .hasMessageStartingWith(
            "No migrations: set <migrations> (a directory, or classpath:<path>)");
  }

  @Test
  void should_skip_with_surql_skip() throws Exception {
    StatusMojo status = status(dir.resolve("none"));
    status.skip = true;

    status.execute();

    assertThat(server.log.lines).containsExactly("[INFO] surql: skipped (surql.skip)");
  }
}

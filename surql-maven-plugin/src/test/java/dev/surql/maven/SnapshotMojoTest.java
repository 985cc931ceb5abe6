package dev.surql.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.internal.json.SurqlJson;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code surql:snapshot} on a real engine: it writes a snapshot file naming the tables, fields and
 * indexes the migrations defined, stores snapshots under the latest applied version or a label,
 * refuses to overwrite a different one unless told to replace it, and without an applied migration
 * or a label stops saying what to set.
 */
class SnapshotMojoTest {
  @TempDir Path dir;

  private final TestServer server = new TestServer("mvn_snapshot");

  @AfterEach
  void removeDatabase() {
    server.close();
  }

  private SnapshotMojo snapshot(Path migrations) {
    return server.configure(new SnapshotMojo(), migrations);
  }

  private Path migrated(String target) throws Exception {
    Path migrations = TestServer.migrations(dir.resolve("migrations"), TestServer.PEOPLE);
    MigrateMojo migrate = server.configure(new MigrateMojo(), migrations);
    migrate.target = target;
    migrate.execute();
    server.log.lines.clear();
    return migrations;
  }

  @Test
  void should_write_a_snapshot_file_naming_the_tables() throws Exception {
    SnapshotMojo snapshot = snapshot(migrated(null));
    Path file = dir.resolve("snapshots/people.json");
    snapshot.output = file.toFile();

    snapshot.execute();

    assertThat(server.log.text())
        .contains(
            "[INFO] Snapshot 20260103_090000 of "
                + server.where()
                + " written to "
                + file
                + " (1 tables, 3 migrations applied, checksum ");
    assertThat(file).isRegularFile().content().contains("person", "bio", "person_name");
    JsonNode json = SurqlJson.mapper().readTree(file.toFile());
    assertThat(json.findValuesAsText("version")).contains("20260103_090000");
    assertThat(server.output()).doesNotContain(TestServer.PASSWORD);
  }

  @Test
  void should_store_snapshots_and_replace_a_different_one_only_when_told() throws Exception {
    Path migrations = migrated("20260102_090000");
    SnapshotMojo snapshot = snapshot(migrations);

    snapshot.execute();
    snapshot.execute();
    assertThat(server.log.lines)
        .containsExactly(
            "[INFO] Snapshot 20260102_090000 of "
                + server.where()
                + " stored in _schema_snapshot (1 tables, 2 migrations applied, checksum "
                + checksum(server.log.lines.get(0))
                + ").",
            "[INFO] Snapshot 20260102_090000 of "
                + server.where()
                + " stored in _schema_snapshot (already there, unchanged) (1 tables, 2 migrations"
                + " applied, checksum "
                + checksum(server.log.lines.get(0))
                + ").");

    server.configure(new MigrateMojo(), migrations).execute();
    snapshot.version = "20260102_090000";
    server.log.lines.clear();
    MojoFailureException e = catchThrowableOfType(MojoFailureException.class, snapshot::execute);
    assertThat(e).hasMessage("surql migrate snapshot failed: see the output above.");
    assertThat(server.log.text())
        .contains(
            "[ERROR] surql: A different snapshot is already stored for version 20260102_090000");

    snapshot.replace = true;
    server.log.lines.clear();
    snapshot.execute();
    assertThat(server.log.text())
        .contains(
            "Snapshot 20260102_090000 of "
                + server.where()
                + " stored in _schema_snapshot (1 tables, 3 migrations applied");
  }

  private static String checksum(String line) {
    return line.substring(line.indexOf("checksum ") + 9, line.indexOf("checksum ") + 21);
  }

  @Test
  void should_label_a_snapshot_and_stop_without_a_label_or_an_applied_migration() throws Exception {
    Path migrations = TestServer.migrations(dir.resolve("migrations"), TestServer.PEOPLE);
    SnapshotMojo snapshot = snapshot(migrations);

    MojoExecutionException e =
        catchThrowableOfType(MojoExecutionException.class, snapshot::execute);
    assertThat(e).hasMessageContaining("surql migrate snapshot could not run (exit code 2)");
    assertThat(server.log.text())
        .contains(
            "[ERROR] surql: No migration is applied to "
                + server.where()
                + ", so there is no current version to label the snapshot with: pass --version"
                + " LABEL.");

    snapshot.version = "empty";
    server.log.lines.clear();
    snapshot.execute();
    assertThat(server.log.text())
        .contains(
            "Snapshot empty of "
                + server.where()
                + " stored in _schema_snapshot (0 tables, 0 migrations applied");
  }

  @Test
  void should_not_need_a_migrations_directory() throws Exception {
    migrated(null);
    SnapshotMojo snapshot = snapshot(dir.resolve("no-migrations-here"));
    snapshot.output = dir.resolve("snapshot.json").toFile();

    assertThat(snapshot.arguments()).doesNotContain("--migrations");
    snapshot.execute();

    assertThat(dir.resolve("snapshot.json")).content().contains("person_name");
  }

  @Test
  void should_stop_when_the_server_of_serverId_is_missing() throws IOException {
    SnapshotMojo snapshot =
        snapshot(TestServer.migrations(dir.resolve("migrations"), TestServer.PEOPLE));
    snapshot.serverId = "nowhere";
    snapshot.output = dir.resolve("snapshot.json").toFile();

    assertThat(catchThrowableOfType(MojoExecutionException.class, snapshot::execute))
        .hasMessage(
            "No <server> with id 'nowhere' in settings.xml: add one with <username> and"
                + " <password>, or remove <serverId> (-Dsurql.serverId) from the plugin"
                + " configuration.");
    assertThat(dir.resolve("snapshot.json")).doesNotExist();
  }
}

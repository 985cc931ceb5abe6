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
 * {@code surql:compare} on a real engine: the differences between two snapshots, stored versions or
 * JSON files (which need neither a server nor migrations); identical schemas say so; a missing
 * snapshot fails the build naming the stored ones, and missing {@code <from>}/{@code <to>} stop the
 * goal saying what to set. The goal reports differences and never fails on them: it has no option
 * to.
 */
class CompareMojoTest {
  @TempDir Path dir;

  private final TestServer server = new TestServer("mvn_compare");

  private Path migrations;

  @AfterEach
  void removeDatabase() {
    server.close();
  }

  /**
   * Migrates to 20260102_090000 and 20260103_090000 (which adds the index person_name), storing a
   * snapshot and writing before.json and after.json at each.
   */
  @BeforeEach
  void snapshotsBeforeAndAfterTheIndex() throws Exception {
    migrations = TestServer.migrations(dir.resolve("migrations"), TestServer.PEOPLE);
    for (String version : new String[] {"20260102_090000", "20260103_090000"}) {
      MigrateMojo migrate = server.configure(new MigrateMojo(), migrations);
      migrate.target = version;
      migrate.execute();
      SnapshotMojo snapshot = server.configure(new SnapshotMojo(), migrations);
      snapshot.execute();
      snapshot.output =
          dir.resolve(version.equals("20260102_090000") ? "before.json" : "after.json").toFile();
      snapshot.execute();
    }
    server.log.lines.clear();
  }

  private CompareMojo compare(String from, String to) {
    CompareMojo compare = server.configure(new CompareMojo(), migrations);
    compare.from = from;
    compare.to = to;
    return compare;
  }

  @Test
  void should_report_the_differences_between_two_stored_snapshots() throws Exception {
    compare("20260102_090000", " 20260103_090000 ").execute();

    assertThat(server.log.text())
        .contains("[INFO] Comparing 20260102_090000 → 20260103_090000")
        .contains("+ person.person_name")
        .doesNotContain("[ERROR]")
        .doesNotContain(TestServer.PASSWORD);
  }

  @Test
  void should_compare_two_files_without_a_server_nor_migrations() throws Exception {
    CompareMojo compare =
        compare(dir.resolve("before.json").toString(), dir.resolve("after.json").toString());
    compare.url = null;
    compare.serverId = null;
    compare.migrations = dir.resolve("no-migrations-here").toString();

    compare.execute();

    assertThat(server.log.text())
        .contains("[INFO] Comparing 20260102_090000 → 20260103_090000")
        .contains("+ person.person_name");
  }

  @Test
  void should_say_when_the_schemas_are_identical() throws Exception {
    compare(dir.resolve("after.json").toString(), "20260103_090000").execute();

    assertThat(server.log.text()).contains("Schemas are identical").doesNotContain("+ person");
  }

  @Test
  void should_fail_the_build_naming_the_stored_snapshots_when_one_is_missing() {
    MojoFailureException e =
        catchThrowableOfType(
            MojoFailureException.class,
            () -> compare("20260101_090000", "20260103_090000").execute());

    assertThat(e).hasMessage("surql migrate compare failed: see the output above.");
    assertThat(server.log.text())
        .contains(
            "[ERROR] surql: No snapshot 20260101_090000 in _schema_snapshot of "
                + server.where()
                + " (stored: 20260102_090000, 20260103_090000)")
        .contains("surql migrate snapshot --version 20260101_090000");

    server.log.lines.clear();
    assertThat(
            catchThrowableOfType(
                MojoFailureException.class,
                () -> compare(dir.resolve("nowhere.json").toString(), "20260103_090000").execute()))
        .isNotNull();
    assertThat(server.log.text()).contains("[ERROR] surql: ").contains("nowhere.json");
  }

  @Test
  void should_stop_without_two_snapshots_saying_what_to_set() {
    CompareMojo compare = compare("20260102_090000", null);

    assertThat(catchThrowableOfType(MojoExecutionException.class, compare::execute))
        .hasMessage(
            "surql:compare needs two snapshots: set <from> and <to>"
                + " (-Dsurql.compare.from=VERSION -Dsurql.compare.to=VERSION), each a stored"
                + " snapshot's version or a snapshot JSON file.");

    compare.from = " ";
    compare.to = "20260103_090000";
    assertThat(catchThrowableOfType(MojoExecutionException.class, compare::execute))
        .hasMessageStartingWith("surql:compare needs two snapshots");
    assertThat(server.log.lines).isEmpty();
  }
}

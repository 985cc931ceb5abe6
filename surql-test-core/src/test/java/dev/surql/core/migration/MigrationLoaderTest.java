package dev.surql.core.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.internal.migration.MigrationChecksum;
import dev.surql.core.internal.migration.MigrationVersions;
import dev.surql.core.rollback.RollbackSafety;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class MigrationLoaderTest {

  @TempDir Path dir;

  public static Path write(Path dir, String name, String content) throws IOException {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  public static Path write(Path dir, String name, byte[] content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private MigrationValidationException invalid() {
    return catchThrowableOfType(
        MigrationValidationException.class, () -> MigrationLoader.load(dir));
  }

  // ------------------------------------------------------------------------------ sectioned files

  @Test
  void should_parse_sectioned_file_with_header_directives_and_statement_lines() throws IOException {
    write(
        dir,
        "20260101_120000_create_user.surql",
        """
        -- Creates the user table.
        -- @description: Create the user table
        -- @depends_on: 20260101_110000
        -- @rollback: data_loss

        -- @up
        DEFINE TABLE user SCHEMAFULL;
        DEFINE FIELD name ON user
          TYPE string;
        -- @down
        REMOVE TABLE user;
        """);
    write(dir, "20260101_110000_base.surql", "-- @up\nDEFINE TABLE base;\n");

    MigrationSet set = MigrationLoader.load(dir);

    Migration migration = set.get("20260101_120000");
    assertThat(migration.description()).isEqualTo("Create the user table");
    assertThat(migration.dependsOn()).containsExactly("20260101_110000");
    assertThat(migration.declaredSafety()).contains(RollbackSafety.DATA_LOSS);
    assertThat(migration.source())
        .isEqualTo(dir.resolve("20260101_120000_create_user.surql").toString());
    assertThat(migration.up())
        .extracting(Statement::text, Statement::line)
        .containsExactly(
            tuple("DEFINE TABLE user SCHEMAFULL", 7),
            tuple("DEFINE FIELD name ON user\n  TYPE string", 8));
    assertThat(migration.down())
        .hasValueSatisfying(
            down ->
                assertThat(down)
                    .extracting(Statement::text, Statement::line)
                    .containsExactly(tuple("REMOVE TABLE user", 11)));
    assertThat(set.get("20260101_110000").description()).isEqualTo("base");
    assertThat(set.get("20260101_110000").reversible()).isFalse();
    assertThat(set.get("20260101_110000").down()).isEmpty();
  }

  @Test
  void should_order_by_version_numerically_not_by_file_name() throws IOException {
    write(dir, "V10_ten.surql", "-- @up\nDEFINE TABLE ten;");
    write(dir, "V2_two.surql", "-- @up\nDEFINE TABLE two;");
    write(dir, "V1.10_one_ten.surql", "-- @up\nDEFINE TABLE one_ten;");
    write(dir, "V1.2_one_two.surql", "-- @up\nDEFINE TABLE one_two;");
    write(dir, "sub/V3_three.surql", "-- @up\nDEFINE TABLE three;");
    write(dir, "README.md", "not a migration");

    MigrationSet set = MigrationLoader.load(dir);

    assertThat(set.versions()).containsExactly("1.2", "1.10", "2", "3", "10");
    assertThat(set.latest()).map(Migration::version).contains("10");
    assertThat(set.before("3")).extracting(Migration::version).containsExactly("1.2", "1.10", "2");
    assertThat(set.upTo("2")).extracting(Migration::version).containsExactly("1.2", "1.10", "2");
    assertThat(set.contains("1.10")).isTrue();
    assertThat(set.contains("1.1")).isFalse();
    assertThat(set.find("4")).isEmpty();
    assertThat(set.get("1.2").description()).isEqualTo("one two");
    assertThatThrownBy(() -> set.upTo("4"))
        .isInstanceOf(SurqlException.class)
        .hasMessageContaining("Unknown migration version '4'")
        .hasMessageContaining("Known versions: 1.2, 1.10, 2, 3, 10");
  }

  @Test
  void should_load_paired_up_and_down_files() throws IOException {
    write(
        dir,
        "20260102_090000_add_post.surql",
        "DEFINE TABLE post;\nDEFINE FIELD title ON post TYPE string;\n");
    write(dir, "20260102_090000_add_post.down.surql", "REMOVE TABLE post;\n");
    write(dir, "20260103_090000_add_tag.up.surql", "DEFINE TABLE tag;\n");
    write(dir, "20260103_090000_add_tag.down.surql", "REMOVE TABLE tag;\n");

    MigrationSet set = MigrationLoader.load(dir);

    Migration post = set.get("20260102_090000");
    assertThat(post.description()).isEqualTo("add post");
    assertThat(post.upStatements())
        .containsExactly("DEFINE TABLE post", "DEFINE FIELD title ON post TYPE string");
    assertThat(post.downStatements()).containsExactly("REMOVE TABLE post");
    assertThat(post.down().orElseThrow().get(0).origin())
        .isEqualTo(dir.resolve("20260102_090000_add_post.down.surql").toString());
    assertThat(post.checksum())
        .isEqualTo(
            MigrationChecksum.sha256(
                "DEFINE TABLE post;\nDEFINE FIELD title ON post TYPE string;\n\n-- @down\nREMOVE TABLE post;\n"));
    assertThat(set.get("20260103_090000").downStatements()).containsExactly("REMOVE TABLE tag");
  }

  @Test
  void should_strip_explicit_begin_and_commit_with_a_note() throws IOException {
    write(
        dir, "20260101_120000_tx.surql", "-- @up\nBEGIN TRANSACTION;\nDEFINE TABLE a;\nCOMMIT;\n");

    MigrationSet set = MigrationLoader.load(dir);

    assertThat(set.get("20260101_120000").upStatements()).containsExactly("DEFINE TABLE a");
    assertThat(set.notes()).extracting(MigrationProblem::line).containsExactly(2, 4);
    assertThat(set.notes().get(0).message())
        .contains("removed explicit 'BEGIN TRANSACTION'")
        .contains("already runs in its own transaction");
  }

  @Test
  void should_return_empty_set_for_empty_directory() {
    assertThat(MigrationLoader.load(dir).migrations()).isEmpty();
  }

  @Test
  void should_load_directory_locations_given_as_strings() throws IOException {
    write(dir, "20260101_120000_a.surql", "-- @up\nDEFINE TABLE a;\n");

    assertThat(MigrationLoader.load(dir.toString()).versions()).containsExactly("20260101_120000");
    assertThat(MigrationLoader.load("filesystem:" + dir).versions())
        .containsExactly("20260101_120000");
    assertThatThrownBy(() -> MigrationLoader.load(dir.resolve("20260101_120000_a.surql")))
        .hasMessageContaining("is a file, not a directory");
  }

  @Test
  void should_fail_for_missing_directory_and_classpath_location() {
    Path missing = dir.resolve("nope");
    assertThatThrownBy(() -> MigrationLoader.load(missing))
        .isInstanceOf(SurqlException.class)
        .hasMessageContaining("Migration directory " + missing.toAbsolutePath() + " does not exist")
        .extracting(e -> ((SurqlException) e).code())
        .isEqualTo(ErrorCode.MIGRATION_INVALID);
    assertThatThrownBy(() -> MigrationLoader.load("classpath:db/does_not_exist"))
        .isInstanceOf(SurqlException.class)
        .hasMessageContaining("Classpath location classpath:db/does_not_exist does not exist");
  }

  // ------------------------------------------------------------------------------ validation

  @Test
  void should_report_every_problem_of_a_directory_together_with_file_and_line() throws IOException {
    write(dir, "create_user.surql", "-- @up\nDEFINE TABLE user;");
    write(dir, "20261301_120000_bad_month.surql", "-- @up\nDEFINE TABLE a;");
    write(dir, "20260101_12000_short_time.surql", "-- @up\nDEFINE TABLE a;");
    write(dir, "20260101_120000_first.surql", "-- @up\nDEFINE TABLE a;");
    write(dir, "20260101_120000_second.surql", "-- @up\nDEFINE TABLE b;");
    write(dir, "20260102_120000_no_up.surql", "DEFINE TABLE c;");
    write(dir, "20260103_120000_use.surql", "-- @up\nUSE NS prod DB prod;\nDEFINE TABLE d;");
    write(dir, "20260104_120000_unknown.surql", "-- @autor: me\n-- @up\nDEFINE TABLE e;");
    write(dir, "20260105_120000_rollback.surql", "-- @rollback: maybe\n-- @up\nDEFINE TABLE f;");
    write(
        dir,
        "20260106_120000_depends.surql",
        "-- @depends_on: 20250101_000000\n-- @up\nDEFINE TABLE g;");
    write(
        dir,
        "20260107_120000_string.surql",
        "-- @up\nDEFINE TABLE h;\nCREATE h SET name = 'unterminated;\n");
    write(dir, "20260108_120000_comment.surql", "-- @up\nDEFINE TABLE i; /* never closed\n");
    write(dir, "20260109_120000_block.surql", "-- @up\n\nDEFINE FUNCTION fn::x() { RETURN 1;\n");
    write(
        dir,
        "20260110_120000_latin1.surql",
        "-- @up\nDEFINE TABLE caf\u00e9;".getBytes(StandardCharsets.ISO_8859_1));
    write(dir, "20260111_120000_orphan.down.surql", "REMOVE TABLE x;");

    MigrationValidationException e = invalid();

    assertThat(e.code()).isEqualTo(ErrorCode.MIGRATION_INVALID);
    String f = dir + "/";
    assertThat(e.problems())
        .extracting(MigrationProblem::file, MigrationProblem::line)
        .containsExactlyInAnyOrder(
            tuple(f + "create_user.surql", 0),
            tuple(f + "20261301_120000_bad_month.surql", 0),
            tuple(f + "20260101_12000_short_time.surql", 0),
            tuple(f + "20260101_120000_second.surql", 0),
            tuple(f + "20260102_120000_no_up.surql", 1),
            tuple(f + "20260103_120000_use.surql", 2),
            tuple(f + "20260104_120000_unknown.surql", 1),
            tuple(f + "20260105_120000_rollback.surql", 1),
            tuple(f + "20260106_120000_depends.surql", 1),
            tuple(f + "20260107_120000_string.surql", 3),
            tuple(f + "20260108_120000_comment.surql", 2),
            tuple(f + "20260109_120000_block.surql", 3),
            tuple(f + "20260110_120000_latin1.surql", 2),
            tuple(f + "20260111_120000_orphan.down.surql", 0));
    assertThat(e.getMessage())
        .startsWith("14 problems in the migrations at " + dir)
        .contains(
            f
                + "create_user.surql: bad migration file name create_user.surql: expected"
                + " YYYYMMDD_HHMMSS_description.surql")
        .contains(
            f
                + "20261301_120000_bad_month.surql: invalid version 20261301_120000 in file name"
                + " 20261301_120000_bad_month.surql: not a real date and time")
        .contains(
            f
                + "20260101_12000_short_time.surql: invalid version in file name 20260101_12000_short_time.surql")
        .contains(
            f
                + "20260101_120000_second.surql: duplicate version 20260101_120000: also used by "
                + f
                + "20260101_120000_first.surql")
        .contains(f + "20260102_120000_no_up.surql:1: missing -- @up")
        .contains(
            f
                + "20260103_120000_use.surql:2: 'USE NS prod DB prod' (SQ910 use-statement): USE switches")
        .contains(f + "20260104_120000_unknown.surql:1: unknown directive '-- @autor'")
        .contains(
            f
                + "20260105_120000_rollback.surql:1: invalid -- @rollback value 'maybe': expected safe,"
                + " data_loss or unsafe")
        .contains(
            f
                + "20260106_120000_depends.surql:1: @depends_on names unknown version '20250101_000000'")
        .contains(f + "20260107_120000_string.surql:3: unterminated string")
        .contains(f + "20260108_120000_comment.surql:2: unterminated")
        .contains(f + "20260109_120000_block.surql:3: unterminated block")
        .contains(
            f + "20260110_120000_latin1.surql:2: not valid UTF-8: byte 0xE9 at byte offset 23")
        .contains(f + "20260111_120000_orphan.down.surql: down file without an up file");
  }

  @Test
  void should_report_statement_before_up_and_misplaced_markers() throws IOException {
    write(dir, "20260101_120000_a.surql", "DEFINE TABLE a;\n-- @up\nDEFINE TABLE b;\n");
    write(
        dir,
        "20260102_120000_b.surql",
        "-- @up\nDEFINE TABLE b;\n-- @down\nREMOVE TABLE b;\n-- @down\n");
    write(dir, "20260103_120000_c.surql", "-- @up\n-- @description: late\nDEFINE TABLE c;\n");
    write(dir, "20260104_120000_d.surql", "-- @up\nDEFINE TABLE d;\nCANCEL TRANSACTION;\n");

    MigrationValidationException e = invalid();

    assertThat(e.getMessage())
        .contains("20260101_120000_a.surql:1: SurrealQL before -- @up")
        .contains("20260102_120000_b.surql:5: second -- @down (the first is at line 3)")
        .contains("20260103_120000_c.surql:2: directive '-- @description' must come before -- @up")
        .contains("20260104_120000_d.surql:3: CANCEL is not allowed in a migration");
    assertThat(e.problems()).hasSize(4);
  }

  @Test
  void should_report_up_file_and_down_sections_used_together() throws IOException {
    write(dir, "20260101_120000_a.surql", "-- @up\nDEFINE TABLE a;\n");
    write(dir, "20260101_120000_a.down.surql", "REMOVE TABLE a;\n");

    assertThat(invalid().getMessage())
        .contains("20260101_120000_a.surql: has a -- @up marker and also a down file");
  }

  // ------------------------------------------------------------------------------ checksums

  @Test
  void checksum_is_independent_of_line_endings() throws IOException {
    String lf =
        "-- @up\nDEFINE TABLE a;\nDEFINE TABLE b;\n-- @down\nREMOVE TABLE b;\nREMOVE TABLE a;\n";
    Path crlfDir = Files.createDirectory(dir.resolve("crlf"));
    Path crDir = Files.createDirectory(dir.resolve("cr"));
    Path lfDir = Files.createDirectory(dir.resolve("lf"));
    write(lfDir, "20260101_120000_a.surql", lf);
    write(crlfDir, "20260101_120000_a.surql", lf.replace("\n", "\r\n"));
    write(crDir, "20260101_120000_a.surql", lf.replace("\n", "\r"));

    Migration fromLf = MigrationLoader.load(lfDir).get("20260101_120000");
    Migration fromCrlf = MigrationLoader.load(crlfDir).get("20260101_120000");
    Migration fromCr = MigrationLoader.load(crDir).get("20260101_120000");

    assertThat(fromLf.checksum()).isEqualTo(MigrationChecksum.sha256(lf)).hasSize(64);
    assertThat(fromCrlf.checksum()).isEqualTo(fromLf.checksum());
    assertThat(fromCr.checksum()).isEqualTo(fromLf.checksum());
    assertThat(fromCrlf.up())
        .extracting(Statement::text, Statement::line)
        .containsExactly(tuple("DEFINE TABLE a", 2), tuple("DEFINE TABLE b", 3));
  }

  @Test
  void checksum_changes_when_content_changes() throws IOException {
    Path file = write(dir, "20260101_120000_a.surql", "-- @up\nDEFINE TABLE a;\n");
    String before = MigrationLoader.load(dir).get("20260101_120000").checksum();
    Files.writeString(file, "-- @up\nDEFINE TABLE a SCHEMAFULL;\n");
    assertThat(MigrationLoader.load(dir).get("20260101_120000").checksum()).isNotEqualTo(before);
  }

  // ------------------------------------------------------------------------------ classpath and
  // jar

  @Test
  void should_load_identical_migrations_from_directory_and_from_jar_on_classpath()
      throws IOException {
    Path migrations = Files.createDirectories(dir.resolve("src/db/migrations"));
    write(migrations, "20260101_120000_init.surql", MigratorTest.FUNCTIONS_AND_EVENTS);
    write(migrations, "20260102_120000_post.surql", "DEFINE TABLE post;\n");
    write(migrations, "20260102_120000_post.down.surql", "REMOVE TABLE post;\n");
    write(
        migrations,
        "nested/20260103_120000_tag.surql",
        "-- @up\nDEFINE TABLE tag;\n-- @down\nREMOVE TABLE tag;\n");
    Path jar = dir.resolve("migrations.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out)) {
      jarOut.putNextEntry(new JarEntry("db/"));
      jarOut.putNextEntry(new JarEntry("db/migrations/"));
      for (String name :
          List.of(
              "20260101_120000_init.surql",
              "20260102_120000_post.surql",
              "20260102_120000_post.down.surql",
              "nested/20260103_120000_tag.surql")) {
        jarOut.putNextEntry(new JarEntry("db/migrations/" + name));
        jarOut.write(Files.readAllBytes(migrations.resolve(name)));
        jarOut.closeEntry();
      }
      jarOut.putNextEntry(new JarEntry("db/other/20260109_120000_elsewhere.surql"));
      jarOut.write("-- @up\nDEFINE TABLE elsewhere;".getBytes(StandardCharsets.UTF_8));
      jarOut.closeEntry();
    }

    MigrationSet fromDirectory = MigrationLoader.load(migrations);
    MigrationSet fromJar;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      fromJar = MigrationLoader.load("classpath:db/migrations", loader);
    }

    assertThat(fromJar.versions())
        .containsExactly("20260101_120000", "20260102_120000", "20260103_120000");
    assertThat(fromJar.location()).isEqualTo("classpath:db/migrations");
    assertThat(fromJar.get("20260103_120000").source())
        .isEqualTo("classpath:db/migrations/nested/20260103_120000_tag.surql");
    assertThat(fromJar.versions()).isEqualTo(fromDirectory.versions());
    for (int i = 0; i < fromJar.size(); i++) {
      Migration jarMigration = fromJar.migrations().get(i);
      Migration dirMigration = fromDirectory.migrations().get(i);
      assertThat(jarMigration.checksum()).isEqualTo(dirMigration.checksum());
      assertThat(jarMigration.description()).isEqualTo(dirMigration.description());
      assertThat(jarMigration.upStatements()).isEqualTo(dirMigration.upStatements());
      assertThat(jarMigration.downStatements()).isEqualTo(dirMigration.downStatements());
      assertThat(jarMigration.up())
          .extracting(Statement::line)
          .isEqualTo(dirMigration.up().stream().map(Statement::line).toList());
    }
  }

  @Test
  void should_load_classpath_directory_location() throws IOException {
    Path root = Files.createDirectories(dir.resolve("classes"));
    write(root, "db/migrations/20260101_120000_init.surql", "-- @up\nDEFINE TABLE a;\n");
    try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
      MigrationSet set = MigrationLoader.load("classpath:/db/migrations/", loader);
      assertThat(set.get("20260101_120000").source())
          .isEqualTo("classpath:db/migrations/20260101_120000_init.surql");
    }
  }

  // ------------------------------------------------------------------------------ Java migrations

  record Java(String version, String description, List<String> up, Optional<List<String>> down)
      implements JavaMigration {}

  @Test
  void should_load_java_migrations_alone_and_together_with_files() throws IOException {
    JavaMigration java =
        new Java(
            "20260102_120000",
            "seed",
            List.of("CREATE a:1 SET n = 1", "CREATE a:2 SET n = 2;"),
            Optional.of(List.of("DELETE a")));
    write(dir, "20260101_120000_a.surql", "-- @up\nDEFINE TABLE a;\n");

    MigrationSet javaOnly = MigrationLoader.fromJava(List.of(java));
    MigrationSet combined = MigrationLoader.load(dir, List.of(java));

    Migration migration = javaOnly.get("20260102_120000");
    assertThat(migration.source()).isEqualTo(Java.class.getName());
    assertThat(migration.upStatements())
        .containsExactly("CREATE a:1 SET n = 1", "CREATE a:2 SET n = 2");
    assertThat(migration.downStatements()).containsExactly("DELETE a");
    assertThat(migration.up()).extracting(Statement::line).containsExactly(1, 2);
    assertThat(migration.checksum())
        .isEqualTo(
            MigrationChecksum.sha256(
                "CREATE a:1 SET n = 1\nCREATE a:2 SET n = 2;\n-- @down\nDELETE a"));
    assertThat(combined.versions()).containsExactly("20260101_120000", "20260102_120000");
  }

  @Test
  void should_report_invalid_java_migrations() throws IOException {
    write(dir, "20260101_120000_a.surql", "-- @up\nDEFINE TABLE a;\n");
    List<JavaMigration> java =
        List.of(
            new Java("20260101_120000", "clash", List.of("DEFINE TABLE b"), Optional.empty()),
            new Java("next", "bad version", List.of("DEFINE TABLE c"), Optional.empty()),
            new Java(
                "20260103_120000",
                "other database",
                List.of("USE DB other", "DEFINE TABLE c"),
                Optional.empty()));

    assertThatThrownBy(() -> MigrationLoader.load(dir, java))
        .isInstanceOf(MigrationValidationException.class)
        .hasMessageContaining(
            Java.class.getName()
                + ": duplicate version 20260101_120000: also used by "
                + dir.resolve("20260101_120000_a.surql"))
        .hasMessageContaining(Java.class.getName() + ": invalid version 'next'")
        .hasMessageContaining(Java.class.getName() + ":1: 'USE DB other' (SQ910 use-statement)");
  }

  @Test
  void versions_compare_numerically_by_segments() {
    assertThat(
            List.of("10", "9", "1.10", "1.9", "1", "20260101_120000", "20260101_090000").stream()
                .sorted(MigrationVersions.ORDER)
                .toList())
        .containsExactly("1", "1.9", "1.10", "9", "10", "20260101_090000", "20260101_120000");
  }
}

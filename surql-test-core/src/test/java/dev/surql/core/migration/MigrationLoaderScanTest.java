package dev.surql.core.migration;

import static dev.surql.core.migration.MigrationLoaderTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scan of a location: recursive by default (like Flyway), so a copy of a migration in an {@code
 * original/}, {@code archive/} or {@code seed/} folder is a duplicate version, unless the scan is
 * made non-recursive or told to exclude those folders.
 */
class MigrationLoaderScanTest {

  private static final String CUSTOMER =
      """
      -- @up
      DEFINE TABLE customer SCHEMAFULL;
      -- @down
      REMOVE TABLE customer;
      """;
  private static final String ORDER =
      """
      -- @up
      DEFINE TABLE order_line SCHEMAFULL;
      -- @down
      REMOVE TABLE order_line;
      """;

  @TempDir Path dir;

  @BeforeEach
  void historyWithCopiesInSubfolders() throws IOException {
    write(dir, "20260101_090000_customer.surql", CUSTOMER);
    write(dir, "20260102_090000_order.surql", ORDER);
    write(dir, "original/20260101_090000_customer.surql", CUSTOMER + "-- before review\n");
    write(dir, "archive/2025/20260102_090000_order.surql", ORDER);
    write(
        dir,
        "seed/20260103_090000_seed_customers.surql",
        "-- @up\nCREATE customer:one;\n-- @down\nDELETE customer:one;\n");
  }

  @Test
  void by_default_subfolders_are_scanned_and_copies_are_duplicate_versions_with_a_hint() {
    MigrationValidationException e =
        catchThrowableOfType(MigrationValidationException.class, () -> MigrationLoader.load(dir));

    assertThat(e).isNotNull();
    assertThat(e.problems())
        .extracting(MigrationProblem::file)
        .containsExactlyInAnyOrder(
            dir.resolve("original/20260101_090000_customer.surql").toString(),
            dir.resolve("archive/2025/20260102_090000_order.surql").toString());
    assertThat(e.problems())
        .extracting(MigrationProblem::message)
        .allSatisfy(
            message ->
                assertThat(message)
                    .contains(
                        "Give one of them a new version. Subdirectories are scanned too: if one of them is a copy"
                            + " (original/, archive/, seed/…), exclude its folder (exclude pattern, e.g. archive) or scan only the top"
                            + " directory (recursive = false)."));
  }

  @Test
  void non_recursive_scan_reads_only_the_top_directory() {
    MigrationSet set = MigrationLoader.load(dir, ScanOptions.defaults().withRecursive(false));

    assertThat(set.versions()).containsExactly("20260101_090000", "20260102_090000");
    assertThat(set.get("20260101_090000").source())
        .isEqualTo(dir.resolve("20260101_090000_customer.surql").toString());
  }

  @Test
  void exclude_patterns_skip_the_copies_and_keep_other_subfolders() {
    MigrationSet set =
        MigrationLoader.load(
            dir.toString(), ScanOptions.defaults().withExclude("original", "archive/**"));

    assertThat(set.versions())
        .containsExactly("20260101_090000", "20260102_090000", "20260103_090000");
    assertThat(set.get("20260103_090000").source())
        .endsWith("seed/20260103_090000_seed_customers.surql");
  }

  @Test
  void include_patterns_read_only_matching_files() {
    MigrationSet set =
        MigrationLoader.load(
            "filesystem:" + dir,
            ScanOptions.defaults().withInclude("*_customer.surql", "seed").withExclude("original"));

    assertThat(set.versions()).containsExactly("20260101_090000", "20260103_090000");
  }

  @Test
  void a_paired_down_file_follows_its_up_file_through_the_patterns() throws IOException {
    Path paired = dir.resolve("paired");
    write(paired, "V1__people.surql", "DEFINE TABLE people;");
    write(paired, "V1__people.down.surql", "REMOVE TABLE people;");
    write(paired, "old/V1__people.surql", "DEFINE TABLE people;");

    MigrationSet set = MigrationLoader.load(paired, ScanOptions.defaults().withExclude("old"));

    assertThat(set.versions()).containsExactly("1");
    assertThat(set.get("1").down()).isPresent();
  }

  @Test
  void options_apply_to_classpath_directories_and_jars() throws IOException {
    Path root = dir.resolve("classes");
    write(root, "db/dirred/20260101_090000_customer.surql", CUSTOMER);
    write(root, "db/dirred/original/20260101_090000_customer.surql", CUSTOMER);
    Path jar = dir.resolve("migrations.jar");
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream jarOut = new JarOutputStream(out)) {
      for (String folder : List.of("db/", "db/jarred/", "db/jarred/archive/")) {
        jarOut.putNextEntry(new JarEntry(folder));
      }
      for (String name :
          List.of("20260101_090000_customer.surql", "archive/20260101_090000_customer.surql")) {
        jarOut.putNextEntry(new JarEntry("db/jarred/" + name));
        jarOut.write(CUSTOMER.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {root.toUri().toURL(), jar.toUri().toURL()}, null)) {
      MigrationSet fromDirectory =
          MigrationLoader.load(
              "classpath:db/dirred",
              loader,
              List.of(),
              ScanOptions.defaults().withRecursive(false));
      assertThat(fromDirectory.versions()).containsExactly("20260101_090000");

      MigrationSet fromJar =
          MigrationLoader.load(
              "classpath:db/jarred",
              loader,
              List.of(),
              ScanOptions.defaults().withExclude("archive"));
      assertThat(fromJar.versions()).containsExactly("20260101_090000");
      assertThat(fromJar.get("20260101_090000").source())
          .isEqualTo("classpath:db/jarred/20260101_090000_customer.surql");

      MigrationSet jarNotRecursive =
          MigrationLoader.load(
              "classpath:db/jarred",
              loader,
              List.of(),
              ScanOptions.defaults().withRecursive(false));
      assertThat(jarNotRecursive.versions()).containsExactly("20260101_090000");
    }
  }
}

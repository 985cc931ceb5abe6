package dev.surql.core.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a finding's file becomes a path relative to the repository root. */
class SourcePathsTest {

  @TempDir Path root;

  private void file(String path) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "-- @up\n");
  }

  @Test
  void a_classpath_location_is_found_in_the_sources_never_in_build_output() throws IOException {
    file("shop/target/classes/db/migrations/1_a.surql");
    file("node_modules/pkg/src/main/resources/db/migrations/1_a.surql");
    file("shop/src/test/resources/db/migrations/1_a.surql");
    file("shop/src/main/resources/db/migrations/1_a.surql");
    file("shop/src/main/resources/db/migrations/2_b.surql");

    SourcePaths paths = SourcePaths.relativeTo(root);

    // sorted: main before test
    assertThat(paths.relative("classpath:db/migrations/1_a.surql"))
        .isEqualTo("shop/src/main/resources/db/migrations/1_a.surql");
    assertThat(paths.relative("classpath:/db/migrations/2_b.surql"))
        .isEqualTo("shop/src/main/resources/db/migrations/2_b.surql");
    assertThat(paths.relative("classpath:db/migrations/3_missing.surql"))
        .isEqualTo("db/migrations/3_missing.surql");
  }

  @Test
  void a_file_inside_the_root_becomes_relative_with_slashes_and_one_outside_stays_as_given()
      throws IOException {
    file("db/1_a.surql");

    SourcePaths paths = SourcePaths.relativeTo(root);

    assertThat(paths.relative(root.resolve("db/1_a.surql").toString())).isEqualTo("db/1_a.surql");
    assertThat(paths.relative("/elsewhere/1_a.surql")).isEqualTo("/elsewhere/1_a.surql");
  }
}

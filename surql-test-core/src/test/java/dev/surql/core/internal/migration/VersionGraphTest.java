package dev.surql.core.internal.migration;

import static dev.surql.core.migration.MigrationLoaderTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionGraphTest {

  @TempDir Path dir;

  /** 1 <- 2 <- 3 <- 5, 2 <- 4 (a branch), 6 merges 4 and 5. */
  private static VersionGraph branching() {
    return new VersionGraph()
        .addVersion("1", List.of())
        .addVersion("2", List.of("1"))
        .addVersion("3", List.of("2"))
        .addVersion("4", List.of("2"))
        .addVersion("5", List.of("3"))
        .addVersion("6", List.of("4", "5"));
  }

  @Test
  void should_answer_paths_ancestors_descendants_and_heads() {
    VersionGraph graph = branching();

    assertThat(graph.getAllVersions()).containsExactly("1", "2", "3", "4", "5", "6");
    assertThat(graph.getPath("1", "6")).containsExactly("1", "2", "4", "6");
    assertThat(graph.getPath("1", "5")).containsExactly("1", "2", "3", "5");
    assertThat(graph.getPath("5", "2")).containsExactly("5", "3", "2");
    assertThat(graph.getPath("3", "3")).containsExactly("3");
    assertThat(graph.getPath("3", "4")).isEmpty();
    assertThat(graph.getAncestors("6")).containsExactly("1", "2", "3", "4", "5");
    assertThat(graph.getAncestors("1")).isEmpty();
    assertThat(graph.getDescendants("3")).containsExactly("5", "6");
    assertThat(graph.getDescendants("2")).containsExactly("3", "4", "5", "6");
    assertThat(graph.getChildren("2")).containsExactly("3", "4");
    assertThat(graph.getParents("6")).containsExactly("4", "5");
    assertThat(graph.heads()).containsExactly("6");
    assertThat(graph.size()).isEqualTo(6);
  }

  @Test
  void should_build_from_migration_set_using_previous_version_or_depends_on() throws IOException {
    write(dir, "20260101_120000_a.surql", "-- @up\nDEFINE TABLE a;");
    write(dir, "20260102_120000_b.surql", "-- @up\nDEFINE TABLE b;");
    write(
        dir, "20260103_120000_c.surql", "-- @depends_on: 20260101_120000\n-- @up\nDEFINE TABLE c;");
    write(dir, "20260104_120000_d.surql", "-- @up\nDEFINE TABLE d;");

    VersionGraph graph = VersionGraph.from(MigrationLoader.load(dir));

    assertThat(graph.getParents("20260102_120000")).containsExactly("20260101_120000");
    assertThat(graph.getParents("20260103_120000")).containsExactly("20260101_120000");
    assertThat(graph.getParents("20260104_120000")).containsExactly("20260103_120000");
    assertThat(graph.heads()).containsExactly("20260102_120000", "20260104_120000");
    assertThat(graph.getPath("20260101_120000", "20260104_120000"))
        .containsExactly("20260101_120000", "20260103_120000", "20260104_120000");
  }

  @Test
  void should_add_migrations_with_optional_parent() throws IOException {
    write(dir, "20260101_120000_a.surql", "-- @up\nDEFINE TABLE a;");
    write(dir, "20260102_120000_b.surql", "-- @up\nDEFINE TABLE b;");
    MigrationSet set = MigrationLoader.load(dir);

    VersionGraph graph =
        new VersionGraph()
            .addVersion(set.get("20260101_120000"), Optional.empty())
            .addVersion(set.get("20260102_120000"), Optional.of("20260101_120000"));

    assertThat(graph.getDescendants("20260101_120000")).containsExactly("20260102_120000");
  }

  @Test
  void should_reject_duplicate_versions() {
    VersionGraph graph = new VersionGraph().addVersion("1", List.of());

    assertThatThrownBy(() -> graph.addVersion("1", List.of()))
        .isInstanceOf(SurqlException.class)
        .hasMessage(
            "Duplicate version 1: it is already in the version graph (parents: none). Every migration needs"
                + " its own version.")
        .extracting(e -> ((SurqlException) e).code())
        .isEqualTo(ErrorCode.VERSION_GRAPH_INVALID);
    assertThatThrownBy(() -> graph.addVersion("2", List.of("2")))
        .hasMessage("Version 2 names itself as its parent.");
  }

  @Test
  void should_reject_unknown_parents() {
    VersionGraph graph =
        new VersionGraph().addVersion("1", List.of()).addVersion("3", List.of("2"));

    assertThatThrownBy(graph::getAllVersions)
        .isInstanceOf(SurqlException.class)
        .hasMessage(
            "Version graph has unknown parents: 3 has unknown parent 2. Known versions: 1, 3.");
  }

  @Test
  void should_reject_cycles_naming_the_versions() {
    VersionGraph graph =
        new VersionGraph()
            .addVersion("1", List.of())
            .addVersion("2", List.of("1", "4"))
            .addVersion("3", List.of("2"))
            .addVersion("4", List.of("3"));

    assertThatThrownBy(graph::heads)
        .isInstanceOf(SurqlException.class)
        .hasMessageStartingWith(
            "Version graph has a cycle: 2 -> 4 -> 3 -> 2 (each version has the next as parent).")
        .extracting(e -> ((SurqlException) e).code())
        .isEqualTo(ErrorCode.VERSION_GRAPH_INVALID);
  }

  @Test
  void should_reject_unknown_versions_in_queries() {
    assertThatThrownBy(() -> branching().getPath("1", "9"))
        .hasMessage(
            "Unknown version 9: not in the version graph. Known versions: 1, 2, 3, 4, 5, 6.");
  }
}

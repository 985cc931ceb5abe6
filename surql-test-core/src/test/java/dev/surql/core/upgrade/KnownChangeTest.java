package dev.surql.core.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.rule.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rows of the 2.x → 3.x table match statement code only, with the concrete replacement and
 * position.
 */
class KnownChangeTest {

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(KnownChange.class)
  void everyRowMatchesItsOwnExampleAndNotItsReplacement(KnownChange change) throws IOException {
    Migration broken = migration(String.join(";\n", change.example()) + ";");
    Migration fixed = migration(String.join(";\n", change.fixedExample()) + ";");

    assertThat(
            broken.up().stream()
                .flatMap(s -> KnownChange.find(s).stream())
                .map(KnownChange.Match::change))
        .containsExactly(change);
    assertThat(fixed.up().stream().flatMap(s -> KnownChange.find(s).stream())).isEmpty();
  }

  @Test
  void matchesCarryTheConcreteReplacementAndPosition() throws IOException {
    Migration m =
        migration(
            """
        DEFINE FIELD email ON person TYPE string
            ASSERT string::is::email($value) AND type::is::string($value);
        DEFINE FIELD meta ON person FLEXIBLE TYPE object;
        """);

    List<KnownChange.Match> first = KnownChange.find(m.up().get(0));
    assertThat(first)
        .extracting(
            KnownChange.Match::found,
            KnownChange.Match::replacement,
            KnownChange.Match::line,
            KnownChange.Match::column)
        .containsExactly(
            tuple("string::is::email", "string::is_email", 5, 12),
            tuple("type::is::string", "type::is_string", 5, 42));
    assertThat(first.get(0).hint())
        .isEqualTo(
            "Replace string::is::email with string::is_email (SurrealDB 3.x: string::is::* → string::is_*).");
    assertThat(KnownChange.find(m.up().get(1)))
        .singleElement()
        .satisfies(match -> assertThat(match.change().rule()).isEqualTo(Rule.FLEXIBLE_BEFORE_TYPE))
        .satisfies(match -> assertThat(match.line()).isEqualTo(6));
  }

  @Test
  void stringsAndCommentsNeverMatch() throws IOException {
    Migration m =
        migration(
            """
        DEFINE FIELD note ON person TYPE string DEFAULT 'use string::is::email or MTREE' -- type::thing here
            ASSERT $value != "FLEXIBLE TYPE";
        """);

    assertThat(KnownChange.find(m.up().get(0))).isEmpty();
  }

  private Migration migration(String up) throws IOException {
    Path folder = Files.createTempDirectory(dir, "m");
    Files.writeString(
        folder.resolve("20260101_000000_test.surql"), "-- @description: test\n\n-- @up\n" + up);
    return MigrationLoader.load(folder).migrations().get(0);
  }
}

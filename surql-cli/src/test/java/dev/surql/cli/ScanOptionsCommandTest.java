package dev.surql.cli;

import static dev.surql.cli.Cli.MIGRATIONS;
import static dev.surql.cli.Cli.migrate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --no-recursive}, {@code --include} and {@code --exclude} on the migration commands: the
 * directory is scanned recursively by default, so copies in {@code original/} and {@code archive/}
 * are duplicate versions until they are excluded.
 */
class ScanOptionsCommandTest {
  @TempDir Path dir;

  private SurqlDatabase db;

  @BeforeEach
  void migrationsWithCopiesInSubfolders() throws IOException {
    db = SurqlDatabase.create(SurqlEngines.shared(), "cli_scan");
    try (var files = Files.list(MIGRATIONS)) {
      for (Path file : files.toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
    }
    Files.createDirectories(dir.resolve("original"));
    Files.createDirectories(dir.resolve("archive/2025"));
    Files.copy(
        MIGRATIONS.resolve("20260101_090000_create_person.surql"),
        dir.resolve("original/20260101_090000_create_person.surql"));
    Files.copy(
        MIGRATIONS.resolve("20260102_090000_person_bio.surql"),
        dir.resolve("archive/2025/20260102_090000_person_bio.surql"));
  }

  @AfterEach
  void removeDatabase() {
    db.close();
  }

  @Test
  void by_default_subfolders_are_scanned_and_the_copies_are_reported_with_what_to_do() {
    Cli.Result status = Cli.run(migrate(db, dir, "status"));

    assertThat(status.exitCode()).as(status.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(status.err())
        .contains(
            "2 problems in the migrations at " + dir,
            dir.resolve("original/20260101_090000_create_person.surql")
                + ": duplicate version 20260101_090000",
            "exclude its folder (exclude pattern, e.g. archive) or scan only the top directory (recursive = false)");
  }

  @Test
  void no_recursive_reads_only_the_top_directory() {
    Cli.Result up = Cli.run(migrate(db, dir, "up", "--no-recursive"));

    assertThat(up.exitCode()).as(up.toString()).isZero();
    assertThat(up.out()).contains("Applied 3 migrations in ");
  }

  @Test
  void exclude_skips_the_copies_and_include_narrows_the_files() {
    Cli.Result status =
        Cli.run(migrate(db, dir, "status", "--exclude", "original", "--exclude", "archive/**"));
    assertThat(status.exitCode()).as(status.toString()).isZero();
    assertThat(status.out()).contains("applied: 0  pending: 3");

    Cli.Result up =
        Cli.run(
            migrate(
                db,
                dir,
                "up",
                "--include",
                "*_create_person.surql,*_bio.surql",
                "--exclude",
                "original,archive"));
    assertThat(up.exitCode()).as(up.toString()).isZero();
    assertThat(up.out()).contains("Applied 2 migrations in ").doesNotContain("20260103_090000");
  }

  @Test
  void a_bad_pattern_is_a_usage_error() {
    Cli.Result status = Cli.run(migrate(db, dir, "status", "--exclude", "/archive"));

    assertThat(status.exitCode()).as(status.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(status.err())
        .contains(
            "The exclude pattern '/archive' starts with '/': patterns are relative to the"
                + " migration location, e.g. archive/** rather than /archive/**");
  }

  @Test
  void help_documents_the_scan_options() {
    Cli.Result help = Cli.run("migrate", "status", "--help");

    // help text wraps at the terminal width: compare with line breaks and indentation folded
    assertThat(help.out().replaceAll("\\s+", " "))
        .contains(
            "--no-recursive",
            "--include=GLOB",
            "--exclude=GLOB",
            "by default subdirectories are scanned too");
  }
}

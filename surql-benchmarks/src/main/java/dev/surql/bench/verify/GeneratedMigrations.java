package dev.surql.bench.verify;

import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A directory of generated {@code .surql} migrations, loaded with {@link MigrationLoader}:
 * migration i defines table {@code item_i} with four fields and an index, and its down removes them
 * again. Deleting the directory is {@link #close()}'s job.
 */
public final class GeneratedMigrations implements AutoCloseable {
  private final Path directory;
  private final MigrationSet migrations;

  private GeneratedMigrations(Path directory, MigrationSet migrations) {
    this.directory = directory;
    this.migrations = migrations;
  }

  /** Writes {@code count} reversible migrations into a new temporary directory and loads them. */
  public static GeneratedMigrations create(int count) {
    if (count < 1 || count > 24 * 60) {
      throw new IllegalArgumentException("count must be between 1 and 1440, but was " + count);
    }
    try {
      Path directory = Files.createTempDirectory("surql-bench-migrations-");
      for (int i = 1; i <= count; i++) {
        // one version a minute: 20260101_000100, 20260101_000200, …
        String version = String.format(Locale.ROOT, "20260101_%02d%02d00", i / 60, i % 60);
        String table = String.format(Locale.ROOT, "item_%04d", i);
        Files.writeString(
            directory.resolve(version + "_create_" + table + ".surql"), source(table));
      }
      MigrationSet set = MigrationLoader.load(directory);
      if (set.size() != count) {
        throw new IllegalStateException(
            "generated " + count + " migrations in " + directory + " but loaded " + set.size());
      }
      return new GeneratedMigrations(directory, set);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write generated migrations: " + e.getMessage(), e);
    }
  }

  private static String source(String table) {
    return "-- @description: "
        + table
        + " with four fields and an index\n"
        + "-- @rollback: data_loss\n"
        + "-- @up\n"
        + "DEFINE TABLE "
        + table
        + " SCHEMAFULL;\n"
        + "DEFINE FIELD name ON "
        + table
        + " TYPE string;\n"
        + "DEFINE FIELD amount ON "
        + table
        + " TYPE int DEFAULT 0;\n"
        + "DEFINE FIELD tags ON "
        + table
        + " TYPE array<string> DEFAULT [];\n"
        + "DEFINE FIELD created_at ON "
        + table
        + " TYPE datetime DEFAULT time::now();\n"
        + "DEFINE INDEX "
        + table
        + "_name ON "
        + table
        + " FIELDS name;\n"
        + "-- @down\n"
        + "REMOVE INDEX "
        + table
        + "_name ON "
        + table
        + ";\n"
        + "REMOVE FIELD created_at ON "
        + table
        + ";\n"
        + "REMOVE FIELD tags ON "
        + table
        + ";\n"
        + "REMOVE FIELD amount ON "
        + table
        + ";\n"
        + "REMOVE FIELD name ON "
        + table
        + ";\n"
        + "REMOVE TABLE "
        + table
        + ";\n";
  }

  /** The loaded migrations, oldest first. */
  public MigrationSet migrations() {
    return migrations;
  }

  /** The directory the files were written to. */
  public Path directory() {
    return directory;
  }

  @Override
  public void close() {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + directory + ": " + e.getMessage(), e);
    }
  }
}

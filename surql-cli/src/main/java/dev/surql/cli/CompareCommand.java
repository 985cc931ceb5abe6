package dev.surql.cli;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.SurqlTest;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.SnapshotFiles;
import dev.surql.core.snapshot.SnapshotStore;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code surql migrate compare V1 V2}: the schema differences between two snapshots, each a version
 * stored in {@code _schema_snapshot} or the path of a snapshot JSON file. Two files need no server.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = SurqlCommand.Version.class,
    description = "Compare two snapshots: stored versions or snapshot JSON files.")
public final class CompareCommand extends MigrateSubcommand {

  @Parameters(
      index = "0",
      paramLabel = "FROM",
      description = "Stored snapshot version, or snapshot JSON file.")
  private String from;

  @Parameters(
      index = "1",
      paramLabel = "TO",
      description = "Stored snapshot version, or snapshot JSON file.")
  private String to;

  @Override
  public Integer call() {
    Optional<Path> fromFile = file(from);
    Optional<Path> toFile = file(to);
    SnapshotDiff diff;
    if (fromFile.isPresent() && toFile.isPresent()) {
      // two files need no server: a SurqlTest starts nothing until an operation needs it
      try (SurqlTest surql = SurqlTest.configure().load()) {
        diff = surql.compare(SnapshotFiles.read(fromFile.get()), SnapshotFiles.read(toFile.get()));
      }
    } else {
      try (SurqlTest surql = connection().configure(false).load()) {
        SnapshotStore store = surql.snapshots();
        SchemaSnapshot first =
            fromFile.map(SnapshotFiles::read).orElseGet(() -> load(store, from, surql));
        SchemaSnapshot second =
            toFile.map(SnapshotFiles::read).orElseGet(() -> load(store, to, surql));
        diff = surql.compare(first, second);
      }
    }
    out().print(diff.render());
    out().flush();
    return ExitCodes.OK;
  }

  /**
   * The argument as an existing file, or a path that looks like a JSON file (so a typo is reported
   * as a file).
   */
  private static Optional<Path> file(String argument) {
    try {
      Path path = Path.of(argument);
      if (Files.isRegularFile(path) || argument.endsWith(".json")) {
        return Optional.of(path);
      }
      return Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  private static SchemaSnapshot load(SnapshotStore store, String version, SurqlTest surql) {
    return store
        .load(version)
        .orElseThrow(
            () -> {
              List<String> versions = store.versions();
              return new SurqlException(
                  ErrorCode.SNAPSHOT_INVALID,
                  "No snapshot "
                      + version
                      + " in "
                      + SnapshotStore.TABLE
                      + " of "
                      + where(surql)
                      + " (stored: "
                      + (versions.isEmpty() ? "none" : String.join(", ", versions))
                      + ") and no file of that name. Take one with "
                      + "'surql migrate snapshot --version "
                      + version
                      + "', or pass the path of a snapshot JSON file.");
            });
  }
}

package dev.surql.cli;

import dev.surql.core.SurqlTest;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotFiles;
import dev.surql.core.snapshot.SnapshotStore;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code surql migrate snapshot [--version V] [--output FILE]}: captures the database's schema,
 * labelled with the latest applied version unless told otherwise, and stores it in {@code
 * _schema_snapshot} or writes it to a JSON file.
 *
 * <p>Here {@code --version} takes the snapshot's label (surql's vocabulary), so the command does
 * not mix in picocli's standard help options, whose {@code --version} would clash with it and drop
 * {@code --help} with it; it declares {@code -h, --help} and {@code -V} (the version of surql)
 * itself.
 */
@Command(
    name = "snapshot",
    versionProvider = SurqlCommand.Version.class,
    description = "Capture the schema and store it in _schema_snapshot (or write it to --output).",
    footer = "Here --version VERSION labels the snapshot; -V prints the version of surql.")
public final class SnapshotCommand extends MigrateSubcommand {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  private boolean help;

  @Option(names = "-V", versionHelp = true, description = "Print version information and exit.")
  private boolean versionHelp;

  @Option(
      names = "--version",
      paramLabel = "VERSION",
      description = "Label of the snapshot (default: the latest applied migration version).")
  private String version;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the snapshot to this JSON file instead.")
  private Path output;

  @Option(
      names = "--replace",
      description = "Overwrite a different snapshot already stored under the version.")
  private boolean replace;

  @Override
  public Integer call() {
    try (SurqlTest surql = connection().configure(false).load()) {
      List<AppliedMigration> applied = surql.applied();
      String label =
          version != null
              ? version
              : applied.isEmpty() ? null : applied.get(applied.size() - 1).version();
      if (label == null) {
        throw new CliException(
            ExitCodes.USAGE,
            "No migration is applied to "
                + where(surql)
                + ", so there is no current version to label the snapshot with: pass --version LABEL.");
      }
      SchemaSnapshot snapshot = surql.snapshot(label);
      String summary =
          snapshot.schema().tables().size()
              + " tables, "
              + applied.size()
              + " migrations applied, "
              + "checksum "
              + snapshot.checksum().substring(0, 12);
      if (output != null) {
        Path file = SnapshotFiles.write(snapshot, output);
        out()
            .println(
                "Snapshot "
                    + label
                    + " of "
                    + where(surql)
                    + " written to "
                    + file
                    + " ("
                    + summary
                    + ").");
        return ExitCodes.OK;
      }
      SnapshotStore store = surql.snapshots();
      SchemaSnapshot stored = replace ? store.replace(snapshot) : store.store(snapshot);
      out()
          .println(
              "Snapshot "
                  + label
                  + " of "
                  + where(surql)
                  + " stored in "
                  + SnapshotStore.TABLE
                  + (stored.createdAt().equals(snapshot.createdAt())
                      ? ""
                      : " (already there, unchanged)")
                  + " ("
                  + summary
                  + ").");
      return ExitCodes.OK;
    }
  }
}

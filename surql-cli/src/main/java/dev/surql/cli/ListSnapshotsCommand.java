package dev.surql.cli;

import dev.surql.core.SurqlTest;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code surql migrate list-snapshots [--format table|json]}: the snapshots stored in {@code
 * _schema_snapshot}, ordered by version, as a box table or JSON.
 */
@Command(
    name = "list-snapshots",
    mixinStandardHelpOptions = true,
    versionProvider = SurqlCommand.Version.class,
    description = "List the snapshots stored in _schema_snapshot.")
public final class ListSnapshotsCommand extends MigrateSubcommand {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table or json (default table).")
  private OutputFormat format;

  @Override
  public Integer call() {
    try (SurqlTest surql = connection().configure(false).load()) {
      List<SchemaSnapshot> snapshots = surql.snapshots().list();
      if (format == OutputFormat.JSON) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (SchemaSnapshot snapshot : snapshots) {
          Map<String, Object> item = new LinkedHashMap<>();
          item.put("version", snapshot.version());
          item.put("createdAt", snapshot.createdAt().toString());
          item.put("tables", snapshot.schema().tables().size());
          item.put("migrations", snapshot.migrationCount());
          item.put("serverVersion", snapshot.serverVersion());
          item.put("checksum", snapshot.checksum());
          items.add(item);
        }
        out().println(Json.write(items));
        return ExitCodes.OK;
      }
      if (snapshots.isEmpty()) {
        out()
            .println(
                "No snapshots stored in "
                    + SnapshotStore.TABLE
                    + " of "
                    + where(surql)
                    + ". Take one with: surql migrate snapshot");
        return ExitCodes.OK;
      }
      TextTable table = new TextTable("Version", "Created At", "Tables", "Migrations");
      for (SchemaSnapshot snapshot : snapshots) {
        table.row(
            snapshot.version(),
            Timestamps.format(snapshot.createdAt()),
            snapshot.schema().tables().size(),
            snapshot.migrationCount());
      }
      out().println("Schema Snapshots");
      out().print(table.boxed());
      return ExitCodes.OK;
    }
  }
}

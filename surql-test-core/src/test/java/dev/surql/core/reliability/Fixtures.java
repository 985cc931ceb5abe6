package dev.surql.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.client.StatementResult;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.migration.MigrationHistory;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import dev.surql.core.snapshot.Snapshots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Helpers shared by the reliability tests: writing migration files and reading back a database's
 * state.
 */
final class Fixtures {

  private Fixtures() {}

  /** Writes a UTF-8 migration file into {@code dir}. */
  static Path write(Path dir, String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every table of the client's database as {@code INFO FOR DB} lists it, surql-test's own
   * included.
   */
  static List<String> allTables(SurqlClient client) {
    JsonNode tables = JsonResults.tree(client.query("INFO FOR DB;").last()).path("tables");
    List<String> names = new ArrayList<>();
    tables.fieldNames().forEachRemaining(names::add);
    return List.copyOf(new TreeSet<>(names));
  }

  /** The tables of the schema as a snapshot sees it (without surql-test's own tables). */
  static List<String> schemaTables(SurqlClient client) {
    return List.copyOf(Snapshots.createSnapshot(client, "check", 0).schema().tables().keySet());
  }

  /** The versions in {@code _migration_history}, in order. */
  static List<String> history(SurqlClient client) {
    return new MigrationHistory(client).applied().stream().map(AppliedMigration::version).toList();
  }

  /** The raw number of rows of {@code _migration_history} (0 if the table does not exist). */
  static long historyRows(SurqlClient client) {
    if (!allTables(client).contains(MigrationHistory.TABLE)) {
      return 0;
    }
    JsonNode rows =
        client
            .query("SELECT count() FROM " + MigrationHistory.TABLE + " GROUP ALL;")
            .last()
            .as(JsonNode.class);
    return rows.isArray() && rows.size() > 0 ? rows.get(0).path("count").asLong() : 0;
  }

  /** Records in a table (0 if it does not exist). */
  static long count(SurqlClient client, String table) {
    StatementResult result =
        client
            .queryAllowingErrors(
                "SELECT count() FROM type::table($t) GROUP ALL;", java.util.Map.of("t", table))
            .last();
    if (!result.ok()) {
      return 0;
    }
    JsonNode rows = result.as(JsonNode.class);
    return rows.isArray() && rows.size() > 0 ? rows.get(0).path("count").asLong() : 0;
  }

  /**
   * The history/schema invariant of the reliability migration sets, where migration {@code N}
   * creates table {@code tN}: the tables {@code t*} are exactly the applied versions, the history
   * has no duplicate row, and the status is consistent.
   */
  static void assertHistoryAgreesWithSchema(SurqlClient client, MigrationSet migrations) {
    List<String> applied = history(client);
    List<String> versionTables =
        schemaTables(client).stream().filter(t -> t.matches("t\\d+")).toList();
    assertThat(versionTables)
        .as("tables t<N> of the schema must be exactly the applied versions %s", applied)
        .containsExactlyInAnyOrderElementsOf(applied.stream().map(v -> "t" + v).toList());
    assertThat(historyRows(client)).as("rows of _migration_history").isEqualTo(applied.size());
    assertThat(new Migrator(client, migrations).status().isConsistent())
        .as("status is consistent")
        .isTrue();
  }
}

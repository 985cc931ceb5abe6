package dev.surql.core.reliability;

import dev.surql.core.SurqlException;
import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.migration.ExecutedMigration;
import dev.surql.core.migration.MigrateResult;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.Migrator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * Run in a child JVM by {@link ConcurrentMigrationReliabilityTest}: migrates one database of a
 * running server, like a second deployment of the same application would.
 *
 * <p>Arguments: server URL, namespace, database, migration directory; the credentials come from the
 * environment ({@code SURQL_USER}, {@code SURQL_PASS}). Prints {@value #READY} once the migrations
 * are loaded and waits for a line on stdin, so that two children start migrating at the same
 * moment. Exits 0 after migrating ({@value #APPLIED} and the versions it applied), 2 after a {@link
 * SurqlException} ({@value #FAILED}, its code and message), 3 on anything else.
 */
public final class ConcurrentMigrateMain {
  static final String READY = "READY";
  static final String APPLIED = "APPLIED ";
  static final String FAILED = "FAILED ";

  private ConcurrentMigrateMain() {}

  public static void main(String[] args) throws Exception {
    ConnectionSettings settings =
        ConnectionSettings.of(
                URI.create(args[0]), System.getenv("SURQL_USER"), System.getenv("SURQL_PASS"))
            .withNamespace(args[1])
            .withDatabase(args[2]);
    Migrator migrator =
        new Migrator(SurqlClient.connect(settings), MigrationLoader.load(Path.of(args[3])));
    System.out.println(READY);
    System.out.flush();
    new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    int exit;
    try {
      MigrateResult result = migrator.migrate();
      System.out.println(
          APPLIED
              + result.applied().stream()
                  .map(ExecutedMigration::migration)
                  .map(m -> m.version())
                  .collect(Collectors.joining(",")));
      exit = 0;
    } catch (SurqlException e) {
      System.out.println(FAILED + e.code() + " " + e.getMessage());
      exit = 2;
    } catch (RuntimeException e) {
      e.printStackTrace(System.out);
      exit = 3;
    }
    System.out.flush();
    System.exit(exit);
  }
}

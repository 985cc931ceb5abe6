package dev.surql.maven;

import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;

/**
 * The SurrealDB that the goals under test reach with {@code <url>}, so that one goal sees what
 * another did (migrate, then status): one embedded engine for the test JVM, whose root password
 * {@link #PASSWORD} the goals only learn from the settings.xml {@code <server>} {@link #SERVER_ID}
 * (the command's default password is rejected). Each test works on a fresh namespace and database
 * of its own, removed by {@link #close()}, and records the goals' log and console.
 */
final class TestServer implements AutoCloseable {
  static final String SERVER_ID = "surql-test-server";
  static final String PASSWORD = "mojo-server-secret-never-logged";

  /** Three migrations on {@code person}: a table (unsafe down), a field (data_loss), an index. */
  static final String[] PEOPLE = {
    "20260101_090000_create_person.surql",
    """
    -- @description: People
    -- @rollback: unsafe

    -- @up
    DEFINE TABLE person SCHEMAFULL;
    DEFINE FIELD name ON person TYPE string;

    -- @down
    REMOVE TABLE person;
    """,
    "20260102_090000_person_bio.surql",
    """
    -- @description: A biography per person
    -- @rollback: data_loss

    -- @up
    DEFINE FIELD bio ON person TYPE option<string>;

    -- @down
    REMOVE FIELD bio ON person;
    """,
    "20260103_090000_person_name_index.surql",
    """
    -- @description: Look people up by name
    -- @rollback: safe

    -- @up
    DEFINE INDEX person_name ON person FIELDS name;

    -- @down
    REMOVE INDEX person_name ON person;
    """
  };

  final SurqlDatabase db;
  final RecordingLog log = new RecordingLog();
  final ByteArrayOutputStream console = new ByteArrayOutputStream();

  TestServer(String prefix) {
    db = SurqlDatabase.create(engine(), prefix);
  }

  /** The shared engine of the plugin's tests, started on first use. */
  static SurrealEngine engine() {
    return SurqlEngines.shared(
        EngineConfig.fromEnvironment().withKind(EngineKind.EMBEDDED).withPassword(PASSWORD));
  }

  /** The settings.xml with one {@code <server>}: the engine's root user and this password. */
  static Settings settings(String password) {
    Server server = new Server();
    server.setId(SERVER_ID);
    server.setUsername(engine().rootSettings().user());
    server.setPassword(password);
    Settings settings = new Settings();
    settings.addServer(server);
    return settings;
  }

  /** Writes migration files, name then content, into {@code directory}. */
  static Path migrations(Path directory, String... files) throws IOException {
    Files.createDirectories(directory);
    for (int i = 0; i < files.length; i += 2) {
      Files.writeString(directory.resolve(files[i]), files[i + 1]);
    }
    return directory;
  }

  /**
   * The goal configured for this test's database on the engine, with the migrations, the
   * credentials of the {@code <server>}, and this test's log and console.
   */
  <M extends AbstractSurqlMojo> M configure(M mojo, Path migrations) {
    mojo.setLog(log);
    mojo.migrations = migrations.toString();
    mojo.url = engine().rootSettings().url().toString();
    mojo.namespace = db.namespace();
    mojo.database = db.database();
    mojo.serverId = SERVER_ID;
    mojo.settings = settings(PASSWORD);
    mojo.runner = new CliRunner(log, new PrintStream(console, true, StandardCharsets.UTF_8));
    return mojo;
  }

  /** {@code namespace/database}, as the command names the database it works on. */
  String where() {
    return db.namespace() + "/" + db.database();
  }

  /** Everything the goals printed: the log, then the console. */
  String output() {
    return log.text() + "\n" + console.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    db.close();
  }
}

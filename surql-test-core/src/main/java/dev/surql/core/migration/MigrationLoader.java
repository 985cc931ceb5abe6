package dev.surql.core.migration;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.internal.migration.MigrationLocations;
import dev.surql.core.internal.migration.MigrationParser;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Objects;

/**
 * Finds and parses migrations in a directory, a classpath location (also inside jars) and Java
 * classes, and returns them as a {@link MigrationSet} ordered by version.
 *
 * <p>Two file layouts are understood. A <b>sectioned</b> file {@code
 * YYYYMMDD_HHMMSS_description.surql} has optional header directives ({@code -- @description:},
 * {@code -- @depends_on: v1, v2}, {@code -- @rollback: safe|data_loss|unsafe}, {@code --
 * @forward: safe|data_loss|unsafe}, {@code -- @transaction: none}, {@code -- @scope:
 * namespace|root}) and ordinary comments, then a {@code -- @up} line, the up statements, and optionally a {@code -- @down} line and the down statements. A
 * <b>paired</b> file {@code V_description.surql} (or {@code V_description.up.surql}) holds only up
 * statements and its sibling {@code V_description.down.surql} the down statements; its leading
 * comment lines may hold {@code -- @transaction:} and {@code -- @scope:}. Versions are {@code
 * YYYYMMDD_HHMMSS} timestamps or dotted numbers ({@code 1}, {@code 1.2}, optionally prefixed with
 * {@code V}).
 *
 * <p>Like Flyway, a directory or classpath location is scanned recursively: every {@code .surql}
 * file in it and its subdirectories is a migration. {@link ScanOptions} turns that off or narrows
 * it with include and exclude patterns.
 *
 * <p>An up that holds only comments is a no-op migration (a placeholder), loaded with a note. A
 * migration without a down section (no {@code -- @down} line, no down file) is irreversible; a down
 * section that holds only comments is a no-op down, which is judged like any down. Explicit {@code
 * BEGIN}/{@code COMMIT} statements are removed (each migration already runs in one transaction) and
 * noted in {@link MigrationSet#notes()}.
 *
 * <p>A migration may act only on the database it is applied to: {@code USE}, {@code DEFINE/REMOVE
 * NAMESPACE|DATABASE}, users and access methods {@code ON ROOT|NAMESPACE} and {@code ALTER
 * NAMESPACE|SYSTEM} are refused, wherever they appear in a statement (see {@code ScopeEscapes}),
 * unless the header opts in with {@code -- @scope: namespace} or {@code -- @scope: root}; {@code
 * USE} is refused always. A {@code -- @transaction: none} migration whose {@code LET} variable is
 * used by a later statement is refused, since each statement then runs on its own.
 *
 * <p>Everything wrong in a location is reported together in one {@link
 * MigrationValidationException}; a location that holds no migrations gives an empty set, a location
 * that does not exist is an error.
 */
public final class MigrationLoader {

  /** Prefix of classpath locations, e.g. {@code classpath:db/migrations}. */
  public static final String CLASSPATH_PREFIX = "classpath:";

  /** Optional prefix of directory locations, e.g. {@code filesystem:src/main/resources/db}. */
  public static final String FILESYSTEM_PREFIX = "filesystem:";

  private MigrationLoader() {}

  /**
   * Loads migrations from {@code classpath:<path>} (through the thread's context class loader) or
   * from a directory ({@code filesystem:<dir>} or a plain path).
   *
   * @throws MigrationValidationException listing every problem in the location
   * @throws SurqlException ({@link ErrorCode#MIGRATION_INVALID}) if the location does not exist
   */
  public static MigrationSet load(String location) {
    return load(location, defaultClassLoader());
  }

  /**
   * Like {@link #load(String)}, looking up {@code classpath:} locations with {@code classLoader}.
   */
  public static MigrationSet load(String location, ClassLoader classLoader) {
    return load(location, classLoader, List.of());
  }

  /**
   * Like {@link #load(String)}, reading only the files {@code scan} accepts (e.g. not recursively,
   * or without an {@code archive/} folder).
   */
  public static MigrationSet load(String location, ScanOptions scan) {
    return load(location, defaultClassLoader(), List.of(), scan);
  }

  /** Loads migration files from {@code location} together with Java migrations. */
  public static MigrationSet load(
      String location, ClassLoader classLoader, List<JavaMigration> javaMigrations) {
    return load(location, classLoader, javaMigrations, ScanOptions.defaults());
  }

  /**
   * Loads the migration files {@code scan} accepts from {@code location}, together with Java
   * migrations.
   */
  public static MigrationSet load(
      String location,
      ClassLoader classLoader,
      List<JavaMigration> javaMigrations,
      ScanOptions scan) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(classLoader, "classLoader");
    Objects.requireNonNull(scan, "scan");
    if (location.startsWith(CLASSPATH_PREFIX)) {
      return MigrationParser.build(
          location,
          MigrationLocations.scanned(MigrationLocations.classpath(location, classLoader), scan),
          javaMigrations);
    }
    String path =
        location.startsWith(FILESYSTEM_PREFIX)
            ? location.substring(FILESYSTEM_PREFIX.length())
            : location;
    return load(Paths.get(path), javaMigrations, scan);
  }

  /**
   * Loads the migration files in {@code directory} and its subdirectories.
   *
   * @throws MigrationValidationException listing every problem in the directory
   * @throws SurqlException ({@link ErrorCode#MIGRATION_INVALID}) if the directory does not exist
   */
  public static MigrationSet load(Path directory) {
    return load(directory, List.of());
  }

  /** Loads the migration files in {@code directory} that {@code scan} accepts. */
  public static MigrationSet load(Path directory, ScanOptions scan) {
    return load(directory, List.of(), scan);
  }

  /** Loads the migration files in {@code directory} together with Java migrations. */
  public static MigrationSet load(Path directory, List<JavaMigration> javaMigrations) {
    return load(directory, javaMigrations, ScanOptions.defaults());
  }

  /**
   * Loads the migration files in {@code directory} that {@code scan} accepts, together with Java
   * migrations.
   */
  public static MigrationSet load(
      Path directory, List<JavaMigration> javaMigrations, ScanOptions scan) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(scan, "scan");
    return MigrationParser.build(
        directory.toString(),
        MigrationLocations.scanned(MigrationLocations.directory(directory), scan),
        javaMigrations);
  }

  /**
   * Turns Java migrations into a set. Each one's statements are numbered as lines of its statements
   * joined with {@code \n}; its source is its class name.
   *
   * @throws MigrationValidationException listing every problem
   */
  public static MigrationSet fromJava(List<JavaMigration> javaMigrations) {
    return MigrationParser.build("java", List.of(), javaMigrations);
  }

  private static ClassLoader defaultClassLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : MigrationLoader.class.getClassLoader();
  }
}

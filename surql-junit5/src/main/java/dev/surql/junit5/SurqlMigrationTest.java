package dev.surql.junit5;

import dev.surql.core.engine.EngineKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs a test class against a real SurrealDB with its migrations applied: the migrations at {@link
 * #migrations()} are loaded and applied to a fresh database (per class or per method, see {@link
 * #isolation()}), recording a snapshot before and after every migration. Test and lifecycle methods
 * can declare parameters of type {@code SurqlClient}, {@code SurqlDatabase}, {@code MigrationSet},
 * {@code MigrationTimeline}, {@code SchemaSnapshot} and {@link SurqlMigrations}. A JSON and a
 * Markdown report per class are written to {@code surql-reports} in the build output directory
 * ({@code target/} under the project base directory; configuration parameter or system property
 * {@code surql.reports.dir} to change it).
 *
 * <p>The class runs on the SurrealDB release line named by {@link #surrealdb()}, or the one {@code
 * surql.version} names. To run it once per line of several ({@code surrealdb = {"2.6", "3.0"}}),
 * also annotate it with JUnit's {@code @ClassTemplate}: each run is then named {@code SurrealDB
 * 2.6}, {@code SurrealDB 3.0}, … and has its own engine, databases and report.
 *
 * <p>Under {@link Isolation#PER_CLASS} (the default) the test methods share one database, so they
 * never run concurrently: the class holds a JUnit resource lock of its own, and JUnit runs its
 * methods one after the other even with parallel execution configured (other classes still run in
 * parallel). Use {@link Isolation#PER_METHOD} for methods that may run concurrently.
 *
 * <p>Needs JUnit Jupiter 5.13 or newer (5.14 and 6.x work): the extension checks this when a class
 * starts and fails it with the version found otherwise.
 *
 * <p>Usable as a meta-annotation: annotate your own annotation with it to share a configuration.
 * Extend {@link SurqlMigrationChecks} to get the built-in checks without writing a test.
 *
 * <pre>{@code
 * @SurqlMigrationTest(migrations = "classpath:db/migrations")
 * class ShopMigrationsTest {
 *   @TestFactory
 *   Stream<DynamicTest> reversible(SurqlMigrations migrations) {
 *     return migrations.reversibilityTests();
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@ExtendWith(SurqlMigrationExtension.class)
@ResourceLock(providers = PerClassDatabaseLock.class)
public @interface SurqlMigrationTest {

  /**
   * Where the migrations are: {@code classpath:<path>} (resources, also inside jars) or a directory
   * ({@code filesystem:<dir>} or a plain path). A relative directory is resolved against the
   * project base directory: the setting {@code surql.basedir}, else the {@code basedir} system
   * property Maven Surefire sets, else the working directory. {@code ${name}} and {@code
   * ${name:-default}} are replaced by the JUnit configuration parameter, else the system property,
   * else the environment variable {@code name}, e.g. {@code migrations = "${migrations.dir}"}.
   * Subdirectories are scanned too unless {@link #recursive()} is false.
   */
  String migrations() default "classpath:db/migrations";

  /**
   * Whether subdirectories of {@link #migrations()} are scanned too (the default, as in Flyway);
   * false reads only the files directly in it.
   */
  boolean recursive() default true;

  /**
   * Glob patterns over the path relative to {@link #migrations()} a migration file must match one
   * of (all files if empty); a pattern without {@code /} matches any single name on the path, e.g.
   * {@code "2026*"}. See {@code dev.surql.core.migration.ScanOptions}.
   */
  String[] include() default {};

  /**
   * Glob patterns of files and folders to skip, e.g. {@code {"archive", "original/**"}}; a pattern
   * without {@code /} matches any single name on the path. See {@code
   * dev.surql.core.migration.ScanOptions}.
   */
  String[] exclude() default {};

  /**
   * Which engine to run on; {@link EngineKind#AUTO} follows {@code surql.engine} / {@code
   * SURQL_ENGINE}.
   */
  EngineKind engine() default EngineKind.AUTO;

  /**
   * The SurrealDB release lines to run on: {@code "3.0"}, {@code "2.6"}, {@code "2.4"}, {@code
   * "2.3"}, or several, e.g. {@code {"2.6", "3.0"}}, on a class also annotated with JUnit's
   * {@code @ClassTemplate}: the whole class then runs once per line, each on that line's engine
   * (one engine per line per JVM), with its own databases and its own report. Empty runs on the
   * line {@code surql.version} / {@code SURQL_VERSION} names (default 3.0). The embedded engine and
   * the container run the line; a BINARY or EXTERNAL server must report it.
   */
  String[] surrealdb() default {};

  /**
   * Engine capabilities to allow, added to {@code surql.capabilities}: {@code
   * "experimental:record_references"}, {@code "scripting"}, {@code "guests"}, {@code "net:HOST"}.
   * EMBEDDED, BINARY and CONTAINER engines take them; an EXTERNAL server keeps its own.
   */
  String[] capabilities() default {};

  /**
   * A release line to check an upgrade to, e.g. {@code "3.0"}: {@link SurqlMigrationChecks} then
   * adds one test per migration that applies the history on the class's line and on this one and
   * fails, with the file:line and the replacement, for a migration that breaks there ({@code
   * SurqlMigrations.upgradeTests()}). Empty (the default), or the class's own line, adds none.
   */
  String upgradeTo() default "";

  /** A fresh database per test class or per test method. */
  Isolation isolation() default Isolation.PER_CLASS;

  /** Apply migrations up to and including this version; empty applies all of them. */
  String target() default "";

  /** Record the timeline: a schema snapshot before and after every migration. */
  boolean snapshots() default true;
}

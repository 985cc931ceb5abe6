package dev.surql.junit5;

import dev.surql.core.engine.EngineKind;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a real SurrealDB with its migrations applied: the migrations at {@link
 * #migrations()} are loaded and applied to a fresh database (per class or per method, see {@link
 * #isolation()}), recording a snapshot before and after every migration. Test and lifecycle methods
 * can declare parameters of type {@code SurqlClient}, {@code SurqlDatabase}, {@code MigrationSet},
 * {@code MigrationTimeline}, {@code SchemaSnapshot} and {@link SurqlMigrations}. A JSON and a
 * Markdown report per class are written to {@code target/surql-reports} (system property or
 * configuration parameter {@code surql.reports.dir}).
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
public @interface SurqlMigrationTest {

  /**
   * Where the migrations are: {@code classpath:<path>} (resources, also inside jars) or a
   * directory ({@code filesystem:<dir>} or a plain path, relative to the working directory).
   */
  String migrations() default "classpath:db/migrations";

  /** Which engine to run on; {@link EngineKind#AUTO} follows {@code surql.engine} / {@code SURQL_ENGINE}. */
  EngineKind engine() default EngineKind.AUTO;

  /** A fresh database per test class or per test method. */
  Isolation isolation() default Isolation.PER_CLASS;

  /** Apply migrations up to and including this version; empty applies all of them. */
  String target() default "";

  /** Record the timeline: a schema snapshot before and after every migration. */
  boolean snapshots() default true;
}

package dev.surql.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * SurrealQL statements to run right before a migration version is applied, so that migrations,
 * downs and rollbacks meet real records and destroyed data is counted. Seeds run when {@link
 * SurqlMigrationTest} applies migrations and in every reversibility round trip ({@link
 * SurqlMigrations#verify()}); not when a test calls {@link SurqlMigrations#migrateTo(String)}.
 *
 * <pre>{@code
 * @SurqlSeed(before = "20260108_090000", statements = {"CREATE customer:1 SET name = 'Ada'"})
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@Repeatable(SurqlSeeds.class)
public @interface SurqlSeed {

  /** The version these statements must run before; it must be one of the migrations. */
  String before();

  /** The SurrealQL statements, run in order; a trailing semicolon is optional. */
  String[] statements();
}

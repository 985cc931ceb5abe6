package dev.surql.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static, parameterless method of a {@link SurqlMigrationTest} class that returns {@code
 * dev.surql.core.verify.SeedData}: seed data built in code, added to any {@link SurqlSeed}
 * annotations, and run right before the versions it names.
 *
 * <pre>{@code
 * @SurqlSeedData
 * static SeedData customers() {
 *   return SeedData.none().before("20260108_090000", "CREATE customer:1 SET name = 'Ada'");
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SurqlSeedData {}

package dev.surql.examples;

import dev.surql.junit5.SurqlMigrationChecks;
import dev.surql.junit5.SurqlMigrationTest;
import org.junit.jupiter.api.ClassTemplate;

/**
 * The built-in checks on the shop migrations, with zero code: every migration applies from empty,
 * is reversible, re-applies to the same checksum, is no riskier than its {@code @rollback}
 * declaration says, and the version graph has a single head. It all runs on SurrealDB 2.6 and on
 * 3.0, and the 2.6 run also checks that every migration applies on 3.0 as on 2.6.
 */
@ClassTemplate
@SurqlMigrationTest(
    migrations = "classpath:db/migrations",
    surrealdb = {"2.6", "3.0"},
    upgradeTo = "3.0")
class ShopMigrationsTest extends SurqlMigrationChecks {}

package dev.surql.examples;

import dev.surql.junit5.SurqlMigrationChecks;
import dev.surql.junit5.SurqlMigrationTest;

/**
 * The built-in checks on the shop migrations, with zero code: every migration applies from empty,
 * is reversible, re-applies to the same checksum, is no riskier than its {@code @rollback}
 * declaration says, and the version graph has a single head.
 */
@SurqlMigrationTest(migrations = "classpath:db/migrations")
class ShopMigrationsTest extends SurqlMigrationChecks {}

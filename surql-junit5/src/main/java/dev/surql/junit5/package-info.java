/**
 * JUnit 5 support for testing SurrealDB migrations: {@link dev.surql.junit5.SurqlMigrationTest}
 * applies a class's migrations to a fresh database on a shared real engine and injects clients,
 * snapshots and a {@link dev.surql.junit5.SurqlMigrations} runner; {@link
 * dev.surql.junit5.SurqlMigrationChecks} turns the built-in checks (reversibility, declared
 * rollback safety, checksum drift, single head) into tests without code.
 */
package dev.surql.junit5;

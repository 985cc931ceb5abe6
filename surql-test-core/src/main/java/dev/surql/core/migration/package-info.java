/**
 * Migrations and how they are applied: {@link dev.surql.core.migration.MigrationLoader} reads
 * {@code .surql} files and {@link dev.surql.core.migration.JavaMigration}s into a {@link
 * dev.surql.core.migration.MigrationSet} of {@link dev.surql.core.migration.Migration}s; {@link
 * dev.surql.core.migration.Migrator} applies them to a database, records them in its {@code
 * _migration_history} table, reports where the database stands ({@link
 * dev.surql.core.migration.MigrationStatus}) and rolls them back.
 */
package dev.surql.core.migration;

/** A whole {@code @SurqlMigrationTest} class against the same work through the core API. */
package dev.surql.bench.junit5;

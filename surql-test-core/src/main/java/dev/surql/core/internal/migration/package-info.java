/**
 * Migration mechanics: the {@code _migration_history} table, migration checksums, version ordering
 * and the dependency graph between versions. Internal: no compatibility promise; these types may
 * change or disappear in any release. Use {@code dev.surql.core.migration} instead.
 */
package dev.surql.core.internal.migration;

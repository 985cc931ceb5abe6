/**
 * Snapshot mechanics: the JSON codec of snapshots, schema checksums, the parser of the server's
 * {@code DEFINE} statements, and automatic snapshots around each migration. Internal: no
 * compatibility promise; these types may change or disappear in any release. Use {@code
 * dev.surql.core.snapshot} instead.
 */
package dev.surql.core.internal.snapshot;

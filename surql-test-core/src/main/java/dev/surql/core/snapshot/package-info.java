/**
 * Schema snapshots: {@link dev.surql.core.snapshot.Snapshots} reads a database's schema into a
 * {@link dev.surql.core.snapshot.SchemaSnapshot} (tables, fields, indexes, events and
 * database-level definitions, with a checksum) and compares two of them as a {@link
 * dev.surql.core.snapshot.SnapshotDiff}; {@link dev.surql.core.snapshot.SnapshotStore} and {@link
 * dev.surql.core.snapshot.SnapshotFiles} keep snapshots in the database or in files.
 */
package dev.surql.core.snapshot;

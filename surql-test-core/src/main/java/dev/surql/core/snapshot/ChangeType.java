package dev.surql.core.snapshot;

/** Whether a schema element was added, removed or modified between two snapshots. */
public enum ChangeType {
  ADDED,
  REMOVED,
  MODIFIED
}

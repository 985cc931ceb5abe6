package dev.surql.core.snapshot;

/** The kind of a table: {@code TYPE NORMAL}, {@code TYPE ANY} or {@code TYPE RELATION}. */
public enum TableKind {
  NORMAL,
  ANY,
  RELATION
}

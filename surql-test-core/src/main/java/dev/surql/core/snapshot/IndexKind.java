package dev.surql.core.snapshot;

/** The kind of an index, read from its definition. */
public enum IndexKind {
  /** A plain index on one or more columns. */
  STANDARD,
  /** {@code UNIQUE}. */
  UNIQUE,
  /** {@code FULLTEXT} / {@code SEARCH ANALYZER …}. */
  FULLTEXT,
  /** {@code HNSW} or {@code MTREE} vector index. */
  VECTOR,
  /** {@code COUNT}. */
  COUNT
}

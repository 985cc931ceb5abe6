package dev.surql.core.snapshot;

/** The kinds of schema element a {@link SnapshotDiff} reports on. */
public enum SchemaElement {
  TABLE,
  EDGE,
  FIELD,
  INDEX,
  EVENT,
  FUNCTION,
  PARAM,
  ANALYZER,
  ACCESS,
  SEQUENCE
}

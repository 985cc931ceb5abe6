package dev.surql.core.verify;

/** The outcome of one migration's reversibility round trip. */
public enum ReversibilityStatus {
  /** down restored the schema exactly and re-applying up gave the same schema. */
  REVERSIBLE,
  /** down did not restore the schema it started from. */
  NOT_REVERSIBLE,
  /** down restored the schema, but re-applying up gave a different schema than the first time. */
  REAPPLY_DIFFERS,
  /** The migration has no down section: declared irreversible, so not checked. */
  IRREVERSIBLE,
  /** A statement of up or down failed. */
  FAILED
}

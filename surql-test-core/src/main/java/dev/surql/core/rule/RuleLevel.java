package dev.surql.core.rule;

/**
 * How serious a finding of a {@link Rule} is by default, in the three levels that SARIF, GitHub
 * annotations and most CI systems share.
 */
public enum RuleLevel {
  /** Fails a check or a build unless the finding is declared or allowed. */
  ERROR,
  /** Worth a reviewer's attention; does not fail a build by itself. */
  WARNING,
  /** Information, e.g. a no-op migration. */
  NOTE
}

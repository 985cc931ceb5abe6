package dev.surql.core.rule;

import java.util.Objects;

/**
 * An {@code -- @allow: SQ101 reason} line in a migration: the author accepts findings of one rule
 * at the statement that follows the line, for the reason given. Rules about single statements
 * ({@code SQ1xx} for downs, {@code SQ4xx} for ups) match only at that statement; the others concern
 * the migration as a whole (its round trip, its declarations) and match wherever in the migration
 * the line is. An accepted finding stays in every report, marked allowed with the reason, and fails
 * no check; an allowance that matches no finding is itself a finding ({@link Rule#UNUSED_ALLOW}).
 *
 * @param rule the rule accepted
 * @param reason why, as the author wrote it (never blank)
 * @param location the {@code @allow} line itself
 * @param statementLine the line of the statement the allowance applies to (the first statement
 *     after it in the same file), or 0 when no statement follows: it then applies to findings about
 *     the whole migration only
 */
public record Allowance(Rule rule, String reason, SourceLocation location, int statementLine) {

  public Allowance {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(location, "location");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("an @allow needs a reason: " + location);
    }
    if (statementLine < 0) {
      throw new IllegalArgumentException("statementLine must be >= 0, but was " + statementLine);
    }
  }

  /**
   * Whether this allowance accepts {@code finding} of the same migration: same rule, and the
   * finding is at the statement after the {@code @allow} line, has no line, or is of a rule about
   * the migration as a whole.
   */
  public boolean accepts(Finding finding) {
    if (finding.rule() != rule) {
      return false;
    }
    if (!aboutStatements(rule)) {
      return true;
    }
    return finding
        .location()
        .map(l -> l.line() == 0 || l.line() == statementLine && sameFile(l.file()))
        .orElse(true);
  }

  /** Whether findings of {@code rule} are about one statement ({@code SQ1xx}, {@code SQ4xx}). */
  static boolean aboutStatements(Rule rule) {
    return rule.code().startsWith("SQ1") || rule.code().startsWith("SQ4");
  }

  private boolean sameFile(String file) {
    return file.equals(location.file());
  }

  /** {@code file:line: @allow SQ101 (reason)}. */
  @Override
  public String toString() {
    return location + ": @allow " + rule.code() + " (" + reason + ")";
  }
}

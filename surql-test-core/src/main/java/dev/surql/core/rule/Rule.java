package dev.surql.core.rule;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The catalogue of finding kinds, each with a stable code ({@code SQ101}) and a short name ({@code
 * remove-table}) that appear in every output: tables, JSON, Markdown, SARIF, JUnit XML, GitHub
 * annotations, AssertJ messages and exceptions. {@code docs/rules.md} documents every rule with
 * an example and the fix; a code, once released, never changes its meaning.
 *
 * <p>Ranges: {@code SQ1xx} what a down does to data (rollback safety), {@code SQ2xx}
 * reversibility, {@code SQ3xx} declarations and acknowledgements, {@code SQ4xx} what an up does
 * to existing data (forward safety), {@code SQ5xx} SurrealDB versions and upgrades, {@code SQ9xx}
 * load, parse and scope errors.
 */
public enum Rule {
  // ---- SQ1xx: rollback safety (what a down does to data) ----

  // ---- SQ2xx: reversibility ----

  // ---- SQ3xx: declarations and acknowledgements ----

  // ---- SQ4xx: forward safety (what an up does to existing data) ----

  // ---- SQ5xx: SurrealDB versions and upgrades ----

  // ---- SQ9xx: load, parse and scope errors ----
  ;

  private final String code;
  private final String shortName;
  private final RuleLevel level;
  private final String summary;

  Rule(String code, String shortName, RuleLevel level, String summary) {
    this.code = code;
    this.shortName = shortName;
    this.level = level;
    this.summary = summary;
  }

  /** The stable code, e.g. {@code SQ101}. */
  public String code() {
    return code;
  }

  /** The short kebab-case name, e.g. {@code remove-table}. */
  public String shortName() {
    return shortName;
  }

  /** The default level of a finding of this rule. */
  public RuleLevel level() {
    return level;
  }

  /** One sentence: what a finding of this rule means. */
  public String summary() {
    return summary;
  }

  /** {@code SQ101 remove-table}: how outputs name the rule. */
  public String label() {
    return code + " " + shortName;
  }

  /** The rule with this code or short name (case-insensitive), if any. */
  public static Optional<Rule> find(String codeOrName) {
    Objects.requireNonNull(codeOrName, "codeOrName");
    String key = codeOrName.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(r -> r.code.toLowerCase(Locale.ROOT).equals(key) || r.shortName.equals(key))
        .findFirst();
  }
}

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
  /** The up holds only comments: a placeholder, applied and recorded as a no-op migration. */
  NO_OP_UP("SQ210", "no-op-up", RuleLevel.NOTE,
      "The up holds only comments: a placeholder, applied and recorded as a no-op migration."),
  /** The up changed neither the schema nor any data of the database it ran in. */
  UP_CHANGED_NOTHING("SQ211", "up-changed-nothing", RuleLevel.WARNING,
      "The up changed neither the schema nor any data of the database it ran in."),
  /** The down section holds only comments: a no-op down, which restores the schema only where the up changed none. */
  NO_OP_DOWN("SQ212", "no-op-down", RuleLevel.NOTE,
      "The down section holds only comments: a no-op down, which restores the schema only where the up changed none."),

  // ---- SQ3xx: declarations and acknowledgements ----

  // ---- SQ4xx: forward safety (what an up does to existing data) ----

  // ---- SQ5xx: SurrealDB versions and upgrades ----

  // ---- SQ9xx: load, parse and scope errors ----
  /** USE switches the namespace or database, so the statements after it run outside the test database. */
  USE_STATEMENT("SQ910", "use-statement", RuleLevel.ERROR,
      "USE switches the namespace or database, so the statements after it run outside the test database."),
  /** DEFINE/REMOVE NAMESPACE or DATABASE acts on the namespace or the server, not on the migration's database. */
  NAMESPACE_OR_DATABASE("SQ911", "namespace-or-database", RuleLevel.ERROR,
      "DEFINE/REMOVE NAMESPACE or DATABASE acts on the namespace or the server, not on the migration's database."),
  /** A user or access method on the root or namespace level, or ALTER NAMESPACE/SYSTEM, acts outside the database. */
  OUTSIDE_DATABASE("SQ912", "outside-database", RuleLevel.ERROR,
      "A user or access method on the root or namespace level, or ALTER NAMESPACE/SYSTEM, acts outside the database."),
  /** The engine could not commit the migration as one transaction (a write conflict with itself). */
  TRANSACTION_CONFLICT("SQ913", "transaction-conflict", RuleLevel.ERROR,
      "The engine could not commit the migration as one transaction (a write conflict with itself)."),
  /** A migration run with -- @transaction: none stopped part way and is recorded as failed until repaired. */
  FAILED_MIGRATION("SQ914", "failed-migration", RuleLevel.ERROR,
      "A migration run with -- @transaction: none stopped part way and is recorded as failed until repaired."),
  /** A LET in a migration run statement by statement: its variable is gone before the next statement runs. */
  LET_WITHOUT_TRANSACTION("SQ915", "let-without-transaction", RuleLevel.ERROR,
      "A LET in a migration run statement by statement: its variable is gone before the next statement runs."),
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

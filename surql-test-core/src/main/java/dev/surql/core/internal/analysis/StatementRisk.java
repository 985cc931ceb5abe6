package dev.surql.core.internal.analysis;

import dev.surql.core.migration.Statement;
import dev.surql.core.rollback.RollbackSafety;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one statement of a down section would do to a database full of data, as found by {@link
 * StatementAnalyzer} without looking at any data.
 *
 * @param statement the statement analysed
 * @param kind what it does
 * @param tables the tables it acts on (usually one; several for {@code DELETE a, b}); empty if none
 *     or unknown
 * @param fields the fields concerned: the removed or defined field, the fields an {@code UPDATE …
 *     UNSET} clears, or an index's columns; empty if none
 * @param name the name of the removed or defined element for kinds that are not tables or fields
 *     (index, event, function, param, user, database, …)
 * @param condition the {@code WHERE} condition's text of a {@code DELETE} or {@code UPDATE}
 * @param safety the static safety
 * @param description what the statement would do, e.g. {@code Deletes all records of table user}
 * @param recommendation what to do before running it
 * @param understood false if the statement (or something inside it) could not be analysed; such a
 *     statement is never SAFE and a data-aware analysis never downgrades it
 */
public record StatementRisk(
    Statement statement,
    StatementKind kind,
    List<String> tables,
    List<String> fields,
    Optional<String> name,
    Optional<String> condition,
    RollbackSafety safety,
    String description,
    String recommendation,
    boolean understood) {

  public StatementRisk {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(kind, "kind");
    tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
    fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(safety, "safety");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(recommendation, "recommendation");
    if (!understood && safety == RollbackSafety.SAFE) {
      throw new IllegalArgumentException(
          "a statement that was not understood cannot be SAFE: " + statement.text());
    }
  }

  /** The first (usually only) table, if any. */
  public Optional<String> table() {
    return tables.isEmpty() ? Optional.empty() : Optional.of(tables.get(0));
  }

  /** The first (usually only) field, if any. */
  public Optional<String> field() {
    return fields.isEmpty() ? Optional.empty() : Optional.of(fields.get(0));
  }

  /** Whether running the statement can lose data (anything but SAFE). */
  public boolean isRisky() {
    return safety != RollbackSafety.SAFE;
  }
}

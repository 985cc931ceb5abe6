package dev.surql.core.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One way a redefined field accepts less than before, so that values already stored may no longer
 * be valid or writable. SurrealDB re-checks nothing when a field is redefined: a record whose value
 * no longer fits fails on its next write. A narrowing is the same thing in an up and in a down, and
 * both the rollback and the forward analysis use {@link #between}.
 *
 * @param clause the clause that narrows
 * @param description what changed, e.g. {@code changes its type from none | string to string}
 */
public record FieldNarrowing(Clause clause, String description) {

  /** The clauses of a field definition that can narrow it. */
  public enum Clause {
    /**
     * A type that no longer accepts every value the old one did ({@code option<>}/{@code none |}
     * removed included).
     */
    TYPE,
    /** {@code FLEXIBLE} removed: keys not defined as fields are refused. */
    FLEXIBLE,
    /** An {@code ASSERT} added or changed. */
    ASSERT,
    /** {@code READONLY} added: a write that changes the value fails. */
    READONLY,
    /** A {@code VALUE} added or changed: stored values are recomputed on the next write. */
    VALUE
  }

  public FieldNarrowing {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(description, "description");
  }

  /**
   * How {@code now} narrows {@code old}, clause by clause; empty when it accepts everything {@code
   * old} did.
   */
  public static List<FieldNarrowing> between(FieldDefinition old, FieldDefinition now) {
    Objects.requireNonNull(old, "old");
    Objects.requireNonNull(now, "now");
    List<FieldNarrowing> narrowings = new ArrayList<>();
    if (now.type().isPresent() && !TypeText.widens(old.type(), now.type().get())) {
      boolean optionRemoved = old.acceptsNone() && !now.acceptsNone();
      narrowings.add(
          new FieldNarrowing(
              Clause.TYPE,
              "changes its type from "
                  + old.type().orElse("any")
                  + " to "
                  + now.type().get()
                  + (optionRemoved ? " (records without a value no longer fit)" : "")));
    }
    if (old.flexible() && !now.flexible()) {
      narrowings.add(
          new FieldNarrowing(
              Clause.FLEXIBLE,
              "drops FLEXIBLE, so the keys its objects hold without a field definition of their own are "
                  + "removed (2.x) or refused (3.x)"));
    }
    if (now.assertion().isPresent()
        && !ExpressionText.same(old.assertion(), now.assertion().get())) {
      narrowings.add(
          new FieldNarrowing(
              Clause.ASSERT,
              old.assertion().isPresent()
                  ? "changes its ASSERT from "
                      + old.assertion().get()
                      + " to "
                      + now.assertion().get()
                  : "adds ASSERT " + now.assertion().get()));
    }
    if (now.readonly() && !old.readonly()) {
      narrowings.add(
          new FieldNarrowing(
              Clause.READONLY, "adds READONLY (a write that changes the value fails)"));
    }
    if (now.value().isPresent() && !ExpressionText.same(old.value(), now.value().get())) {
      narrowings.add(
          new FieldNarrowing(
              Clause.VALUE,
              (old.value().isPresent()
                      ? "changes its VALUE from " + old.value().get() + " to " + now.value().get()
                      : "adds VALUE " + now.value().get())
                  + " (stored values are recomputed on their next write)"));
    }
    return List.copyOf(narrowings);
  }
}

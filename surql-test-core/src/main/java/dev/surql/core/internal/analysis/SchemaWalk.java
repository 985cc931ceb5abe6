package dev.surql.core.internal.analysis;

import dev.surql.core.migration.Statement;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.TableKind;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Statements analysed one after the other on a working copy of the schema, with the schema readable
 * between them: before each statement the walk answers what exists (a table, a field and its {@link
 * FieldDefinition}, an index) as the statements before it leave it. The rollback analysis walks
 * downs this way; the forward analysis ({@code dev.surql.core.forward}) walks ups with the same
 * parser and schema model, so both directions judge a statement alike.
 *
 * <p>Not thread-safe: one walk belongs to one analysis.
 */
public final class SchemaWalk {
  private final AnalysisRun run;

  private SchemaWalk(Optional<DatabaseSchema> start) {
    this.run = new AnalysisRun(WorkingSchema.of(start));
  }

  /**
   * A walk from {@code start}; from an unknown schema when empty (then every answer is "unknown").
   */
  public static SchemaWalk from(Optional<DatabaseSchema> start) {
    return new SchemaWalk(Objects.requireNonNull(start, "start"));
  }

  /** Analyses the next statement against the schema as it is now, then applies it to the schema. */
  public StatementRisk next(Statement statement) {
    return run.analyze(Objects.requireNonNull(statement, "statement"));
  }

  /** Whether the walk knows the schema (it was started from one). */
  public boolean knowsSchema() {
    return run.model().known();
  }

  /** Whether the table exists now; empty when the schema is unknown. */
  public Optional<Boolean> hasTable(String table) {
    return knowsSchema() ? Optional.of(run.model().state(table).isPresent()) : Optional.empty();
  }

  /** Whether the table exists now and is {@code SCHEMAFULL}; empty when unknown. */
  public Optional<Boolean> schemafull(String table) {
    return knowsSchema()
        ? Optional.of(run.model().state(table).map(t -> t.schemafull).orElse(false))
        : Optional.empty();
  }

  /** The table's kind now, if it exists. */
  public Optional<TableKind> kind(String table) {
    return run.model().state(table).map(t -> t.kind);
  }

  /** The field's definition now, if the schema is known and the field exists. */
  public Optional<FieldDefinition> field(String table, String field) {
    return run.model().state(table).map(t -> t.field(field));
  }

  /** The names of the fields the table defines now (empty if the table or schema is unknown). */
  public Set<String> fields(String table) {
    return run.model()
        .state(table)
        .map(t -> (Set<String>) new TreeSet<>(t.fields.keySet()))
        .orElse(Set.of());
  }

  /** Whether the index exists now; empty when the schema is unknown. */
  public Optional<Boolean> hasIndex(String table, String index) {
    return knowsSchema()
        ? Optional.of(run.model().state(table).map(t -> t.indexes.contains(index)).orElse(false))
        : Optional.empty();
  }
}

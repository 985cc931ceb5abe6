package dev.surql.core.snapshot;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole schema of one database: its tables (relation tables included) and the database-level
 * definitions, each mapped from name to the server's canonical {@code DEFINE} statement. Does not
 * include surql-test's own tables ({@code _migration_history}, {@code _schema_snapshot}, …). Names
 * are the keys {@code INFO FOR DB} gives: a function as {@code greet} (not {@code fn::greet}), a
 * param as {@code max} (not {@code $max}). Capture one with {@code Snapshots.captureSchema}.
 *
 * <p>Built with {@link #builder()}; {@link #toBuilder()} copies one to change.
 */
public final class DatabaseSchema {
  private final SortedMap<String, TableSchema> tables;
  private final SortedMap<String, String> functions;
  private final SortedMap<String, String> params;
  private final SortedMap<String, String> analyzers;
  private final SortedMap<String, String> accesses;
  private final SortedMap<String, String> sequences;

  private DatabaseSchema(
      SortedMap<String, TableSchema> tables,
      SortedMap<String, String> functions,
      SortedMap<String, String> params,
      SortedMap<String, String> analyzers,
      SortedMap<String, String> accesses,
      SortedMap<String, String> sequences) {
    tables = sorted(tables, "tables");
    functions = sorted(functions, "functions");
    params = sorted(params, "params");
    analyzers = sorted(analyzers, "analyzers");
    accesses = sorted(accesses, "accesses");
    sequences = sorted(sequences, "sequences");
    this.tables = tables;
    this.functions = functions;
    this.params = params;
    this.analyzers = analyzers;
    this.accesses = accesses;
    this.sequences = sequences;
  }

  /** A builder of {@code DatabaseSchema}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this database schema's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.tables = tables;
    builder.functions = functions;
    builder.params = params;
    builder.analyzers = analyzers;
    builder.accesses = accesses;
    builder.sequences = sequences;
    return builder;
  }

  /** The tables, relation tables included, by name. */
  public SortedMap<String, TableSchema> tables() {
    return tables;
  }

  /** The functions' {@code DEFINE FUNCTION} statements, by name without {@code fn::}. */
  public SortedMap<String, String> functions() {
    return functions;
  }

  /** The params' {@code DEFINE PARAM} statements, by name without {@code $}. */
  public SortedMap<String, String> params() {
    return params;
  }

  /** The analyzers' {@code DEFINE ANALYZER} statements, by name. */
  public SortedMap<String, String> analyzers() {
    return analyzers;
  }

  /** The access methods' {@code DEFINE ACCESS} statements, by name. */
  public SortedMap<String, String> accesses() {
    return accesses;
  }

  /** The sequences' {@code DEFINE SEQUENCE} statements, by name. */
  public SortedMap<String, String> sequences() {
    return sequences;
  }

  /**
   * A read-only view of a map only the builder (which copies what it is given, and replaces rather
   * than changes its maps) or {@link #empty()} made: no second copy per schema.
   */
  private static <V> SortedMap<String, V> sorted(SortedMap<String, V> map, String name) {
    return Collections.unmodifiableSortedMap(Objects.requireNonNull(map, name));
  }

  /** A schema with nothing in it. */
  public static DatabaseSchema empty() {
    return new DatabaseSchema(
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>(),
        new TreeMap<>());
  }

  public Optional<TableSchema> table(String name) {
    return Optional.ofNullable(tables.get(name));
  }

  /** The relation tables, by name. */
  public SortedMap<String, TableSchema> edges() {
    TreeMap<String, TableSchema> edges = new TreeMap<>();
    tables.forEach(
        (name, table) -> {
          if (table.isRelation()) {
            edges.put(name, table);
          }
        });
    return Collections.unmodifiableSortedMap(edges);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof DatabaseSchema that
        && tables.equals(that.tables)
        && functions.equals(that.functions)
        && params.equals(that.params)
        && analyzers.equals(that.analyzers)
        && accesses.equals(that.accesses)
        && sequences.equals(that.sequences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tables, functions, params, analyzers, accesses, sequences);
  }

  @Override
  public String toString() {
    return "DatabaseSchema[tables="
        + tables
        + ", functions="
        + functions
        + ", params="
        + params
        + ", analyzers="
        + analyzers
        + ", accesses="
        + accesses
        + ", sequences="
        + sequences
        + "]";
  }

  /**
   * Collects the values of a {@link DatabaseSchema}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private SortedMap<String, TableSchema> tables = new TreeMap<>();
    private SortedMap<String, String> functions = new TreeMap<>();
    private SortedMap<String, String> params = new TreeMap<>();
    private SortedMap<String, String> analyzers = new TreeMap<>();
    private SortedMap<String, String> accesses = new TreeMap<>();
    private SortedMap<String, String> sequences = new TreeMap<>();

    private Builder() {}

    /** Sets {@link DatabaseSchema#tables()}: tables. */
    public Builder tables(Map<String, TableSchema> tables) {
      this.tables = new TreeMap<>(Objects.requireNonNull(tables, "tables"));
      return this;
    }

    /** Sets {@link DatabaseSchema#functions()}: functions. */
    public Builder functions(Map<String, String> functions) {
      this.functions = new TreeMap<>(Objects.requireNonNull(functions, "functions"));
      return this;
    }

    /** Sets {@link DatabaseSchema#params()}: params. */
    public Builder params(Map<String, String> params) {
      this.params = new TreeMap<>(Objects.requireNonNull(params, "params"));
      return this;
    }

    /** Sets {@link DatabaseSchema#analyzers()}: analyzers. */
    public Builder analyzers(Map<String, String> analyzers) {
      this.analyzers = new TreeMap<>(Objects.requireNonNull(analyzers, "analyzers"));
      return this;
    }

    /** Sets {@link DatabaseSchema#accesses()}: accesses. */
    public Builder accesses(Map<String, String> accesses) {
      this.accesses = new TreeMap<>(Objects.requireNonNull(accesses, "accesses"));
      return this;
    }

    /** Sets {@link DatabaseSchema#sequences()}: sequences. */
    public Builder sequences(Map<String, String> sequences) {
      this.sequences = new TreeMap<>(Objects.requireNonNull(sequences, "sequences"));
      return this;
    }

    /**
     * The database schema of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public DatabaseSchema build() {
      return new DatabaseSchema(tables, functions, params, analyzers, accesses, sequences);
    }
  }
}

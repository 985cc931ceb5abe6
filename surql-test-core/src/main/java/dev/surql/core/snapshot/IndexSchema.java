package dev.surql.core.snapshot;

import dev.surql.core.internal.Required;
import java.util.List;
import java.util.Objects;

/**
 * An index of a table.
 *
 * <p>Built with {@link #builder()}, which needs {@code name}, {@code kind} and {@code definition};
 * {@link #toBuilder()} copies one to change.
 */
public final class IndexSchema {
  private final String name;
  private final List<String> columns;
  private final IndexKind kind;
  private final String definition;

  private IndexSchema(String name, List<String> columns, IndexKind kind, String definition) {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(definition, "definition");
    this.name = name;
    this.columns = columns;
    this.kind = kind;
    this.definition = definition;
  }

  /** A builder of {@code IndexSchema}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this index schema's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.columns = columns;
    builder.kind = kind;
    builder.definition = definition;
    return builder;
  }

  /** The index name. */
  public String name() {
    return name;
  }

  /** The indexed fields, in order. */
  public List<String> columns() {
    return columns;
  }

  /** Unique, full-text, vector, count or standard. */
  public IndexKind kind() {
    return kind;
  }

  /** The server's canonical {@code DEFINE INDEX} statement. */
  public String definition() {
    return definition;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof IndexSchema that
        && name.equals(that.name)
        && columns.equals(that.columns)
        && kind.equals(that.kind)
        && definition.equals(that.definition);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, columns, kind, definition);
  }

  @Override
  public String toString() {
    return "IndexSchema[name="
        + name
        + ", columns="
        + columns
        + ", kind="
        + kind
        + ", definition="
        + definition
        + "]";
  }

  /**
   * Collects the values of a {@link IndexSchema}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private String name;
    private List<String> columns = List.of();
    private IndexKind kind;
    private String definition;

    private Builder() {}

    /** Sets {@link IndexSchema#name()}: the index name. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets {@link IndexSchema#columns()}: the indexed fields, in order. */
    public Builder columns(List<String> columns) {
      this.columns = Objects.requireNonNull(columns, "columns");
      return this;
    }

    /** Sets {@link IndexSchema#kind()}: unique, full-text, vector, count or standard. */
    public Builder kind(IndexKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets {@link IndexSchema#definition()}: the server's canonical {@code DEFINE INDEX} statement.
     */
    public Builder definition(String definition) {
      this.definition = Objects.requireNonNull(definition, "definition");
      return this;
    }

    /**
     * The index schema of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public IndexSchema build() {
      Required.set(name, "IndexSchema", "name");
      Required.set(kind, "IndexSchema", "kind");
      Required.set(definition, "IndexSchema", "definition");
      return new IndexSchema(name, columns, kind, definition);
    }
  }
}

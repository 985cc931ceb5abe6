package dev.surql.core.snapshot;

import dev.surql.core.internal.Required;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A table with everything defined on it. Maps are sorted by name.
 *
 * <p>Built with {@link #builder()}, which needs {@code name}, {@code kind} and {@code definition};
 * {@link #toBuilder()} copies one to change.
 */
public final class TableSchema {
  private final String name;
  private final TableKind kind;
  private final boolean schemafull;
  private final Optional<RelationSchema> relation;
  private final String definition;
  private final SortedMap<String, FieldSchema> fields;
  private final SortedMap<String, IndexSchema> indexes;
  private final SortedMap<String, EventSchema> events;

  private TableSchema(
      String name,
      TableKind kind,
      boolean schemafull,
      Optional<RelationSchema> relation,
      String definition,
      SortedMap<String, FieldSchema> fields,
      SortedMap<String, IndexSchema> indexes,
      SortedMap<String, EventSchema> events) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(definition, "definition");
    fields =
        Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(fields, "fields")));
    indexes =
        Collections.unmodifiableSortedMap(
            new TreeMap<>(Objects.requireNonNull(indexes, "indexes")));
    events =
        Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(events, "events")));
    this.name = name;
    this.kind = kind;
    this.schemafull = schemafull;
    this.relation = relation;
    this.definition = definition;
    this.fields = fields;
    this.indexes = indexes;
    this.events = events;
  }

  /** A builder of {@code TableSchema}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this table schema's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.kind = kind;
    builder.schemafull = schemafull;
    builder.relation = relation;
    builder.definition = definition;
    builder.fields = fields;
    builder.indexes = indexes;
    builder.events = events;
    return builder;
  }

  /** The table name. */
  public String name() {
    return name;
  }

  /** NORMAL, ANY or RELATION. */
  public TableKind kind() {
    return kind;
  }

  /** Whether it is {@code SCHEMAFULL}. */
  public boolean schemafull() {
    return schemafull;
  }

  /** The IN/OUT tables, for a relation table. */
  public Optional<RelationSchema> relation() {
    return relation;
  }

  /** The server's canonical {@code DEFINE TABLE} statement. */
  public String definition() {
    return definition;
  }

  /** Fields by path. */
  public SortedMap<String, FieldSchema> fields() {
    return fields;
  }

  /** Indexes by name. */
  public SortedMap<String, IndexSchema> indexes() {
    return indexes;
  }

  /** Events by name. */
  public SortedMap<String, EventSchema> events() {
    return events;
  }

  public boolean isRelation() {
    return kind == TableKind.RELATION;
  }

  /**
   * The field at {@code path}. An array element may be named either way, {@code tags.*} (3.x) or
   * {@code tags[*]} (2.x): the other spelling is tried when the one given is not defined.
   */
  public Optional<FieldSchema> field(String path) {
    FieldSchema field = fields.get(path);
    if (field == null && path.contains(".*")) {
      field = fields.get(path.replace(".*", "[*]"));
    } else if (field == null && path.contains("[*]")) {
      field = fields.get(path.replace("[*]", ".*"));
    }
    return Optional.ofNullable(field);
  }

  public Optional<IndexSchema> index(String name) {
    return Optional.ofNullable(indexes.get(name));
  }

  public Optional<EventSchema> event(String name) {
    return Optional.ofNullable(events.get(name));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof TableSchema that
        && name.equals(that.name)
        && kind.equals(that.kind)
        && schemafull == that.schemafull
        && relation.equals(that.relation)
        && definition.equals(that.definition)
        && fields.equals(that.fields)
        && indexes.equals(that.indexes)
        && events.equals(that.events);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, schemafull, relation, definition, fields, indexes, events);
  }

  @Override
  public String toString() {
    return "TableSchema[name="
        + name
        + ", kind="
        + kind
        + ", schemafull="
        + schemafull
        + ", relation="
        + relation
        + ", definition="
        + definition
        + ", fields="
        + fields
        + ", indexes="
        + indexes
        + ", events="
        + events
        + "]";
  }

  /**
   * Collects the values of a {@link TableSchema}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private String name;
    private TableKind kind;
    private boolean schemafull;
    private Optional<RelationSchema> relation = Optional.empty();
    private String definition;
    private SortedMap<String, FieldSchema> fields = new TreeMap<>();
    private SortedMap<String, IndexSchema> indexes = new TreeMap<>();
    private SortedMap<String, EventSchema> events = new TreeMap<>();

    private Builder() {}

    /** Sets {@link TableSchema#name()}: the table name. */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Sets {@link TableSchema#kind()}: NORMAL, ANY or RELATION. */
    public Builder kind(TableKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /** Sets {@link TableSchema#schemafull()}: whether it is {@code SCHEMAFULL}. */
    public Builder schemafull(boolean schemafull) {
      this.schemafull = schemafull;
      return this;
    }

    /** Sets {@link TableSchema#relation()}: the IN/OUT tables, for a relation table. */
    public Builder relation(Optional<RelationSchema> relation) {
      this.relation = Objects.requireNonNull(relation, "relation");
      return this;
    }

    /** Sets {@link TableSchema#relation()} to {@code relation}. */
    public Builder relation(RelationSchema relation) {
      this.relation = Optional.of(Objects.requireNonNull(relation, "relation"));
      return this;
    }

    /**
     * Sets {@link TableSchema#definition()}: the server's canonical {@code DEFINE TABLE} statement.
     */
    public Builder definition(String definition) {
      this.definition = Objects.requireNonNull(definition, "definition");
      return this;
    }

    /** Sets {@link TableSchema#fields()}: fields by path. */
    public Builder fields(Map<String, FieldSchema> fields) {
      this.fields = new TreeMap<>(Objects.requireNonNull(fields, "fields"));
      return this;
    }

    /** Sets {@link TableSchema#indexes()}: indexes by name. */
    public Builder indexes(Map<String, IndexSchema> indexes) {
      this.indexes = new TreeMap<>(Objects.requireNonNull(indexes, "indexes"));
      return this;
    }

    /** Sets {@link TableSchema#events()}: events by name. */
    public Builder events(Map<String, EventSchema> events) {
      this.events = new TreeMap<>(Objects.requireNonNull(events, "events"));
      return this;
    }

    /**
     * The table schema of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public TableSchema build() {
      Required.set(name, "TableSchema", "name");
      Required.set(kind, "TableSchema", "kind");
      Required.set(definition, "TableSchema", "definition");
      return new TableSchema(name, kind, schemafull, relation, definition, fields, indexes, events);
    }
  }
}

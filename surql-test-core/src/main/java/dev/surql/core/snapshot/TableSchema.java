package dev.surql.core.snapshot;

import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A table with everything defined on it. Maps are sorted by name.
 *
 * @param name the table name
 * @param kind NORMAL, ANY or RELATION
 * @param schemafull whether it is {@code SCHEMAFULL}
 * @param relation the IN/OUT tables, for a relation table
 * @param definition the server's canonical {@code DEFINE TABLE} statement
 * @param fields fields by path
 * @param indexes indexes by name
 * @param events events by name
 */
public record TableSchema(
    String name,
    TableKind kind,
    boolean schemafull,
    Optional<RelationSchema> relation,
    String definition,
    SortedMap<String, FieldSchema> fields,
    SortedMap<String, IndexSchema> indexes,
    SortedMap<String, EventSchema> events) {

  public TableSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(definition, "definition");
    fields = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(fields, "fields")));
    indexes = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(indexes, "indexes")));
    events = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(events, "events")));
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
}

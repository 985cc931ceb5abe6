package dev.surql.core.snapshot;

import java.util.List;
import java.util.Objects;

/**
 * An index of a table.
 *
 * @param name the index name
 * @param columns the indexed fields, in order
 * @param kind unique, full-text, vector, count or standard
 * @param definition the server's canonical {@code DEFINE INDEX} statement
 */
public record IndexSchema(String name, List<String> columns, IndexKind kind, String definition) {
  public IndexSchema {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(definition, "definition");
  }
}

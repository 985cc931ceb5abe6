package dev.surql.core.snapshot;

import java.util.Objects;
import java.util.Optional;

/**
 * One difference between two snapshots.
 *
 * @param type added, removed or modified
 * @param element what kind of element
 * @param name its name: {@code user} for a table, {@code user.email} for a field, {@code
 *     user.email_idx} for an index, {@code user.on_create} for an event, {@code fn::greet} for a
 *     function, {@code $max} for a param, the plain name for an analyzer, access or sequence
 * @param before its definition in the first snapshot (absent if added)
 * @param after its definition in the second snapshot (absent if removed)
 */
public record SchemaChange(
    ChangeType type, SchemaElement element, String name, Optional<String> before, Optional<String> after) {

  public SchemaChange {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  @Override
  public String toString() {
    String sign = switch (type) {
      case ADDED -> "+";
      case REMOVED -> "-";
      case MODIFIED -> "~";
    };
    return sign + " " + element.name().toLowerCase() + " " + name;
  }
}

package dev.surql.core.snapshot;

import dev.surql.core.internal.snapshot.DefinitionParser;

import java.util.Objects;
import java.util.Optional;

/**
 * A field of a table as the server defines it. Nested fields are named with dots ({@code
 * address.city}); array elements as the server names them ({@code tags.*} on 3.x, {@code tags[*]} on 2.x).
 *
 * @param name the field path
 * @param type the {@code TYPE}, if any, e.g. {@code string} or {@code none | string}
 * @param readonly whether it is {@code READONLY}
 * @param defaultValue the {@code DEFAULT} expression, if any
 * @param assertion the {@code ASSERT} expression, if any
 * @param value the {@code VALUE} expression, if any
 * @param definition the server's canonical {@code DEFINE FIELD} statement
 */
public record FieldSchema(
    String name,
    Optional<String> type,
    boolean readonly,
    Optional<String> defaultValue,
    Optional<String> assertion,
    Optional<String> value,
    String definition) {

  public FieldSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(defaultValue, "defaultValue");
    Objects.requireNonNull(assertion, "assertion");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(definition, "definition");
  }

  /** Whether the default is {@code DEFAULT ALWAYS} (applied on every write, not only on create). */
  public boolean defaultAlways() {
    return defaultValue.isPresent() && DefinitionParser.defaultAlways(definition);
  }
}

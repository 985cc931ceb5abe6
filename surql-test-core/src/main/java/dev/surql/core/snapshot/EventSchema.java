package dev.surql.core.snapshot;

import java.util.Objects;

/** An event of a table, with the server's canonical {@code DEFINE EVENT} statement. */
public record EventSchema(String name, String definition) {
  public EventSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(definition, "definition");
  }
}

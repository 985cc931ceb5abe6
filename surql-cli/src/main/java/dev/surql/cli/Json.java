package dev.surql.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.surql.core.internal.json.SurqlJson;

/** Pretty-printed JSON for {@code --format json} output. */
final class Json {

  private Json() {}

  /** The value (maps, lists, strings, numbers, booleans) as indented JSON. */
  static String write(Object value) {
    try {
      return SurqlJson.pretty().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON output: " + e.getMessage(), e);
    }
  }
}

package dev.surql.core.internal.analysis;

import dev.surql.core.internal.sql.SurqlIdentifiers;
import dev.surql.core.snapshot.TableKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A table as the statements analysed so far leave it. */
final class TableState {
  TableKind kind;
  boolean schemafull;
  boolean view;
  final Map<String, FieldDefinition> fields = new HashMap<>();
  final Set<String> indexes = new TreeSet<>();

  /** The definition of {@code field}, if the table holds it under one of its spellings. */
  FieldDefinition field(String field) {
    return fields.get(fieldKey(field));
  }

  /**
   * The key under which this table holds {@code field}: the name as written if known, else a
   * spelling the server would print for it ({@code [*]} or {@code .*}, escaped segments); the name as
   * written if none is held.
   */
  String fieldKey(String field) {
    for (String candidate : fieldCandidates(field)) {
      if (fields.containsKey(candidate)) {
        return candidate;
      }
    }
    return field;
  }

  /** The names a field may have in a schema: as written, with escaped segments, with {@code [*]}/{@code .*}. */
  private static List<String> fieldCandidates(String field) {
    List<String> candidates = new ArrayList<>();
    candidates.add(field);
    candidates.add(field.replace("[*]", ".*"));
    candidates.add(field.replace(".*", "[*]"));
    StringBuilder escaped = new StringBuilder();
    for (String segment : field.replace("[*]", ".*").split("\\.", -1)) {
      if (escaped.length() > 0) {
        escaped.append('.');
      }
      escaped.append(segment.equals("*") || segment.isEmpty() ? segment : SurqlIdentifiers.escapeIfNeeded(segment));
    }
    candidates.add(escaped.toString());
    return candidates;
  }
}

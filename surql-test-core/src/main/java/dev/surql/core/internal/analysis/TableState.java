package dev.surql.core.internal.analysis;

import dev.surql.core.internal.snapshot.SchemaMemo;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import dev.surql.core.internal.sql.SurqlLexer;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.TableKind;
import dev.surql.core.snapshot.TableSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A table as the statements analysed so far leave it: its kind, schema mode, whether it is a view,
 * its field definitions by name and its index names. Mutable; a {@link WorkingSchema} changes only
 * the states it owns.
 */
final class TableState {

  /** The states of captured tables, shared by every model that starts from them: never changed. */
  private static final SchemaMemo<TableSchema, TableState> CAPTURED =
      SchemaMemo.of(4096, TableState::read);

  TableKind kind;
  boolean schemafull;
  boolean view;
  final Map<String, FieldDefinition> fields = new HashMap<>();
  final Set<String> indexes = new TreeSet<>();

  /**
   * The state of a captured table; shared, so a caller that changes it must {@link #copy} it first.
   */
  static TableState of(TableSchema table) {
    return CAPTURED.get(table);
  }

  private static TableState read(TableSchema table) {
    TableState state = new TableState();
    state.kind = table.kind();
    state.schemafull = table.schemafull();
    state.view = isView(table.definition());
    for (FieldSchema field : table.fields().values()) {
      state.fields.put(field.name(), FieldDefinition.of(field));
    }
    state.indexes.addAll(table.indexes().keySet());
    return state;
  }

  private static boolean isView(String definition) {
    try {
      List<Token> tokens =
          SurqlLexer.tokenize(definition, "<definition>").stream()
              .filter(Token::isSignificant)
              .toList();
      return StatementTokens.containsTopLevel(tokens, "AS");
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A state equal to this one that shares nothing with it. */
  TableState copy() {
    TableState copy = new TableState();
    copy.kind = kind;
    copy.schemafull = schemafull;
    copy.view = view;
    copy.fields.putAll(fields);
    copy.indexes.addAll(indexes);
    return copy;
  }

  /** The definition of {@code field}, if the table holds it under one of its spellings. */
  FieldDefinition field(String field) {
    return fields.get(fieldKey(field));
  }

  /**
   * The key under which this table holds {@code field}: the name as written if known, else a
   * spelling the server would print for it ({@code [*]} or {@code .*}, escaped segments); the name
   * as written if none is held.
   */
  String fieldKey(String field) {
    for (String candidate : fieldCandidates(field)) {
      if (fields.containsKey(candidate)) {
        return candidate;
      }
    }
    return field;
  }

  /**
   * The names a field may have in a schema: as written, with escaped segments, with {@code
   * [*]}/{@code .*}.
   */
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
      escaped.append(
          segment.equals("*") || segment.isEmpty()
              ? segment
              : SurqlIdentifiers.escapeIfNeeded(segment));
    }
    candidates.add(escaped.toString());
    return candidates;
  }
}

package dev.surql.core.internal.analysis;

import static dev.surql.core.internal.analysis.StatementTokens.containsTopLevel;
import static dev.surql.core.internal.analysis.StatementTokens.tableKind;

import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.migration.Statement;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.TableKind;
import dev.surql.core.snapshot.TableSchema;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema as the statements analysed so far leave it: per table its kind, schema mode, whether
 * it is a view, its field definitions and its index names. Started from a captured {@link
 * DatabaseSchema}, or unknown (then every question about it is answered {@link Presence#UNKNOWN}).
 */
final class WorkingSchema {

  /** Whether an element exists in the schema. */
  enum Presence {
    PRESENT,
    ABSENT,
    UNKNOWN
  }

  /** The tables by name; {@code null} when the schema is unknown. */
  private final Map<String, TableState> tables;

  /**
   * The tables whose state belongs to this model alone. The others are shared (with the memo of
   * {@link TableState#of}, or with a copy of this model) and are copied before their first change,
   * so that building a model of a large schema before every migration costs a map entry per table.
   */
  private final Set<String> owned = new HashSet<>();

  private WorkingSchema(Map<String, TableState> tables) {
    this.tables = tables;
  }

  static WorkingSchema of(Optional<DatabaseSchema> schema) {
    if (schema.isEmpty()) {
      return new WorkingSchema(null);
    }
    Map<String, TableState> tables = new HashMap<>();
    for (TableSchema table : schema.get().tables().values()) {
      tables.put(table.name(), TableState.of(table));
    }
    return new WorkingSchema(tables);
  }

  /** A model that starts where this one is now; changes to either do not show in the other. */
  WorkingSchema copy() {
    if (tables == null) {
      return new WorkingSchema(null);
    }
    owned.clear();
    return new WorkingSchema(new HashMap<>(tables));
  }

  /** Whether the schema is known (an analysis without a current schema knows nothing about it). */
  boolean known() {
    return tables != null;
  }

  /** The table's state, if the schema is known and has it. */
  Optional<TableState> state(String table) {
    return tables == null ? Optional.empty() : Optional.ofNullable(tables.get(table));
  }

  Presence table(String table) {
    if (tables == null) {
      return Presence.UNKNOWN;
    }
    return tables.containsKey(table) ? Presence.PRESENT : Presence.ABSENT;
  }

  Presence field(String table, String field) {
    if (tables == null) {
      return Presence.UNKNOWN;
    }
    TableState state = tables.get(table);
    if (state == null) {
      return Presence.ABSENT;
    }
    return state.fields.containsKey(state.fieldKey(field)) ? Presence.PRESENT : Presence.ABSENT;
  }

  Presence index(String table, String index) {
    if (tables == null) {
      return Presence.UNKNOWN;
    }
    TableState state = tables.get(table);
    return state != null && state.indexes.contains(index) ? Presence.PRESENT : Presence.ABSENT;
  }

  /** Records what the statement does to the schema, for the statements after it. */
  void apply(StatementRisk risk, Statement statement) {
    if (tables == null || risk.tables().isEmpty()) {
      return;
    }
    String table = risk.tables().get(0);
    List<Token> tokens = Statements.significantTokens(statement);
    boolean overwrite = tokens.size() > 2 && tokens.get(2).isWord("OVERWRITE");
    TokenCursor cursor = new TokenCursor(statement, tokens, Math.min(2, tokens.size()));
    cursor.mode();
    switch (risk.kind()) {
      case REMOVE_TABLE -> {
        tables.remove(table);
        owned.remove(table);
      }
      case REMOVE_FIELD -> {
        TableState state = writable(table);
        if (state != null) {
          state.fields.remove(state.fieldKey(risk.fields().get(0)));
        }
      }
      case REMOVE_INDEX -> {
        TableState state = writable(table);
        if (state != null) {
          risk.name().ifPresent(state.indexes::remove);
        }
      }
      case DEFINE_TABLE, DEFINE_VIEW -> {
        if (!tables.containsKey(table) || overwrite) {
          TableState state = writableOrNew(table, new TableState());
          cursor.identifier();
          List<Token> rest = cursor.remaining();
          state.kind = tableKind(rest);
          state.schemafull = containsTopLevel(rest, "SCHEMAFULL");
          state.view = risk.kind() == StatementKind.DEFINE_VIEW;
        }
      }
      case DEFINE_FIELD -> {
        TableState state = writableOrNew(table, implicitTable());
        String key = state.fieldKey(risk.fields().get(0));
        if (!state.fields.containsKey(key) || overwrite) {
          cursor.path();
          cursor.onTable();
          state.fields.put(key, FieldDefinition.fromClauses(statement, cursor.remaining()));
        }
      }
      case DEFINE_INDEX -> {
        TableState state = writableOrNew(table, implicitTable());
        risk.name().ifPresent(state.indexes::add);
      }
      case WRITE, UPDATE ->
          risk.tables()
              .forEach(
                  t -> {
                    if (!tables.containsKey(t)) {
                      writableOrNew(t, implicitTable());
                    }
                  });
      default -> {}
    }
  }

  /** The table's state, made this model's own first; {@code null} if the table does not exist. */
  private TableState writable(String table) {
    TableState state = tables.get(table);
    if (state != null && owned.add(table)) {
      state = state.copy();
      tables.put(table, state);
    }
    return state;
  }

  /**
   * The table's state, made this model's own first; {@code created} (now this model's) if it does
   * not exist.
   */
  private TableState writableOrNew(String table, TableState created) {
    TableState state = writable(table);
    if (state == null) {
      tables.put(table, created);
      owned.add(table);
      return created;
    }
    return state;
  }

  /** A table that a write creates implicitly: {@code TYPE ANY SCHEMALESS}. */
  private static TableState implicitTable() {
    TableState state = new TableState();
    state.kind = TableKind.ANY;
    return state;
  }
}

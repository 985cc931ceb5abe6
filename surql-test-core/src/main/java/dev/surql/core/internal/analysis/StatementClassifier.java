package dev.surql.core.internal.analysis;

import static dev.surql.core.internal.analysis.StatementTokens.clauses;
import static dev.surql.core.internal.analysis.StatementTokens.containsTopLevel;
import static dev.surql.core.internal.analysis.StatementTokens.isIdentifier;
import static dev.surql.core.internal.analysis.StatementTokens.pathOf;
import static dev.surql.core.internal.analysis.StatementTokens.splitTopLevel;
import static dev.surql.core.internal.analysis.StatementTokens.tableKind;
import static dev.surql.core.internal.analysis.StatementTokens.until;

import dev.surql.core.internal.analysis.TokenCursor.Mode;
import dev.surql.core.internal.analysis.TokenCursor.Targets;
import dev.surql.core.internal.analysis.WorkingSchema.Presence;
import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import dev.surql.core.internal.sql.TopLevelWords;
import dev.surql.core.internal.text.Abbreviation;
import dev.surql.core.migration.Statement;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.TableKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Says what one statement, on its own, would do to a database full of data: its {@link
 * StatementKind}, the tables, fields and name it targets, and its {@link RollbackSafety} with a
 * description and a recommendation. Definitions are compared with the {@link WorkingSchema} as the
 * statements before leave it; statements nested in blocks are not looked at here (see {@link
 * AnalysisRun}). The rules are those documented on {@link StatementAnalyzer}.
 */
final class StatementClassifier {

  private static final Set<String> INDEX_CLAUSES =
      Set.of(
          "FIELDS",
          "COLUMNS",
          "UNIQUE",
          "SEARCH",
          "FULLTEXT",
          "MTREE",
          "HNSW",
          "COUNT",
          "COMMENT",
          "CONCURRENTLY",
          "DEFER");

  private final WorkingSchema model;

  StatementClassifier(WorkingSchema model) {
    this.model = model;
  }

  StatementRisk classify(Statement statement) {
    List<Token> tokens = Statements.significantTokens(statement);
    if (tokens.isEmpty() || tokens.get(0).type() != TokenType.WORD) {
      return unknown(statement, "it does not start with a statement keyword");
    }
    String keyword = tokens.get(0).text().toUpperCase(Locale.ROOT);
    TokenCursor c = new TokenCursor(statement, tokens, 1);
    return switch (keyword) {
      case "REMOVE" -> remove(statement, c);
      case "DEFINE" -> define(statement, c);
      case "ALTER" -> alter(statement, c);
      case "DELETE" -> delete(statement, c);
      case "UPDATE", "UPSERT" -> update(statement, c, keyword);
      case "REBUILD" ->
          simple(
              statement,
              StatementKind.REBUILD_INDEX,
              RollbackSafety.SAFE,
              "Rebuilds an index from existing data (derived data only)");
      case "CREATE" -> write(statement, c, "Creates records");
      case "INSERT" -> insert(statement, c);
      case "RELATE" -> relate(statement);
      case "SELECT", "RETURN", "LET", "INFO", "SHOW", "LIVE", "KILL" ->
          simple(
              statement,
              StatementKind.READ,
              RollbackSafety.SAFE,
              "Reads or computes values without changing stored data");
      case "BEGIN", "COMMIT", "CANCEL", "OPTION", "SLEEP", "THROW", "BREAK", "CONTINUE" ->
          simple(
              statement,
              StatementKind.CONTROL,
              RollbackSafety.SAFE,
              "Controls execution without changing stored data");
      case "IF", "FOR" ->
          simple(
              statement,
              StatementKind.BLOCK,
              RollbackSafety.SAFE,
              "Runs a " + keyword + " block whose statements change no stored data");
      case "USE" ->
          unknown(
              statement,
              "USE switches the namespace or database, so the statements after it run elsewhere");
      default -> unknown(statement, "unknown statement " + keyword);
    };
  }

  // ---------------------------------------------------------------- REMOVE

  private StatementRisk remove(Statement statement, TokenCursor c) {
    Optional<String> what = c.word();
    if (what.isEmpty()) {
      return unknown(statement, "REMOVE is not followed by what to remove");
    }
    String kind = what.get().toUpperCase(Locale.ROOT);
    c.ifExists();
    switch (kind) {
      case "TABLE" -> {
        Optional<String> table = c.identifier();
        return table
            .map(
                t ->
                    risk(
                        statement,
                        StatementKind.REMOVE_TABLE,
                        List.of(t),
                        List.of(),
                        Optional.empty(),
                        RollbackSafety.UNSAFE,
                        "Removes table " + t + " and every record in it",
                        "Export the records of "
                            + t
                            + " before rolling back, or write a down that keeps the table"))
            .orElseGet(
                () ->
                    notUnderstood(
                        statement,
                        StatementKind.REMOVE_TABLE,
                        RollbackSafety.UNSAFE,
                        "Removes a table whose name could not be read"));
      }
      case "FIELD" -> {
        String field = c.path();
        Optional<String> table = c.onTable();
        if (field.isEmpty() || table.isEmpty()) {
          return notUnderstood(
              statement,
              StatementKind.REMOVE_FIELD,
              RollbackSafety.DATA_LOSS,
              "Removes a field whose name or table could not be read");
        }
        return risk(
            statement,
            StatementKind.REMOVE_FIELD,
            table,
            List.of(field),
            Optional.empty(),
            RollbackSafety.DATA_LOSS,
            "Removes field "
                + field
                + " on table "
                + table.get()
                + ": its values are no longer part of the schema (on a SCHEMAFULL table they are hidden and "
                + "writes to those records fail until the values are unset)",
            "Back up the values first: SELECT id, "
                + SurqlIdentifiers.escapeIfNeeded(field.split("[.\\[]")[0])
                + " FROM "
                + SurqlIdentifiers.escapeIfNeeded(table.get())
                + " WHERE "
                + SurqlIdentifiers.escapeIfNeeded(field.split("[.\\[]")[0])
                + " != NONE");
      }
      case "INDEX", "EVENT" -> {
        Optional<String> name = c.identifier();
        Optional<String> table = c.onTable();
        boolean index = kind.equals("INDEX");
        return risk(
            statement,
            index ? StatementKind.REMOVE_INDEX : StatementKind.REMOVE_EVENT,
            table.map(List::of).orElse(List.of()),
            List.of(),
            name,
            RollbackSafety.SAFE,
            "Removes "
                + kind.toLowerCase(Locale.ROOT)
                + " "
                + name.orElse("?")
                + table.map(t -> " on table " + t).orElse("")
                + (index
                    ? " (derived data: re-defining the index rebuilds it)"
                    : " (no stored data)"),
            "Nothing to back up");
      }
      case "FUNCTION", "PARAM", "ANALYZER" -> {
        Optional<String> name = kind.equals("FUNCTION") ? c.functionName() : c.identifier();
        StatementKind k =
            kind.equals("FUNCTION")
                ? StatementKind.REMOVE_FUNCTION
                : kind.equals("PARAM") ? StatementKind.REMOVE_PARAM : StatementKind.REMOVE_ANALYZER;
        return risk(
            statement,
            k,
            List.of(),
            List.of(),
            name,
            RollbackSafety.SAFE,
            "Removes "
                + kind.toLowerCase(Locale.ROOT)
                + " "
                + name.orElse("?")
                + " (a definition, no stored data)",
            "Nothing to back up");
      }
      case "ACCESS", "TOKEN", "SCOPE" -> {
        Optional<String> name = c.identifier();
        return risk(
            statement,
            StatementKind.REMOVE_ACCESS,
            List.of(),
            List.of(),
            name,
            RollbackSafety.DATA_LOSS,
            "Removes access method "
                + name.orElse("?")
                + ": sessions and tokens issued through it stop "
                + "working and its users can no longer sign in",
            "Make sure no client depends on " + name.orElse("it") + " when rolling back");
      }
      case "USER" -> {
        Optional<String> name = c.identifier();
        return risk(
            statement,
            StatementKind.REMOVE_USER,
            List.of(),
            List.of(),
            name,
            RollbackSafety.DATA_LOSS,
            "Removes user "
                + name.orElse("?")
                + " and its credentials (a password hash cannot be restored "
                + "from a migration)",
            "Record how to re-create the user's credentials before rolling back");
      }
      case "SEQUENCE" -> {
        Optional<String> name = c.identifier();
        return risk(
            statement,
            StatementKind.REMOVE_SEQUENCE,
            List.of(),
            List.of(),
            name,
            RollbackSafety.DATA_LOSS,
            "Removes sequence "
                + name.orElse("?")
                + " and its current value: a re-defined sequence starts "
                + "again and may hand out values already used",
            "Note the sequence's current value before rolling back");
      }
      case "DATABASE", "DB", "NAMESPACE", "NS" -> {
        boolean db = kind.startsWith("D");
        Optional<String> name = c.identifier();
        return risk(
            statement,
            db ? StatementKind.REMOVE_DATABASE : StatementKind.REMOVE_NAMESPACE,
            List.of(),
            List.of(),
            name,
            RollbackSafety.UNSAFE,
            "Removes "
                + (db ? "database " : "namespace ")
                + name.orElse("?")
                + " with every "
                + (db ? "table and record in it" : "database, table and record in it"),
            "Export the " + (db ? "database" : "namespace") + " before rolling back");
      }
      default -> {
        return notUnderstood(
            statement,
            StatementKind.REMOVE_OTHER,
            RollbackSafety.DATA_LOSS,
            "Removes "
                + kind.toLowerCase(Locale.ROOT)
                + " "
                + c.rest()
                + ", which surql-test does not analyse (it may hold data)");
      }
    }
  }

  // ---------------------------------------------------------------- DEFINE

  private StatementRisk define(Statement statement, TokenCursor c) {
    Optional<String> what = c.word();
    if (what.isEmpty()) {
      return unknown(statement, "DEFINE is not followed by what to define");
    }
    String kind = what.get().toUpperCase(Locale.ROOT);
    Mode mode = c.mode();
    return switch (kind) {
      case "TABLE" -> defineTable(statement, c, mode);
      case "FIELD" -> defineField(statement, c, mode);
      case "INDEX" -> defineIndex(statement, c, mode);
      default ->
          risk(
              statement,
              StatementKind.DEFINE_OTHER,
              List.of(),
              List.of(),
              c.identifier(),
              RollbackSafety.SAFE,
              "Defines "
                  + kind.toLowerCase(Locale.ROOT)
                  + " (a definition, no stored data changes)",
              "Nothing to back up");
    };
  }

  private StatementRisk defineTable(Statement statement, TokenCursor c, Mode mode) {
    Optional<String> name = c.identifier();
    if (name.isEmpty()) {
      return notUnderstood(
          statement,
          StatementKind.DEFINE_TABLE,
          RollbackSafety.DATA_LOSS,
          "Defines a table whose name could not be read");
    }
    String table = name.get();
    List<Token> rest = c.remaining();
    boolean view = containsTopLevel(rest, "AS");
    TableKind newKind = tableKind(rest);
    boolean schemafull = containsTopLevel(rest, "SCHEMAFULL");
    StatementKind kind = view ? StatementKind.DEFINE_VIEW : StatementKind.DEFINE_TABLE;
    List<String> tables = List.of(table);
    Presence existing = model.table(table);
    if (existing == Presence.ABSENT) {
      return risk(
          statement,
          kind,
          tables,
          List.of(),
          Optional.empty(),
          RollbackSafety.SAFE,
          "Defines " + (view ? "view " : "table ") + table + " (new)",
          "Nothing to back up");
    }
    if (mode == Mode.IF_NOT_EXISTS && existing == Presence.PRESENT) {
      return risk(
          statement,
          kind,
          tables,
          List.of(),
          Optional.empty(),
          RollbackSafety.SAFE,
          "Leaves table " + table + " as it is (it exists and the statement says IF NOT EXISTS)",
          "Nothing to back up");
    }
    if (mode != Mode.OVERWRITE) {
      return risk(
          statement,
          kind,
          tables,
          List.of(),
          Optional.empty(),
          RollbackSafety.SAFE,
          "Defines "
              + (view ? "view " : "table ")
              + table
              + (existing == Presence.PRESENT
                  ? " (fails because the table exists: use OVERWRITE to change it)"
                  : " (or fails if it exists)"),
          "Nothing to back up");
    }
    if (existing == Presence.UNKNOWN) {
      return risk(
          statement,
          kind,
          tables,
          List.of(),
          Optional.empty(),
          RollbackSafety.DATA_LOSS,
          "Redefines table "
              + table
              + (view
                  ? " as a view, which replaces its records if it is a normal table"
                  : ", which may change its kind or make it SCHEMAFULL")
              + " (no current schema to compare with)",
          "Analyse with the current schema, or export the records of " + table + " first");
    }
    TableState old = model.state(table).orElseThrow();
    if (view) {
      return old.view
          ? risk(
              statement,
              kind,
              tables,
              List.of(),
              Optional.empty(),
              RollbackSafety.SAFE,
              "Redefines view " + table + ": its data is derived and recomputed",
              "Nothing to back up")
          : risk(
              statement,
              kind,
              tables,
              List.of(),
              Optional.empty(),
              RollbackSafety.UNSAFE,
              "Replaces table " + table + " and its records with a view computed from other tables",
              "Export the records of " + table + " before rolling back");
    }
    List<String> changes = new ArrayList<>();
    if (old.view) {
      changes.add("turns view " + table + " into a normal table");
    }
    if (old.kind != null && newKind != old.kind) {
      changes.add("changes its type from " + old.kind + " to " + newKind);
    }
    if (schemafull && !old.schemafull) {
      changes.add("makes it SCHEMAFULL (values of undefined fields are hidden)");
    }
    if (changes.isEmpty()) {
      return risk(
          statement,
          kind,
          tables,
          List.of(),
          Optional.empty(),
          RollbackSafety.SAFE,
          "Redefines table " + table + " without changing its kind or schema mode",
          "Nothing to back up");
    }
    return risk(
        statement,
        kind,
        tables,
        List.of(),
        Optional.empty(),
        RollbackSafety.DATA_LOSS,
        "Redefines table " + table + ": " + String.join(", ", changes),
        "Check that the existing records of " + table + " fit the new definition");
  }

  private StatementRisk defineField(Statement statement, TokenCursor c, Mode mode) {
    String field = c.path();
    Optional<String> table = c.onTable();
    if (field.isEmpty() || table.isEmpty()) {
      return notUnderstood(
          statement,
          StatementKind.DEFINE_FIELD,
          RollbackSafety.DATA_LOSS,
          "Defines a field whose name or table could not be read");
    }
    FieldDefinition definition = FieldDefinition.fromClauses(statement, c.remaining());
    List<String> tables = List.of(table.get());
    List<String> fields = List.of(field);
    String what = "field " + field + " on table " + table.get();
    Presence existing = model.field(table.get(), field);
    if (existing == Presence.ABSENT) {
      return risk(
          statement,
          StatementKind.DEFINE_FIELD,
          tables,
          fields,
          Optional.empty(),
          RollbackSafety.SAFE,
          "Defines " + what + " (new)",
          "Nothing to back up");
    }
    if (mode == Mode.IF_NOT_EXISTS && existing == Presence.PRESENT) {
      return risk(
          statement,
          StatementKind.DEFINE_FIELD,
          tables,
          fields,
          Optional.empty(),
          RollbackSafety.SAFE,
          "Leaves " + what + " as it is (it exists and the statement says IF NOT EXISTS)",
          "Nothing to back up");
    }
    if (mode != Mode.OVERWRITE) {
      return risk(
          statement,
          StatementKind.DEFINE_FIELD,
          tables,
          fields,
          Optional.empty(),
          RollbackSafety.SAFE,
          "Defines "
              + what
              + (existing == Presence.PRESENT
                  ? " (fails because the field exists: use OVERWRITE to change it)"
                  : " (or fails if it exists)"),
          "Nothing to back up");
    }
    if (existing == Presence.UNKNOWN) {
      boolean constrains = definition.constrains();
      return risk(
          statement,
          StatementKind.DEFINE_FIELD,
          tables,
          fields,
          Optional.empty(),
          constrains ? RollbackSafety.DATA_LOSS : RollbackSafety.SAFE,
          "Redefines "
              + what
              + (constrains
                  ? ", possibly with another TYPE, ASSERT, READONLY or VALUE that existing values violate (no current "
                      + "schema to compare with)"
                  : " without TYPE, ASSERT, READONLY or VALUE"),
          constrains
              ? "Analyse with the current schema, or check the existing values of " + field
              : "Nothing to back up");
    }
    FieldDefinition old = model.state(table.get()).orElseThrow().field(field);
    List<String> changes =
        FieldNarrowing.between(old, definition).stream().map(FieldNarrowing::description).toList();
    if (changes.isEmpty()) {
      return risk(
          statement,
          StatementKind.DEFINE_FIELD,
          tables,
          fields,
          Optional.empty(),
          RollbackSafety.SAFE,
          "Redefines "
              + what
              + " without narrowing it (its type, FLEXIBLE, ASSERT, READONLY and VALUE accept "
              + "what they accepted before)",
          "Nothing to back up");
    }
    return risk(
        statement,
        StatementKind.DEFINE_FIELD,
        tables,
        fields,
        Optional.empty(),
        RollbackSafety.DATA_LOSS,
        "Redefines "
            + what
            + ": "
            + String.join(", ", changes)
            + "; existing values are not re-checked, and records whose value does not fit fail on their next write",
        "Convert or back up the existing values of " + field + " before rolling back");
  }

  private StatementRisk defineIndex(Statement statement, TokenCursor c, Mode mode) {
    Optional<String> name = c.identifier();
    Optional<String> table = c.onTable();
    if (name.isEmpty() || table.isEmpty()) {
      return notUnderstood(
          statement,
          StatementKind.DEFINE_INDEX,
          RollbackSafety.DATA_LOSS,
          "Defines an index whose name or table could not be read");
    }
    Map<String, List<Token>> clauses = clauses(c.remaining(), INDEX_CLAUSES);
    List<String> columns = new ArrayList<>();
    List<Token> columnTokens =
        clauses.containsKey("FIELDS") ? clauses.get("FIELDS") : clauses.get("COLUMNS");
    if (columnTokens != null) {
      for (List<Token> column : splitTopLevel(columnTokens)) {
        columns.add(pathOf(column));
      }
    }
    List<String> tables = List.of(table.get());
    if (!clauses.containsKey("UNIQUE")) {
      return risk(
          statement,
          StatementKind.DEFINE_INDEX,
          tables,
          columns,
          name,
          RollbackSafety.SAFE,
          "Defines index " + name.get() + " on table " + table.get() + " (derived data)",
          "Nothing to back up");
    }
    if (mode == Mode.IF_NOT_EXISTS && model.index(table.get(), name.get()) == Presence.PRESENT) {
      return risk(
          statement,
          StatementKind.DEFINE_INDEX,
          tables,
          columns,
          name,
          RollbackSafety.SAFE,
          "Leaves unique index "
              + name.get()
              + " on table "
              + table.get()
              + " as it is (it exists)",
          "Nothing to back up");
    }
    return risk(
        statement,
        StatementKind.DEFINE_INDEX,
        tables,
        columns,
        name,
        RollbackSafety.DATA_LOSS,
        "Defines unique index "
            + name.get()
            + " on table "
            + table.get()
            + " ("
            + String.join(", ", columns)
            + "): fails when existing data has duplicates",
        "Remove or merge duplicate "
            + String.join(", ", columns)
            + " values of "
            + table.get()
            + " first");
  }

  // ---------------------------------------------------------------- ALTER

  private StatementRisk alter(Statement statement, TokenCursor c) {
    Optional<String> what = c.word();
    if (what.isEmpty()) {
      return unknown(statement, "ALTER is not followed by what to alter");
    }
    String kind = what.get().toUpperCase(Locale.ROOT);
    c.ifExists();
    List<String> tables = List.of();
    List<String> fields = List.of();
    Optional<String> name = Optional.empty();
    if (kind.equals("TABLE")) {
      tables = c.identifier().map(List::of).orElse(List.of());
    } else if (kind.equals("FIELD")) {
      String field = c.path();
      fields = field.isEmpty() ? List.of() : List.of(field);
      tables = c.onTable().map(List::of).orElse(List.of());
    } else {
      name = c.identifier();
      tables = c.onTable().map(List::of).orElse(List.of());
    }
    List<Token> rest = c.remaining();
    String target =
        kind.toLowerCase(Locale.ROOT)
            + " "
            + (fields.isEmpty() ? "" : fields.get(0) + " on ")
            + (tables.isEmpty()
                ? name.orElse("?")
                : (fields.isEmpty() ? "" : "table ") + tables.get(0));
    if (harmlessAlteration(rest)) {
      return risk(
          statement,
          StatementKind.ALTER,
          tables,
          fields,
          name,
          RollbackSafety.SAFE,
          "Alters " + target + ": only its comment or permissions",
          "Nothing to back up");
    }
    return risk(
        statement,
        StatementKind.ALTER,
        tables,
        fields,
        name,
        RollbackSafety.DATA_LOSS,
        "Alters "
            + target
            + " ("
            + Abbreviation.oneLine(c.textOf(rest), 120)
            + "); ALTER is treated conservatively: it may "
            + "change types, constraints or the schema mode that existing data depends on",
        "Check that existing data fits the altered definition");
  }

  private static boolean harmlessAlteration(List<Token> rest) {
    if (rest.size() == 2
        && rest.get(0).isWord("COMMENT")
        && (rest.get(1).type() == TokenType.STRING || rest.get(1).isWord("NONE"))) {
      return true;
    }
    if (rest.size() == 2 && rest.get(0).isWord("DROP") && rest.get(1).isWord("COMMENT")) {
      return true;
    }
    return rest.size() == 2
        && rest.get(0).isWord("PERMISSIONS")
        && (rest.get(1).isWord("NONE") || rest.get(1).isWord("FULL"));
  }

  // ---------------------------------------------------------------- DELETE / UPDATE

  private StatementRisk delete(Statement statement, TokenCursor c) {
    c.acceptWord("FROM");
    c.acceptWord("ONLY");
    Targets targets = c.targets();
    Optional<String> condition = c.condition();
    if (targets.unknown().isPresent()) {
      return notUnderstood(
          statement,
          StatementKind.DELETE_SOME,
          targets.tables(),
          condition,
          RollbackSafety.DATA_LOSS,
          "Deletes records of "
              + targets.unknown().get()
              + ", a target that could not be analysed");
    }
    if (targets.isEmpty()) {
      return unknown(statement, "DELETE names no target");
    }
    if (!targets.wholeTables().isEmpty() && condition.isEmpty()) {
      String list = String.join(", ", targets.wholeTables());
      return risk(
          statement,
          StatementKind.DELETE_ALL,
          targets.wholeTables(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          RollbackSafety.UNSAFE,
          "Deletes all records of table " + list,
          "Export the records of "
              + list
              + " before rolling back, or delete only what the up created");
    }
    Optional<String> records =
        targets.records().isEmpty()
            ? Optional.empty()
            : Optional.of(String.join(", ", targets.records()));
    String description =
        records.isPresent() && targets.wholeTables().isEmpty()
            ? "Deletes record "
                + records.get()
                + condition.map(w -> " if it matches WHERE " + w).orElse("")
            : "Deletes the records of table "
                + String.join(", ", targets.tables())
                + " matching WHERE "
                + condition.orElse("?");
    return risk(
        statement,
        StatementKind.DELETE_SOME,
        targets.tables(),
        List.of(),
        records,
        condition,
        RollbackSafety.DATA_LOSS,
        description,
        "Back up the records the DELETE matches before rolling back");
  }

  private StatementRisk update(Statement statement, TokenCursor c, String keyword) {
    c.acceptWord("ONLY");
    Targets targets = c.targets();
    List<String> unset = new ArrayList<>();
    Optional<String> change = Optional.empty();
    List<Token> rest = c.remaining();
    int where = TopLevelWords.indexOf(rest, "WHERE");
    List<Token> data = where < 0 ? rest : rest.subList(0, where);
    if (!data.isEmpty() && data.get(0).isWord("UNSET")) {
      for (List<Token> path : splitTopLevel(data.subList(1, data.size()))) {
        unset.add(pathOf(path));
      }
    }
    if (!data.isEmpty()) {
      change = Optional.of(data.get(0).text().toUpperCase(Locale.ROOT));
    }
    Optional<String> condition = Optional.empty();
    if (where >= 0) {
      List<Token> cond = until(rest.subList(where + 1, rest.size()), TokenCursor.CONDITION_END);
      condition = cond.isEmpty() ? Optional.empty() : Optional.of(c.textOf(cond));
    }
    if (targets.unknown().isPresent() || targets.isEmpty()) {
      return notUnderstood(
          statement,
          StatementKind.UPDATE,
          targets.tables(),
          condition,
          RollbackSafety.DATA_LOSS,
          keyword.charAt(0)
              + keyword.substring(1).toLowerCase(Locale.ROOT)
              + "s records of "
              + targets.unknown().orElse("an unnamed target")
              + ", a target that could not be analysed");
    }
    Optional<String> records =
        targets.records().isEmpty()
            ? Optional.empty()
            : Optional.of(String.join(", ", targets.records()));
    String subject =
        targets.wholeTables().isEmpty()
            ? "record " + records.orElse("?")
            : "the records of table "
                + String.join(", ", targets.wholeTables())
                + condition.map(w -> " matching WHERE " + w).orElse("");
    String description =
        unset.isEmpty()
            ? (keyword.equals("UPSERT") ? "Upserts " : "Updates ")
                + subject
                + change.map(k -> " (" + k + "): previous values are overwritten").orElse("")
            : "Unsets " + String.join(", ", unset) + " of " + subject + ": those values are lost";
    return risk(
        statement,
        StatementKind.UPDATE,
        targets.tables(),
        unset,
        records,
        condition,
        RollbackSafety.DATA_LOSS,
        description,
        "Back up the values the statement changes before rolling back");
  }

  // ---------------------------------------------------------------- writes

  private StatementRisk write(Statement statement, TokenCursor c, String what) {
    c.acceptWord("ONLY");
    Targets targets = c.targets();
    return risk(
        statement,
        StatementKind.WRITE,
        targets.tables(),
        List.of(),
        Optional.empty(),
        RollbackSafety.SAFE,
        what
            + (targets.tables().isEmpty() ? "" : " in table " + String.join(", ", targets.tables()))
            + " (adds data)",
        "Nothing to back up");
  }

  private StatementRisk insert(Statement statement, TokenCursor c) {
    List<Token> tokens = c.remaining();
    Optional<String> table = Optional.empty();
    int into = TopLevelWords.indexOf(tokens, "INTO");
    if (into >= 0 && into + 1 < tokens.size() && isIdentifier(tokens.get(into + 1))) {
      table = Optional.of(tokens.get(into + 1).value());
    }
    List<String> tables = table.map(List::of).orElse(List.of());
    int on = TopLevelWords.indexOf(tokens, "DUPLICATE");
    if (on >= 0) {
      return risk(
          statement,
          StatementKind.WRITE,
          tables,
          List.of(),
          Optional.empty(),
          RollbackSafety.DATA_LOSS,
          "Inserts records"
              + table.map(t -> " in table " + t).orElse("")
              + " and updates the existing ones ON DUPLICATE KEY: their previous values are overwritten",
          "Back up the records the INSERT may update before rolling back");
    }
    return risk(
        statement,
        StatementKind.WRITE,
        tables,
        List.of(),
        Optional.empty(),
        RollbackSafety.SAFE,
        "Inserts records" + table.map(t -> " in table " + t).orElse("") + " (adds data)",
        "Nothing to back up");
  }

  private StatementRisk relate(Statement statement) {
    List<Token> tokens = Statements.significantTokens(statement);
    Optional<String> edge = Optional.empty();
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (tokens.get(i - 1).text().equals("->")
          && isIdentifier(tokens.get(i))
          && tokens.get(i + 1).text().equals("->")) {
        edge = Optional.of(tokens.get(i).value());
        break;
      }
    }
    return risk(
        statement,
        StatementKind.WRITE,
        edge.map(List::of).orElse(List.of()),
        List.of(),
        Optional.empty(),
        RollbackSafety.SAFE,
        "Relates records" + edge.map(e -> " through table " + e).orElse("") + " (adds data)",
        "Nothing to back up");
  }

  // ---------------------------------------------------------------- helpers

  private StatementRisk simple(
      Statement statement, StatementKind kind, RollbackSafety safety, String description) {
    return risk(
        statement,
        kind,
        List.of(),
        List.of(),
        Optional.empty(),
        safety,
        description,
        "Nothing to back up");
  }

  private static StatementRisk risk(
      Statement statement,
      StatementKind kind,
      List<String> tables,
      List<String> fields,
      Optional<String> name,
      RollbackSafety safety,
      String description,
      String recommendation) {
    return new StatementRisk(
        statement,
        kind,
        tables,
        fields,
        name,
        Optional.empty(),
        safety,
        description,
        recommendation,
        true);
  }

  private static StatementRisk risk(
      Statement statement,
      StatementKind kind,
      Optional<String> table,
      List<String> fields,
      Optional<String> name,
      RollbackSafety safety,
      String description,
      String recommendation) {
    return risk(
        statement,
        kind,
        table.map(List::of).orElse(List.of()),
        fields,
        name,
        safety,
        description,
        recommendation);
  }

  private static StatementRisk risk(
      Statement statement,
      StatementKind kind,
      List<String> tables,
      List<String> fields,
      Optional<String> name,
      Optional<String> condition,
      RollbackSafety safety,
      String description,
      String recommendation) {
    return new StatementRisk(
        statement,
        kind,
        tables,
        fields,
        name,
        condition,
        safety,
        description,
        recommendation,
        true);
  }

  private static StatementRisk notUnderstood(
      Statement statement, StatementKind kind, RollbackSafety atLeast, String description) {
    return notUnderstood(statement, kind, List.of(), Optional.empty(), atLeast, description);
  }

  private static StatementRisk notUnderstood(
      Statement statement,
      StatementKind kind,
      List<String> tables,
      Optional<String> condition,
      RollbackSafety atLeast,
      String description) {
    return new StatementRisk(
        statement,
        kind,
        tables,
        List.of(),
        Optional.empty(),
        condition,
        atLeast.max(RollbackSafety.DATA_LOSS),
        "Could not analyse the statement fully: " + description,
        "Check what the statement does to existing data before rolling back",
        false);
  }

  private static StatementRisk unknown(Statement statement, String reason) {
    return new StatementRisk(
        statement,
        StatementKind.UNKNOWN,
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        RollbackSafety.DATA_LOSS,
        "Could not analyse the statement: " + reason + "; assuming it can lose data",
        "Check what the statement does to existing data before rolling back",
        false);
  }
}

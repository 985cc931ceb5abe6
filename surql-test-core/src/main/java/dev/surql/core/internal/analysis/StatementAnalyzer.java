package dev.surql.core.internal.analysis;

import dev.surql.core.internal.sql.Statements;
import dev.surql.core.rollback.RollbackSafety;

import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.TableKind;
import dev.surql.core.snapshot.TableSchema;
import dev.surql.core.migration.Statement;
import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import dev.surql.core.internal.sql.SurqlLexer;
import dev.surql.core.internal.sql.SurqlSyntaxException;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TopLevelWords;
import dev.surql.core.internal.sql.TokenType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Classifies the statements of a down section by what they would do to a database full of data,
 * without touching a database (the static level of rollback safety). Works on the lexer's tokens,
 * so case, whitespace, comments, keywords inside strings and escaped identifiers ({@code `my
 * table`}, {@code ⟨x⟩}) never mislead it.
 *
 * <p>Classification: removing an index, event, function, param or analyzer, adding anything,
 * reading, and {@code REBUILD INDEX} are SAFE. Removing a field, an access method, a user or a
 * sequence, changing a field's type or tightening its {@code ASSERT} (compared with the current
 * schema, when one is given), adding a {@code UNIQUE} index (fails on duplicates), {@code ALTER}
 * (unless it only sets a comment or {@code PERMISSIONS NONE|FULL}), {@code UPDATE}/{@code UPSERT}
 * and deleting some records are DATA_LOSS. Removing a table, database or namespace, and deleting all
 * records of a table, are UNSAFE. A {@code DEFINE TABLE … OVERWRITE} that turns a normal table into
 * a view is UNSAFE; one that changes a table's kind or makes it SCHEMAFULL is DATA_LOSS.
 *
 * <p>What it cannot understand (an unknown statement, a target given by a parameter or
 * expression, a call of a custom {@code fn::} function, {@code USE}) is reported as "could not
 * analyse" and is DATA_LOSS, never SAFE; statements nested in {@code IF}/{@code FOR} blocks or
 * subqueries are analysed too, so a block that removes a table or deletes all records is UNSAFE.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StatementAnalyzer {

  private static final Set<String> STATEMENT_KEYWORDS = Set.of(
      "ALTER", "BEGIN", "BREAK", "CANCEL", "COMMIT", "CONTINUE", "CREATE", "DEFINE", "DELETE", "FOR",
      "IF", "INFO", "INSERT", "KILL", "LET", "LIVE", "OPTION", "REBUILD", "RELATE", "REMOVE", "RETURN",
      "SELECT", "SHOW", "SLEEP", "THROW", "UPDATE", "UPSERT", "USE", "ACCESS");
  private static final Set<String> TARGET_END = Set.of("WHERE", "RETURN", "TIMEOUT", "PARALLEL", "EXPLAIN",
      "CONTENT", "MERGE", "REPLACE", "PATCH", "SET", "UNSET", "WITH", "ONLY");
  private static final Set<String> CONDITION_END = Set.of("RETURN", "TIMEOUT", "PARALLEL", "EXPLAIN");
  private static final Set<String> FIELD_CLAUSES = Set.of("TYPE", "FLEXIBLE", "DEFAULT", "READONLY", "VALUE",
      "ASSERT", "PERMISSIONS", "COMMENT", "REFERENCE", "COMPUTED");
  private static final Set<String> INDEX_CLAUSES = Set.of("FIELDS", "COLUMNS", "UNIQUE", "SEARCH", "FULLTEXT",
      "MTREE", "HNSW", "COUNT", "COMMENT", "CONCURRENTLY", "DEFER");
  private static final Set<String> CASE_INSENSITIVE_WORDS = Set.of("AND", "OR", "NOT", "IS", "NONE", "NULL",
      "TRUE", "FALSE", "CONTAINS", "CONTAINSNOT", "CONTAINSALL", "CONTAINSANY", "CONTAINSNONE", "INSIDE",
      "NOTINSIDE", "ALLINSIDE", "ANYINSIDE", "NONEINSIDE", "OUTSIDE", "INTERSECTS", "IN");

  private final Optional<DatabaseSchema> schema;

  /** An analyzer that compares {@code DEFINE} statements with {@code current}, when given. */
  public StatementAnalyzer(Optional<DatabaseSchema> current) {
    this.schema = Objects.requireNonNull(current, "current");
  }

  /** An analyzer without a current schema: redefinitions of existing elements count as changes. */
  public static StatementAnalyzer withoutSchema() {
    return new StatementAnalyzer(Optional.empty());
  }

  /** An analyzer that compares {@code DEFINE FIELD/TABLE/INDEX} with the current schema. */
  public static StatementAnalyzer withSchema(DatabaseSchema current) {
    return new StatementAnalyzer(Optional.of(Objects.requireNonNull(current, "current")));
  }

  /** The current schema this analyzer compares with, if any. */
  public Optional<DatabaseSchema> schema() {
    return schema;
  }

  /** Analyses one statement against the current schema. */
  public StatementRisk analyze(Statement statement) {
    Objects.requireNonNull(statement, "statement");
    return new Run(Model.of(schema)).analyze(statement);
  }

  /**
   * Analyses statements that run one after the other: each is compared with the schema as the
   * statements before it leave it (a field removed and re-defined is a new field, and so on).
   */
  public List<StatementRisk> analyzeAll(List<Statement> statements) {
    Objects.requireNonNull(statements, "statements");
    Run run = new Run(Model.of(schema));
    List<StatementRisk> risks = new ArrayList<>(statements.size());
    for (Statement statement : statements) {
      risks.add(run.analyze(Objects.requireNonNull(statement, "statement")));
    }
    return List.copyOf(risks);
  }

  /**
   * Splits SurrealQL source into statements and analyses them in order.
   *
   * @throws dev.surql.core.internal.sql.SurqlSyntaxException if the source cannot be split (unterminated
   *     string, comment or block)
   */
  public List<StatementRisk> analyzeSource(String source, String origin) {
    return analyzeAll(StatementSplitter.split(Objects.requireNonNull(source, "source"), origin));
  }

  /** Runs a sequence of analyses that share a working copy of the schema. */
  public static final class Run {
    private final Model model;

    public Run(Model model) {
      this.model = model;
    }

    Model model() {
      return model;
    }

    public StatementRisk analyze(Statement statement) {
      StatementRisk own = classify(statement);
      StatementRisk risk = withNested(statement, own);
      model.apply(risk, statement);
      return risk;
    }

    /** Adds what statements nested in blocks or subqueries, and custom function calls, would do. */
    private StatementRisk withNested(Statement statement, StatementRisk own) {
      boolean isDefine = own.kind() == StatementKind.DEFINE_TABLE || own.kind() == StatementKind.DEFINE_VIEW
          || own.kind() == StatementKind.DEFINE_FIELD || own.kind() == StatementKind.DEFINE_INDEX
          || (own.kind() == StatementKind.DEFINE_OTHER && !isDefineParam(statement));
      if (isDefine) {
        return own;
      }
      List<String> problems = new ArrayList<>();
      RollbackSafety nestedSafety = RollbackSafety.SAFE;
      Run nestedRun = new Run(model.copy());
      for (Statement nested : nestedStatements(statement)) {
        StatementRisk risk = nestedRun.analyze(nested);
        if (risk.isRisky()) {
          nestedSafety = nestedSafety.max(risk.safety());
          problems.add(risk.description() + " (" + abbreviate(nested.text()) + ")");
        }
      }
      List<String> calls = own.kind() == StatementKind.REMOVE_FUNCTION ? List.of() : customFunctionCalls(statement);
      for (String function : calls) {
        nestedSafety = nestedSafety.max(RollbackSafety.DATA_LOSS);
        problems.add("calls custom function " + function + ", whose effects are not analysed");
      }
      if (problems.isEmpty()) {
        return own;
      }
      RollbackSafety safety = own.safety().max(RollbackSafety.DATA_LOSS).max(nestedSafety);
      String description = (own.kind() == StatementKind.BLOCK
          ? "Could not analyse the " + statement.keyword() + " block fully"
          : own.description() + "; could not analyse the statement fully")
          + ": " + String.join("; ", problems);
      String recommendation = "Check what the statement does to existing data; "
          + "prefer plain statements to blocks and functions in a down section so they can be analysed.";
      return new StatementRisk(statement, own.kind(), own.tables(), own.fields(), own.name(), own.condition(),
          safety, description, recommendation, false);
    }

    private StatementRisk classify(Statement statement) {
      List<Token> tokens = Statements.significantTokens(statement);
      if (tokens.isEmpty() || tokens.get(0).type() != TokenType.WORD) {
        return unknown(statement, "it does not start with a statement keyword");
      }
      String keyword = tokens.get(0).text().toUpperCase(Locale.ROOT);
      Cursor c = new Cursor(statement, tokens, 1);
      return switch (keyword) {
        case "REMOVE" -> remove(statement, c);
        case "DEFINE" -> define(statement, c);
        case "ALTER" -> alter(statement, c);
        case "DELETE" -> delete(statement, c);
        case "UPDATE", "UPSERT" -> update(statement, c, keyword);
        case "REBUILD" -> simple(statement, StatementKind.REBUILD_INDEX, RollbackSafety.SAFE,
            "Rebuilds an index from existing data (derived data only)");
        case "CREATE" -> write(statement, c, "Creates records");
        case "INSERT" -> insert(statement, c);
        case "RELATE" -> relate(statement);
        case "SELECT", "RETURN", "LET", "INFO", "SHOW", "LIVE", "KILL" -> simple(statement, StatementKind.READ,
            RollbackSafety.SAFE, "Reads or computes values without changing stored data");
        case "BEGIN", "COMMIT", "CANCEL", "OPTION", "SLEEP", "THROW", "BREAK", "CONTINUE" -> simple(statement,
            StatementKind.CONTROL, RollbackSafety.SAFE, "Controls execution without changing stored data");
        case "IF", "FOR" -> simple(statement, StatementKind.BLOCK, RollbackSafety.SAFE,
            "Runs a " + keyword + " block whose statements change no stored data");
        case "USE" -> unknown(statement,
            "USE switches the namespace or database, so the statements after it run elsewhere");
        default -> unknown(statement, "unknown statement " + keyword);
      };
    }

    // ---------------------------------------------------------------- REMOVE

    private StatementRisk remove(Statement statement, Cursor c) {
      Optional<String> what = c.word();
      if (what.isEmpty()) {
        return unknown(statement, "REMOVE is not followed by what to remove");
      }
      String kind = what.get().toUpperCase(Locale.ROOT);
      c.ifExists();
      switch (kind) {
        case "TABLE" -> {
          Optional<String> table = c.identifier();
          return table.map(t -> risk(statement, StatementKind.REMOVE_TABLE, List.of(t), List.of(), Optional.empty(),
                  RollbackSafety.UNSAFE, "Removes table " + t + " and every record in it",
                  "Export the records of " + t + " before rolling back, or write a down that keeps the table"))
              .orElseGet(() -> notUnderstood(statement, StatementKind.REMOVE_TABLE, RollbackSafety.UNSAFE,
                  "Removes a table whose name could not be read"));
        }
        case "FIELD" -> {
          String field = c.path();
          Optional<String> table = c.onTable();
          if (field.isEmpty() || table.isEmpty()) {
            return notUnderstood(statement, StatementKind.REMOVE_FIELD, RollbackSafety.DATA_LOSS,
                "Removes a field whose name or table could not be read");
          }
          return risk(statement, StatementKind.REMOVE_FIELD, table, List.of(field), Optional.empty(),
              RollbackSafety.DATA_LOSS, "Removes field " + field + " on table " + table.get()
                  + ": its values are no longer part of the schema (on a SCHEMAFULL table they are hidden and "
                  + "writes to those records fail until the values are unset)",
              "Back up the values first: SELECT id, " + SurqlIdentifiers.escapeIfNeeded(field.split("[.\\[]")[0])
                  + " FROM " + SurqlIdentifiers.escapeIfNeeded(table.get()) + " WHERE "
                  + SurqlIdentifiers.escapeIfNeeded(field.split("[.\\[]")[0]) + " != NONE");
        }
        case "INDEX", "EVENT" -> {
          Optional<String> name = c.identifier();
          Optional<String> table = c.onTable();
          boolean index = kind.equals("INDEX");
          return risk(statement, index ? StatementKind.REMOVE_INDEX : StatementKind.REMOVE_EVENT,
              table.map(List::of).orElse(List.of()), List.of(), name, RollbackSafety.SAFE,
              "Removes " + kind.toLowerCase(Locale.ROOT) + " " + name.orElse("?")
                  + table.map(t -> " on table " + t).orElse("")
                  + (index ? " (derived data: re-defining the index rebuilds it)" : " (no stored data)"),
              "Nothing to back up");
        }
        case "FUNCTION", "PARAM", "ANALYZER" -> {
          Optional<String> name = kind.equals("FUNCTION") ? c.functionName() : c.identifier();
          StatementKind k = kind.equals("FUNCTION") ? StatementKind.REMOVE_FUNCTION
              : kind.equals("PARAM") ? StatementKind.REMOVE_PARAM : StatementKind.REMOVE_ANALYZER;
          return risk(statement, k, List.of(), List.of(), name, RollbackSafety.SAFE,
              "Removes " + kind.toLowerCase(Locale.ROOT) + " " + name.orElse("?") + " (a definition, no stored data)",
              "Nothing to back up");
        }
        case "ACCESS", "TOKEN", "SCOPE" -> {
          Optional<String> name = c.identifier();
          return risk(statement, StatementKind.REMOVE_ACCESS, List.of(), List.of(), name, RollbackSafety.DATA_LOSS,
              "Removes access method " + name.orElse("?") + ": sessions and tokens issued through it stop "
                  + "working and its users can no longer sign in",
              "Make sure no client depends on " + name.orElse("it") + " when rolling back");
        }
        case "USER" -> {
          Optional<String> name = c.identifier();
          return risk(statement, StatementKind.REMOVE_USER, List.of(), List.of(), name, RollbackSafety.DATA_LOSS,
              "Removes user " + name.orElse("?") + " and its credentials (a password hash cannot be restored "
                  + "from a migration)",
              "Record how to re-create the user's credentials before rolling back");
        }
        case "SEQUENCE" -> {
          Optional<String> name = c.identifier();
          return risk(statement, StatementKind.REMOVE_SEQUENCE, List.of(), List.of(), name, RollbackSafety.DATA_LOSS,
              "Removes sequence " + name.orElse("?") + " and its current value: a re-defined sequence starts "
                  + "again and may hand out values already used",
              "Note the sequence's current value before rolling back");
        }
        case "DATABASE", "DB", "NAMESPACE", "NS" -> {
          boolean db = kind.startsWith("D");
          Optional<String> name = c.identifier();
          return risk(statement, db ? StatementKind.REMOVE_DATABASE : StatementKind.REMOVE_NAMESPACE, List.of(),
              List.of(), name, RollbackSafety.UNSAFE,
              "Removes " + (db ? "database " : "namespace ") + name.orElse("?") + " with every "
                  + (db ? "table and record in it" : "database, table and record in it"),
              "Export the " + (db ? "database" : "namespace") + " before rolling back");
        }
        default -> {
          return notUnderstood(statement, StatementKind.REMOVE_OTHER, RollbackSafety.DATA_LOSS,
              "Removes " + kind.toLowerCase(Locale.ROOT) + " " + c.rest()
                  + ", which surql-test does not analyse (it may hold data)");
        }
      }
    }

    // ---------------------------------------------------------------- DEFINE

    private StatementRisk define(Statement statement, Cursor c) {
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
        default -> risk(statement, StatementKind.DEFINE_OTHER, List.of(), List.of(), c.identifier(),
            RollbackSafety.SAFE, "Defines " + kind.toLowerCase(Locale.ROOT) + " (a definition, no stored data changes)",
            "Nothing to back up");
      };
    }

    private StatementRisk defineTable(Statement statement, Cursor c, Mode mode) {
      Optional<String> name = c.identifier();
      if (name.isEmpty()) {
        return notUnderstood(statement, StatementKind.DEFINE_TABLE, RollbackSafety.DATA_LOSS,
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
        return risk(statement, kind, tables, List.of(), Optional.empty(), RollbackSafety.SAFE,
            "Defines " + (view ? "view " : "table ") + table + " (new)", "Nothing to back up");
      }
      if (mode == Mode.IF_NOT_EXISTS && existing == Presence.PRESENT) {
        return risk(statement, kind, tables, List.of(), Optional.empty(), RollbackSafety.SAFE,
            "Leaves table " + table + " as it is (it exists and the statement says IF NOT EXISTS)",
            "Nothing to back up");
      }
      if (mode != Mode.OVERWRITE) {
        return risk(statement, kind, tables, List.of(), Optional.empty(), RollbackSafety.SAFE,
            "Defines " + (view ? "view " : "table ") + table + (existing == Presence.PRESENT
                ? " (fails because the table exists: use OVERWRITE to change it)" : " (or fails if it exists)"),
            "Nothing to back up");
      }
      if (existing == Presence.UNKNOWN) {
        return risk(statement, kind, tables, List.of(), Optional.empty(), RollbackSafety.DATA_LOSS,
            "Redefines table " + table + (view ? " as a view, which replaces its records if it is a normal table"
                : ", which may change its kind or make it SCHEMAFULL")
                + " (no current schema to compare with)",
            "Analyse with the current schema, or export the records of " + table + " first");
      }
      TableState old = model.tables.get(table);
      if (view) {
        return old.view
            ? risk(statement, kind, tables, List.of(), Optional.empty(), RollbackSafety.SAFE,
                "Redefines view " + table + ": its data is derived and recomputed", "Nothing to back up")
            : risk(statement, kind, tables, List.of(), Optional.empty(), RollbackSafety.UNSAFE,
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
        return risk(statement, kind, tables, List.of(), Optional.empty(), RollbackSafety.SAFE,
            "Redefines table " + table + " without changing its kind or schema mode", "Nothing to back up");
      }
      return risk(statement, kind, tables, List.of(), Optional.empty(), RollbackSafety.DATA_LOSS,
          "Redefines table " + table + ": " + String.join(", ", changes),
          "Check that the existing records of " + table + " fit the new definition");
    }

    private StatementRisk defineField(Statement statement, Cursor c, Mode mode) {
      String field = c.path();
      Optional<String> table = c.onTable();
      if (field.isEmpty() || table.isEmpty()) {
        return notUnderstood(statement, StatementKind.DEFINE_FIELD, RollbackSafety.DATA_LOSS,
            "Defines a field whose name or table could not be read");
      }
      FieldDefinition definition = fieldDefinition(statement, c.remaining());
      List<String> tables = List.of(table.get());
      List<String> fields = List.of(field);
      String what = "field " + field + " on table " + table.get();
      Presence existing = model.field(table.get(), field);
      if (existing == Presence.ABSENT) {
        return risk(statement, StatementKind.DEFINE_FIELD, tables, fields, Optional.empty(), RollbackSafety.SAFE,
            "Defines " + what + " (new)", "Nothing to back up");
      }
      if (mode == Mode.IF_NOT_EXISTS && existing == Presence.PRESENT) {
        return risk(statement, StatementKind.DEFINE_FIELD, tables, fields, Optional.empty(), RollbackSafety.SAFE,
            "Leaves " + what + " as it is (it exists and the statement says IF NOT EXISTS)", "Nothing to back up");
      }
      if (mode != Mode.OVERWRITE) {
        return risk(statement, StatementKind.DEFINE_FIELD, tables, fields, Optional.empty(), RollbackSafety.SAFE,
            "Defines " + what + (existing == Presence.PRESENT
                ? " (fails because the field exists: use OVERWRITE to change it)" : " (or fails if it exists)"),
            "Nothing to back up");
      }
      if (existing == Presence.UNKNOWN) {
        boolean constrains = definition.constrains();
        return risk(statement, StatementKind.DEFINE_FIELD, tables, fields, Optional.empty(),
            constrains ? RollbackSafety.DATA_LOSS : RollbackSafety.SAFE,
            "Redefines " + what + (constrains
                ? ", possibly with another TYPE, ASSERT, READONLY or VALUE that existing values violate (no current "
                    + "schema to compare with)"
                : " without TYPE, ASSERT, READONLY or VALUE"),
            constrains ? "Analyse with the current schema, or check the existing values of " + field : "Nothing to back up");
      }
      FieldDefinition old = model.tables.get(table.get()).fields.get(fieldKey(model.tables.get(table.get()), field));
      List<String> changes = FieldNarrowing.between(old, definition).stream().map(FieldNarrowing::description).toList();
      if (changes.isEmpty()) {
        return risk(statement, StatementKind.DEFINE_FIELD, tables, fields, Optional.empty(), RollbackSafety.SAFE,
            "Redefines " + what + " without narrowing it (its type, FLEXIBLE, ASSERT, READONLY and VALUE accept "
                + "what they accepted before)", "Nothing to back up");
      }
      return risk(statement, StatementKind.DEFINE_FIELD, tables, fields, Optional.empty(), RollbackSafety.DATA_LOSS,
          "Redefines " + what + ": " + String.join(", ", changes)
              + "; existing values are not re-checked, and records whose value does not fit fail on their next write",
          "Convert or back up the existing values of " + field + " before rolling back");
    }

    private StatementRisk defineIndex(Statement statement, Cursor c, Mode mode) {
      Optional<String> name = c.identifier();
      Optional<String> table = c.onTable();
      if (name.isEmpty() || table.isEmpty()) {
        return notUnderstood(statement, StatementKind.DEFINE_INDEX, RollbackSafety.DATA_LOSS,
            "Defines an index whose name or table could not be read");
      }
      Map<String, List<Token>> clauses = clauses(c.remaining(), INDEX_CLAUSES);
      List<String> columns = new ArrayList<>();
      List<Token> columnTokens = clauses.containsKey("FIELDS") ? clauses.get("FIELDS") : clauses.get("COLUMNS");
      if (columnTokens != null) {
        for (List<Token> column : splitTopLevel(columnTokens)) {
          columns.add(pathOf(column));
        }
      }
      List<String> tables = List.of(table.get());
      if (!clauses.containsKey("UNIQUE")) {
        return risk(statement, StatementKind.DEFINE_INDEX, tables, columns, name, RollbackSafety.SAFE,
            "Defines index " + name.get() + " on table " + table.get() + " (derived data)", "Nothing to back up");
      }
      if (mode == Mode.IF_NOT_EXISTS && model.index(table.get(), name.get()) == Presence.PRESENT) {
        return risk(statement, StatementKind.DEFINE_INDEX, tables, columns, name, RollbackSafety.SAFE,
            "Leaves unique index " + name.get() + " on table " + table.get() + " as it is (it exists)",
            "Nothing to back up");
      }
      return risk(statement, StatementKind.DEFINE_INDEX, tables, columns, name, RollbackSafety.DATA_LOSS,
          "Defines unique index " + name.get() + " on table " + table.get() + " (" + String.join(", ", columns)
              + "): fails when existing data has duplicates",
          "Remove or merge duplicate " + String.join(", ", columns) + " values of " + table.get() + " first");
    }

    // ---------------------------------------------------------------- ALTER

    private StatementRisk alter(Statement statement, Cursor c) {
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
      String target = kind.toLowerCase(Locale.ROOT) + " " + (fields.isEmpty() ? "" : fields.get(0) + " on ")
          + (tables.isEmpty() ? name.orElse("?") : (fields.isEmpty() ? "" : "table ") + tables.get(0));
      if (harmlessAlteration(rest)) {
        return risk(statement, StatementKind.ALTER, tables, fields, name, RollbackSafety.SAFE,
            "Alters " + target + ": only its comment or permissions", "Nothing to back up");
      }
      return risk(statement, StatementKind.ALTER, tables, fields, name, RollbackSafety.DATA_LOSS,
          "Alters " + target + " (" + abbreviate(c.textOf(rest)) + "); ALTER is treated conservatively: it may "
              + "change types, constraints or the schema mode that existing data depends on",
          "Check that existing data fits the altered definition");
    }

    private static boolean harmlessAlteration(List<Token> rest) {
      if (rest.size() == 2 && rest.get(0).isWord("COMMENT")
          && (rest.get(1).type() == TokenType.STRING || rest.get(1).isWord("NONE"))) {
        return true;
      }
      if (rest.size() == 2 && rest.get(0).isWord("DROP") && rest.get(1).isWord("COMMENT")) {
        return true;
      }
      return rest.size() == 2 && rest.get(0).isWord("PERMISSIONS")
          && (rest.get(1).isWord("NONE") || rest.get(1).isWord("FULL"));
    }

    // ---------------------------------------------------------------- DELETE / UPDATE

    private StatementRisk delete(Statement statement, Cursor c) {
      c.acceptWord("FROM");
      c.acceptWord("ONLY");
      Targets targets = c.targets();
      Optional<String> condition = c.condition();
      if (targets.unknown().isPresent()) {
        return notUnderstood(statement, StatementKind.DELETE_SOME, targets.tables(), condition,
            RollbackSafety.DATA_LOSS, "Deletes records of " + targets.unknown().get()
                + ", a target that could not be analysed");
      }
      if (targets.isEmpty()) {
        return unknown(statement, "DELETE names no target");
      }
      if (!targets.wholeTables().isEmpty() && condition.isEmpty()) {
        String list = String.join(", ", targets.wholeTables());
        return risk(statement, StatementKind.DELETE_ALL, targets.wholeTables(), List.of(), Optional.empty(),
            Optional.empty(), RollbackSafety.UNSAFE, "Deletes all records of table " + list,
            "Export the records of " + list + " before rolling back, or delete only what the up created");
      }
      Optional<String> records = targets.records().isEmpty() ? Optional.empty()
          : Optional.of(String.join(", ", targets.records()));
      String description = records.isPresent() && targets.wholeTables().isEmpty()
          ? "Deletes record " + records.get() + condition.map(w -> " if it matches WHERE " + w).orElse("")
          : "Deletes the records of table " + String.join(", ", targets.tables()) + " matching WHERE "
              + condition.orElse("?");
      return risk(statement, StatementKind.DELETE_SOME, targets.tables(), List.of(), records, condition,
          RollbackSafety.DATA_LOSS, description, "Back up the records the DELETE matches before rolling back");
    }

    private StatementRisk update(Statement statement, Cursor c, String keyword) {
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
        List<Token> cond = until(rest.subList(where + 1, rest.size()), CONDITION_END);
        condition = cond.isEmpty() ? Optional.empty() : Optional.of(c.textOf(cond));
      }
      if (targets.unknown().isPresent() || targets.isEmpty()) {
        return notUnderstood(statement, StatementKind.UPDATE, targets.tables(), condition, RollbackSafety.DATA_LOSS,
            keyword.charAt(0) + keyword.substring(1).toLowerCase(Locale.ROOT) + "s records of "
                + targets.unknown().orElse("an unnamed target") + ", a target that could not be analysed");
      }
      Optional<String> records = targets.records().isEmpty() ? Optional.empty()
          : Optional.of(String.join(", ", targets.records()));
      String subject = targets.wholeTables().isEmpty() ? "record " + records.orElse("?")
          : "the records of table " + String.join(", ", targets.wholeTables())
              + condition.map(w -> " matching WHERE " + w).orElse("");
      String description = unset.isEmpty()
          ? (keyword.equals("UPSERT") ? "Upserts " : "Updates ") + subject
              + change.map(k -> " (" + k + "): previous values are overwritten").orElse("")
          : "Unsets " + String.join(", ", unset) + " of " + subject + ": those values are lost";
      return risk(statement, StatementKind.UPDATE, targets.tables(), unset, records, condition,
          RollbackSafety.DATA_LOSS, description, "Back up the values the statement changes before rolling back");
    }

    // ---------------------------------------------------------------- writes

    private StatementRisk write(Statement statement, Cursor c, String what) {
      c.acceptWord("ONLY");
      Targets targets = c.targets();
      return risk(statement, StatementKind.WRITE, targets.tables(), List.of(), Optional.empty(), RollbackSafety.SAFE,
          what + (targets.tables().isEmpty() ? "" : " in table " + String.join(", ", targets.tables()))
              + " (adds data)", "Nothing to back up");
    }

    private StatementRisk insert(Statement statement, Cursor c) {
      List<Token> tokens = c.remaining();
      Optional<String> table = Optional.empty();
      int into = TopLevelWords.indexOf(tokens, "INTO");
      if (into >= 0 && into + 1 < tokens.size() && isIdentifier(tokens.get(into + 1))) {
        table = Optional.of(tokens.get(into + 1).value());
      }
      List<String> tables = table.map(List::of).orElse(List.of());
      int on = TopLevelWords.indexOf(tokens, "DUPLICATE");
      if (on >= 0) {
        return risk(statement, StatementKind.WRITE, tables, List.of(), Optional.empty(), RollbackSafety.DATA_LOSS,
            "Inserts records" + table.map(t -> " in table " + t).orElse("")
                + " and updates the existing ones ON DUPLICATE KEY: their previous values are overwritten",
            "Back up the records the INSERT may update before rolling back");
      }
      return risk(statement, StatementKind.WRITE, tables, List.of(), Optional.empty(), RollbackSafety.SAFE,
          "Inserts records" + table.map(t -> " in table " + t).orElse("") + " (adds data)", "Nothing to back up");
    }

    private StatementRisk relate(Statement statement) {
      List<Token> tokens = Statements.significantTokens(statement);
      Optional<String> edge = Optional.empty();
      for (int i = 1; i + 1 < tokens.size(); i++) {
        if (tokens.get(i - 1).text().equals("->") && isIdentifier(tokens.get(i)) && tokens.get(i + 1).text().equals("->")) {
          edge = Optional.of(tokens.get(i).value());
          break;
        }
      }
      return risk(statement, StatementKind.WRITE, edge.map(List::of).orElse(List.of()), List.of(), Optional.empty(),
          RollbackSafety.SAFE, "Relates records" + edge.map(e -> " through table " + e).orElse("") + " (adds data)",
          "Nothing to back up");
    }

    // ---------------------------------------------------------------- helpers

    private StatementRisk simple(Statement statement, StatementKind kind, RollbackSafety safety, String description) {
      return risk(statement, kind, List.of(), List.of(), Optional.empty(), safety, description, "Nothing to back up");
    }

    private static StatementRisk risk(Statement statement, StatementKind kind, List<String> tables, List<String> fields,
        Optional<String> name, RollbackSafety safety, String description, String recommendation) {
      return new StatementRisk(statement, kind, tables, fields, name, Optional.empty(), safety, description,
          recommendation, true);
    }

    private static StatementRisk risk(Statement statement, StatementKind kind, Optional<String> table,
        List<String> fields, Optional<String> name, RollbackSafety safety, String description, String recommendation) {
      return risk(statement, kind, table.map(List::of).orElse(List.of()), fields, name, safety, description,
          recommendation);
    }

    private static StatementRisk risk(Statement statement, StatementKind kind, List<String> tables, List<String> fields,
        Optional<String> name, Optional<String> condition, RollbackSafety safety, String description,
        String recommendation) {
      return new StatementRisk(statement, kind, tables, fields, name, condition, safety, description, recommendation,
          true);
    }

    private static StatementRisk notUnderstood(Statement statement, StatementKind kind, RollbackSafety atLeast,
        String description) {
      return notUnderstood(statement, kind, List.of(), Optional.empty(), atLeast, description);
    }

    private static StatementRisk notUnderstood(Statement statement, StatementKind kind, List<String> tables,
        Optional<String> condition, RollbackSafety atLeast, String description) {
      return new StatementRisk(statement, kind, tables, List.of(), Optional.empty(), condition,
          atLeast.max(RollbackSafety.DATA_LOSS), "Could not analyse the statement fully: " + description,
          "Check what the statement does to existing data before rolling back", false);
    }

    private static StatementRisk unknown(Statement statement, String reason) {
      return new StatementRisk(statement, StatementKind.UNKNOWN, List.of(), List.of(), Optional.empty(),
          Optional.empty(), RollbackSafety.DATA_LOSS, "Could not analyse the statement: " + reason
              + "; assuming it can lose data",
          "Check what the statement does to existing data before rolling back", false);
    }

    private static boolean isDefineParam(Statement statement) {
      List<Token> tokens = Statements.significantTokens(statement);
      return tokens.size() > 1 && tokens.get(0).isWord("DEFINE") && tokens.get(1).isWord("PARAM");
    }
  }

  // ------------------------------------------------------------------ nested statements

  /** The outermost statements nested in blocks, subqueries, {@code THEN}/{@code ELSE} branches or {@code LET … =}. */
  public static List<Statement> nestedStatements(Statement statement) {
    List<Token> tokens = Statements.significantTokens(statement);
    List<Statement> nested = new ArrayList<>();
    for (int i = 1; i < tokens.size(); i++) {
      Token previous = tokens.get(i - 1);
      Token token = tokens.get(i);
      boolean starts = token.type() == TokenType.WORD
          && STATEMENT_KEYWORDS.contains(token.text().toUpperCase(Locale.ROOT))
          && (previous.type() == TokenType.OPEN && !previous.text().equals("[")
              || previous.type() == TokenType.SEMICOLON
              || previous.isWord("THEN") || previous.isWord("ELSE")
              || previous.type() == TokenType.OPERATOR && previous.text().equals("=")
              || previous.isWord("RETURN"));
      if (starts && !(token.isWord("IF") && previous.isWord("ELSE"))) {
        int end = i;
        int inner = 0;
        for (int j = i; j < tokens.size(); j++) {
          Token t = tokens.get(j);
          if (t.type() == TokenType.OPEN) {
            inner++;
          } else if (t.type() == TokenType.CLOSE) {
            if (inner == 0) {
              break;
            }
            inner--;
          } else if (inner == 0 && (t.type() == TokenType.SEMICOLON || t.isWord("ELSE") || t.isWord("END")
              || (t.isWord("THEN") && j > i))) {
            break;
          }
          end = j;
        }
        nested.add(subStatement(statement, tokens.subList(i, end + 1)));
        i = end;
      }
    }
    return nested;
  }

  /** Names of custom functions ({@code fn::…}) the statement calls. */
  public static List<String> customFunctionCalls(Statement statement) {
    List<Token> tokens = Statements.significantTokens(statement);
    Set<String> calls = new TreeSet<>();
    for (int i = 0; i + 2 < tokens.size(); i++) {
      if (tokens.get(i).isWord("fn") && tokens.get(i + 1).text().equals("::")
          && (i == 0 || !tokens.get(i - 1).text().equals("::"))) {
        StringBuilder name = new StringBuilder("fn");
        int j = i + 1;
        while (j + 1 < tokens.size() && tokens.get(j).text().equals("::") && isIdentifier(tokens.get(j + 1))) {
          name.append("::").append(tokens.get(j + 1).value());
          j += 2;
        }
        calls.add(name.toString());
        i = j - 1;
      }
    }
    return List.copyOf(calls);
  }

  private static Statement subStatement(Statement parent, List<Token> tokens) {
    Token first = tokens.get(0);
    return Statements.of(textBetween(parent, first, tokens.get(tokens.size() - 1)), parent.origin(), first.line(),
        first.column(), tokens);
  }

  static String statementText(Statement statement, List<Token> tokens) {
    if (tokens.isEmpty()) {
      return "";
    }
    return textBetween(statement, tokens.get(0), tokens.get(tokens.size() - 1));
  }

  private static String textBetween(Statement statement, Token first, Token last) {
    int base = Statements.significantTokens(statement).get(0).offset();
    return statement.text().substring(first.offset() - base, last.offset() + last.text().length() - base);
  }

  private static boolean isIdentifier(Token token) {
    return token.type() == TokenType.WORD || token.type() == TokenType.ESCAPED_IDENTIFIER;
  }

  private static boolean containsTopLevel(List<Token> tokens, String word) {
    return TopLevelWords.indexOf(tokens, word) >= 0;
  }



  /** The tokens before the first top-level word of {@code stops}. */
  private static List<Token> until(List<Token> tokens, Set<String> stops) {
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.type() == TokenType.OPEN) {
        depth++;
      } else if (t.type() == TokenType.CLOSE) {
        depth--;
      } else if (depth == 0 && t.type() == TokenType.WORD && stops.contains(t.text().toUpperCase(Locale.ROOT))
          && !TopLevelWords.afterPathOperator(tokens, i)) {
        return tokens.subList(0, i);
      }
    }
    return tokens;
  }

  /** Splits at top-level commas. */
  private static List<List<Token>> splitTopLevel(List<Token> tokens) {
    List<List<Token>> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.type() == TokenType.OPEN) {
        depth++;
      } else if (t.type() == TokenType.CLOSE) {
        depth--;
      } else if (depth == 0 && t.text().equals(",")) {
        if (i > start) {
          parts.add(tokens.subList(start, i));
        }
        start = i + 1;
      }
    }
    if (start < tokens.size()) {
      parts.add(tokens.subList(start, tokens.size()));
    }
    return parts;
  }

  /** Clauses by keyword (first occurrence), each with the tokens up to the next clause keyword. */
  private static Map<String, List<Token>> clauses(List<Token> tokens, Set<String> keywords) {
    Map<String, List<Token>> clauses = new LinkedHashMap<>();
    int depth = 0;
    String current = null;
    int start = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      Token t = i < tokens.size() ? tokens.get(i) : null;
      boolean boundary = t == null || depth == 0 && t.type() == TokenType.WORD
          && keywords.contains(t.text().toUpperCase(Locale.ROOT)) && !TopLevelWords.afterPathOperator(tokens, i);
      if (boundary) {
        if (current != null) {
          clauses.putIfAbsent(current, tokens.subList(start, i));
        }
        if (t != null) {
          current = t.text().toUpperCase(Locale.ROOT);
          start = i + 1;
        }
        continue;
      }
      if (t.type() == TokenType.OPEN) {
        depth++;
      } else if (t.type() == TokenType.CLOSE) {
        depth--;
      }
    }
    return clauses;
  }

  /** A field path such as {@code address.city}, {@code tags.*} or {@code tags[*]} from its tokens. */
  private static String pathOf(List<Token> tokens) {
    StringBuilder path = new StringBuilder();
    for (Token t : tokens) {
      path.append(isIdentifier(t) ? t.value() : t.text());
    }
    return path.toString();
  }

  private static TableKind tableKind(List<Token> rest) {
    int type = TopLevelWords.indexOf(rest, "TYPE");
    if (type >= 0 && type + 1 < rest.size()) {
      Token kind = rest.get(type + 1);
      if (kind.isWord("RELATION")) {
        return TableKind.RELATION;
      }
      if (kind.isWord("NORMAL")) {
        return TableKind.NORMAL;
      }
      if (kind.isWord("ANY")) {
        return TableKind.ANY;
      }
    }
    return containsTopLevel(rest, "RELATION") ? TableKind.RELATION : TableKind.ANY;
  }

  /** Whether two expressions are the same up to whitespace, comments, quote style and keyword case. */
  static boolean sameExpression(Optional<String> old, String now) {
    if (old.isEmpty()) {
      return false;
    }
    try {
      return normalized(old.get()).equals(normalized(now));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static List<String> normalized(String expression) {
    List<String> out = new ArrayList<>();
    for (Token t : SurqlLexer.tokenize(expression, "<expression>")) {
      if (!t.isSignificant()) {
        continue;
      }
      if (t.type() == TokenType.STRING) {
        out.add("S:" + t.value());
      } else if (t.type() == TokenType.WORD && CASE_INSENSITIVE_WORDS.contains(t.text().toUpperCase(Locale.ROOT))) {
        out.add("W:" + t.text().toUpperCase(Locale.ROOT));
      } else if (t.type() == TokenType.ESCAPED_IDENTIFIER) {
        out.add("I:" + t.value());
      } else {
        out.add(t.type().name().charAt(0) + ":" + (t.type() == TokenType.WORD ? t.value() : t.text()));
      }
    }
    return out;
  }

  /** The clauses of a {@code DEFINE FIELD} that follow {@code ON table}. */
  static FieldDefinition fieldDefinition(Statement statement, List<Token> afterTable) {
    Map<String, List<Token>> clauses = clauses(afterTable, FIELD_CLAUSES);
    List<Token> defaults = clauses.getOrDefault("DEFAULT", List.of());
    boolean always = !defaults.isEmpty() && defaults.get(0).isWord("ALWAYS");
    List<Token> defaultValue = always ? defaults.subList(1, defaults.size()) : defaults;
    return new FieldDefinition(
        text(statement, clauses.get("TYPE")),
        clauses.containsKey("FLEXIBLE"),
        clauses.containsKey("DEFAULT") ? Optional.of(statementText(statement, defaultValue)) : Optional.empty(),
        always,
        text(statement, clauses.get("VALUE")),
        text(statement, clauses.get("ASSERT")),
        clauses.containsKey("READONLY"));
  }

  /** Parses a whole {@code DEFINE FIELD} statement (as written, or as the server prints it). */
  static Optional<FieldDefinition> fieldDefinition(Statement statement) {
    List<Token> tokens = Statements.significantTokens(statement);
    if (tokens.size() < 4 || !tokens.get(0).isWord("DEFINE") || !tokens.get(1).isWord("FIELD")) {
      return Optional.empty();
    }
    Cursor cursor = new Cursor(statement, tokens, 2);
    cursor.mode();
    if (cursor.path().isEmpty() || cursor.onTable().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(fieldDefinition(statement, cursor.remaining()));
  }

  private static Optional<String> text(Statement statement, List<Token> tokens) {
    return tokens == null ? Optional.empty() : Optional.of(statementText(statement, tokens));
  }

  static String fieldKey(TableState table, String field) {
    for (String candidate : fieldCandidates(field)) {
      if (table.fields.containsKey(candidate)) {
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

  static String abbreviate(String text) {
    String oneLine = text.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 120) + "…";
  }

  // ------------------------------------------------------------------ parsing cursor

  private enum Mode { PLAIN, OVERWRITE, IF_NOT_EXISTS }

  /** The targets of a DELETE/UPDATE/CREATE: whole tables, record ids, or something else. */
  private record Targets(List<String> wholeTables, List<String> records, List<String> tables, Optional<String> unknown) {
    boolean isEmpty() {
      return wholeTables.isEmpty() && records.isEmpty() && unknown.isEmpty();
    }
  }

  /** Reads a statement's significant tokens from left to right. */
  private static final class Cursor {
    private final Statement statement;
    private final List<Token> tokens;
    private int position;

    Cursor(Statement statement, List<Token> tokens, int position) {
      this.statement = statement;
      this.tokens = tokens;
      this.position = position;
    }

    private Optional<Token> peek(int ahead) {
      int i = position + ahead;
      return i < tokens.size() ? Optional.of(tokens.get(i)) : Optional.empty();
    }

    Optional<String> word() {
      Optional<Token> t = peek(0).filter(tok -> tok.type() == TokenType.WORD);
      t.ifPresent(tok -> position++);
      return t.map(Token::text);
    }

    boolean acceptWord(String word) {
      if (peek(0).filter(t -> t.isWord(word)).isPresent()) {
        position++;
        return true;
      }
      return false;
    }

    void ifExists() {
      if (peek(0).filter(t -> t.isWord("IF")).isPresent() && peek(1).filter(t -> t.isWord("EXISTS")).isPresent()) {
        position += 2;
      }
    }

    Mode mode() {
      if (acceptWord("OVERWRITE")) {
        return Mode.OVERWRITE;
      }
      if (peek(0).filter(t -> t.isWord("IF")).isPresent() && peek(1).filter(t -> t.isWord("NOT")).isPresent()
          && peek(2).filter(t -> t.isWord("EXISTS")).isPresent()) {
        position += 3;
        return Mode.IF_NOT_EXISTS;
      }
      return Mode.PLAIN;
    }

    Optional<String> identifier() {
      Optional<Token> t = peek(0);
      if (t.isPresent() && (isIdentifier(t.get()) || t.get().type() == TokenType.PARAMETER)) {
        position++;
        return Optional.of(t.get().type() == TokenType.PARAMETER ? "$" + t.get().value() : t.get().value());
      }
      return Optional.empty();
    }

    Optional<String> functionName() {
      StringBuilder name = new StringBuilder();
      while (position < tokens.size() && tokens.get(position).type() != TokenType.OPEN) {
        Token t = tokens.get(position);
        if (!isIdentifier(t) && !t.text().equals("::")) {
          break;
        }
        name.append(isIdentifier(t) ? t.value() : t.text());
        position++;
      }
      return name.length() == 0 ? Optional.empty() : Optional.of(name.toString());
    }

    /** A field path up to the top-level word {@code ON}. */
    String path() {
      int depth = 0;
      int start = position;
      while (position < tokens.size()) {
        Token t = tokens.get(position);
        if (depth == 0 && t.isWord("ON") && position > start) {
          break;
        }
        if (t.type() == TokenType.OPEN) {
          depth++;
        } else if (t.type() == TokenType.CLOSE) {
          depth--;
        }
        position++;
      }
      return pathOf(tokens.subList(start, position));
    }

    /** {@code ON [TABLE] name}. */
    Optional<String> onTable() {
      if (!acceptWord("ON")) {
        return Optional.empty();
      }
      acceptWord("TABLE");
      if (peek(0).filter(t -> t.isWord("ROOT") || t.isWord("NAMESPACE") || t.isWord("DATABASE")
          || t.isWord("NS") || t.isWord("DB")).isPresent() && peek(1).isEmpty()) {
        return Optional.empty();
      }
      return identifier();
    }

    List<Token> remaining() {
      List<Token> rest = tokens.subList(Math.min(position, tokens.size()), tokens.size());
      position = tokens.size();
      return rest;
    }

    String rest() {
      return abbreviate(textOf(tokens.subList(Math.min(position, tokens.size()), tokens.size())));
    }

    String textOf(List<Token> part) {
      return statementText(statement, part);
    }

    Targets targets() {
      List<Token> part = until(tokens.subList(position, tokens.size()), TARGET_END);
      position += part.size();
      List<String> whole = new ArrayList<>();
      List<String> records = new ArrayList<>();
      List<String> tables = new ArrayList<>();
      List<String> unknown = new ArrayList<>();
      for (List<Token> target : splitTopLevel(part)) {
        Token first = target.get(0);
        if (target.size() == 1 && isIdentifier(first)) {
          whole.add(first.value());
          addOnce(tables, first.value());
        } else if (target.size() >= 3 && isIdentifier(first) && target.get(1).text().equals(":")
            && target.stream().noneMatch(t -> t.text().equals("->") || t.text().equals("<-")
                || t.text().equals("<->") || t.type() == TokenType.PARAMETER)) {
          records.add(textOf(target));
          addOnce(tables, first.value());
        } else {
          unknown.add(textOf(target));
        }
      }
      return new Targets(whole, records, tables,
          unknown.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", unknown)));
    }

    /** {@code WHERE cond} up to RETURN/TIMEOUT/PARALLEL/EXPLAIN, if the cursor is at WHERE. */
    Optional<String> condition() {
      if (!acceptWord("WHERE")) {
        return Optional.empty();
      }
      List<Token> cond = until(tokens.subList(position, tokens.size()), CONDITION_END);
      position += cond.size();
      return cond.isEmpty() ? Optional.empty() : Optional.of(textOf(cond));
    }

    private static void addOnce(List<String> list, String value) {
      if (!list.contains(value)) {
        list.add(value);
      }
    }
  }

  // ------------------------------------------------------------------ working schema

  enum Presence { PRESENT, ABSENT, UNKNOWN }

  /** A table as the statements analysed so far leave it. */
  static final class TableState {
    TableKind kind;
    boolean schemafull;
    boolean view;
    final Map<String, FieldDefinition> fields = new HashMap<>();
    final Set<String> indexes = new TreeSet<>();
  }

  /** The schema as the statements analysed so far leave it; {@code null} tables means unknown. */
  public static final class Model {
    private final Map<String, TableState> tables;

    private Model(Map<String, TableState> tables) {
      this.tables = tables;
    }

    public static Model of(Optional<DatabaseSchema> schema) {
      if (schema.isEmpty()) {
        return new Model(null);
      }
      Map<String, TableState> tables = new HashMap<>();
      for (TableSchema table : schema.get().tables().values()) {
        TableState state = new TableState();
        state.kind = table.kind();
        state.schemafull = table.schemafull();
        state.view = isView(table.definition());
        for (FieldSchema field : table.fields().values()) {
          state.fields.put(field.name(), FieldDefinition.of(field));
        }
        state.indexes.addAll(table.indexes().keySet());
        tables.put(table.name(), state);
      }
      return new Model(tables);
    }

    Model copy() {
      if (tables == null) {
        return new Model(null);
      }
      Map<String, TableState> copy = new HashMap<>();
      tables.forEach((name, state) -> {
        TableState s = new TableState();
        s.kind = state.kind;
        s.schemafull = state.schemafull;
        s.view = state.view;
        s.fields.putAll(state.fields);
        s.indexes.addAll(state.indexes);
        copy.put(name, s);
      });
      return new Model(copy);
    }

    private static boolean isView(String definition) {
      try {
        List<Token> tokens = SurqlLexer.tokenize(definition, "<definition>").stream()
            .filter(Token::isSignificant).toList();
        return containsTopLevel(tokens, "AS");
      } catch (RuntimeException e) {
        return false;
      }
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
      return state.fields.containsKey(fieldKey(state, field)) ? Presence.PRESENT : Presence.ABSENT;
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
      Cursor cursor = new Cursor(statement, tokens, Math.min(2, tokens.size()));
      cursor.mode();
      switch (risk.kind()) {
        case REMOVE_TABLE -> tables.remove(table);
        case REMOVE_FIELD -> {
          TableState state = tables.get(table);
          if (state != null) {
            state.fields.remove(fieldKey(state, risk.fields().get(0)));
          }
        }
        case REMOVE_INDEX -> {
          TableState state = tables.get(table);
          if (state != null) {
            risk.name().ifPresent(state.indexes::remove);
          }
        }
        case DEFINE_TABLE, DEFINE_VIEW -> {
          if (!tables.containsKey(table) || overwrite) {
            TableState state = tables.computeIfAbsent(table, t -> new TableState());
            cursor.identifier();
            List<Token> rest = cursor.remaining();
            state.kind = tableKind(rest);
            state.schemafull = containsTopLevel(rest, "SCHEMAFULL");
            state.view = risk.kind() == StatementKind.DEFINE_VIEW;
          }
        }
        case DEFINE_FIELD -> {
          TableState state = tables.computeIfAbsent(table, t -> implicitTable());
          String key = fieldKey(state, risk.fields().get(0));
          if (!state.fields.containsKey(key) || overwrite) {
            cursor.path();
            cursor.onTable();
            state.fields.put(key, fieldDefinition(statement, cursor.remaining()));
          }
        }
        case DEFINE_INDEX -> {
          TableState state = tables.computeIfAbsent(table, t -> implicitTable());
          risk.name().ifPresent(state.indexes::add);
        }
        case WRITE, UPDATE -> risk.tables().forEach(t -> tables.computeIfAbsent(t, x -> implicitTable()));
        default -> { }
      }
    }

    /** A table that a write creates implicitly: {@code TYPE ANY SCHEMALESS}. */
    private static TableState implicitTable() {
      TableState state = new TableState();
      state.kind = TableKind.ANY;
      return state;
    }
  }

  // ------------------------------------------------------------------ types

  /** Compares SurrealQL type expressions as the server prints them ({@code option<T>} is {@code none | T}). */
  static final class TypeText {
    private TypeText() {}

    /** Whether every value of type {@code old} is also a value of type {@code now}. */
    static boolean widens(Optional<String> old, String now) {
      Set<String> after = members(now);
      if (after.contains("any")) {
        return true;
      }
      if (old.isEmpty()) {
        return false;
      }
      Set<String> before = members(old.get());
      return !before.contains("any") && after.containsAll(before);
    }

    /** The normalised members of a union type. */
    static Set<String> members(String type) {
      Set<String> members = new TreeSet<>();
      for (String member : splitTop(type.replaceAll("\\s+", ""), '|')) {
        String m = member.toLowerCase(Locale.ROOT);
        if (m.startsWith("option<") && m.endsWith(">")) {
          members.add("none");
          members.addAll(members(member.substring(7, member.length() - 1)));
        } else {
          members.add(normalizeMember(member));
        }
      }
      return members;
    }

    private static String normalizeMember(String member) {
      int open = member.indexOf('<');
      if (open < 0 || !member.endsWith(">")) {
        return member.toLowerCase(Locale.ROOT);
      }
      StringBuilder out = new StringBuilder(member.substring(0, open).toLowerCase(Locale.ROOT)).append('<');
      List<String> args = splitTop(member.substring(open + 1, member.length() - 1), ',');
      for (int i = 0; i < args.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(String.join("|", members(args.get(i))));
      }
      return out.append('>').toString();
    }

    private static List<String> splitTop(String text, char separator) {
      List<String> parts = new ArrayList<>();
      int depth = 0;
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        if (ch == '<' || ch == '(' || ch == '[' || ch == '{') {
          depth++;
        } else if (ch == '>' || ch == ')' || ch == ']' || ch == '}') {
          depth--;
        } else if (ch == separator && depth == 0) {
          parts.add(text.substring(start, i));
          start = i + 1;
        }
      }
      parts.add(text.substring(start));
      return parts;
    }
  }
}

package dev.surql.core.forward;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.analysis.DataProbe;
import dev.surql.core.internal.analysis.FieldDefinition;
import dev.surql.core.internal.analysis.FieldNarrowing;
import dev.surql.core.internal.analysis.SchemaWalk;
import dev.surql.core.internal.analysis.StatementKind;
import dev.surql.core.internal.analysis.StatementRisk;
import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import dev.surql.core.internal.sql.SurqlLexer;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.Statement;
import dev.surql.core.rule.Rule;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.TableKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the ups of migrations into {@link ForwardIssue}s, in two layers, the way {@code
 * RollbackAnalyzer} treats downs. The static layer walks the up's statements over the schema they
 * would run on ({@code SchemaWalk}, the rollback analysis's parser and model) and says what each
 * would do to a table full of records: a new field that refuses {@code NONE} ({@code SQ401}), a
 * field narrowed by any clause ({@code SQ402}–{@code SQ406}, {@code FieldNarrowing}), a switch to
 * SCHEMAFULL ({@code SQ407}), a unique or blocking index ({@code SQ408}, {@code SQ409}), a removed
 * field whose values stay ({@code SQ410}), a DEFINE of something that exists ({@code SQ411}), a
 * re-applied access method ({@code SQ412}) and a rename without a copy ({@code SQ413}). Tables the
 * up itself creates hold no records and raise nothing; a backfill ({@code UPDATE t SET f = …}), an
 * unset or a copy in the same up settles the issue it answers.
 *
 * <p>Where the engines differ the data-aware layer follows the one it counts on (checked on 3.0.2
 * and 2.6.0): 2.x drops undeclared values silently where 3.x refuses the write (SQ404, SQ407,
 * SQ410: DATA_LOSS instead of UNSAFE), and 2.x does not compute a new field's {@code VALUE} for an
 * existing record (SQ401). The static layer judges by 3.x.
 *
 * <p>The data-aware layer, given a client, counts with read-only queries what is really at stake
 * (records that will fail their next write, duplicate groups, fields not in the schema, records
 * against {@link ForwardSettings#indexThreshold()}) and keeps a sample of the record ids, so the
 * prediction can be checked with {@code NextWrites}. Nothing counted means SAFE, unless an earlier
 * statement of the analysed ups writes to the table.
 */
public final class ForwardAnalyzer {

  /** How many record ids an issue keeps for checking its prediction. */
  public static final int SAMPLE_LIMIT = 100;

  private ForwardAnalyzer() {}

  /** The static level only: one migration's up against the schema before it. */
  public static List<ForwardIssue> analyzeStatic(Migration migration, DatabaseSchema before) {
    return analyze(List.of(migration), ForwardAnalysisOptions.staticLevel().withSchema(before));
  }

  /**
   * One migration's up against the schema before it, counting in the database of {@code client}.
   */
  public static List<ForwardIssue> analyze(
      Migration migration, SurqlClient client, DatabaseSchema before, ForwardSettings settings) {
    return analyze(
        List.of(migration),
        ForwardAnalysisOptions.staticLevel()
            .withClient(client)
            .withSchema(before)
            .withSettings(settings));
  }

  /**
   * Analyses the ups of {@code migrations} in the order they would run, each statement against the
   * schema the statements before it leave.
   *
   * @param migrations the pending migrations, oldest first
   * @param options the database to count in (none: the static level only), the schema before the
   *     first up (none: unknown) and the thresholds
   */
  public static List<ForwardIssue> analyze(
      List<Migration> migrations, ForwardAnalysisOptions options) {
    Objects.requireNonNull(migrations, "migrations");
    Objects.requireNonNull(options, "options");
    Optional<SurqlClient> client = options.client();
    Optional<DatabaseSchema> current = options.schema();
    ForwardSettings settings = options.settings();
    Optional<ForwardProbe> probe = client.map(ForwardProbe::new);
    Walk walk = new Walk(current);
    List<ForwardIssue> issues = new ArrayList<>();
    for (Migration migration : migrations) {
      for (Candidate candidate : walk.migration(Objects.requireNonNull(migration, "migration"))) {
        if (!candidate.onlyOn2x || probe.isPresent() && !probe.get().v3()) {
          issues.add(candidate.issue(migration, probe, settings, walk.written));
        }
      }
    }
    return List.copyOf(issues);
  }

  /** The riskiest static level of the issues; SAFE when there are none. */
  public static ForwardSafety staticSafety(List<ForwardIssue> issues) {
    return issues.stream()
        .map(ForwardIssue::staticSafety)
        .reduce(ForwardSafety.SAFE, ForwardSafety::max);
  }

  /** The riskiest level of the issues after counting; SAFE when there are none. */
  public static ForwardSafety overallSafety(List<ForwardIssue> issues) {
    return issues.stream().map(ForwardIssue::safety).reduce(ForwardSafety.SAFE, ForwardSafety::max);
  }

  /**
   * Whether SurrealDB 2.x drops the values concerned silently on a record's next write where 3.x
   * refuses the write (checked on 2.6.0 and 3.0.2): undeclared keys of a field that lost FLEXIBLE,
   * values of a removed field on a SCHEMAFULL table, fields a table switched to SCHEMAFULL does not
   * define.
   */
  static boolean dropsSilentlyOn2x(Rule rule) {
    return rule == Rule.FIELD_FLEXIBLE_REMOVED
        || rule == Rule.REMOVED_FIELD_VALUES_KEPT
        || rule == Rule.SCHEMAFULL_UNDEFINED_FIELDS;
  }

  /** The static level of each rule. */
  static ForwardSafety staticLevel(Rule rule) {
    return switch (rule) {
      case FIELD_READONLY_ADDED, FIELD_VALUE_CHANGED, ACCESS_KEY_ROTATED, RENAME_WITHOUT_COPY ->
          ForwardSafety.DATA_LOSS;
      case INDEX_NOT_CONCURRENT -> ForwardSafety.SAFE;
      default -> ForwardSafety.UNSAFE;
    };
  }

  // ------------------------------------------------------------------ static layer

  /**
   * The walk over all analysed ups: schema model, tables created by them, tables written by them.
   */
  private static final class Walk {
    private final Optional<DatabaseSchema> start;
    private final SchemaWalk schema;
    private final Set<String> created = new HashSet<>();
    final Set<String> written = new HashSet<>();

    Walk(Optional<DatabaseSchema> start) {
      this.start = start;
      this.schema = SchemaWalk.from(start);
    }

    /** Whether the table may hold records when the statement runs. */
    private boolean mayHoldRecords(String table) {
      return !created.contains(table) && schema.hasTable(table).orElse(true)
          || written.contains(table);
    }

    List<Candidate> migration(Migration migration) {
      List<Candidate> found = new ArrayList<>();
      List<Candidate> newFields = new ArrayList<>();
      List<Candidate> removedFields = new ArrayList<>();
      Map<String, List<Statement>> updates = new LinkedHashMap<>();
      Map<String, Set<String>> definedHere = new LinkedHashMap<>();
      Map<String, Statement> removedTables = new LinkedHashMap<>();
      Map<String, Statement> tablesHere = new LinkedHashMap<>();
      Map<String, Candidate> schemafull = new LinkedHashMap<>();
      for (Statement statement : migration.up()) {
        List<Token> tokens = Statements.significantTokens(statement);
        Mode mode = mode(tokens);
        String keyword = tokens.isEmpty() ? "" : tokens.get(0).text().toUpperCase(Locale.ROOT);
        // the schema before the statement
        Optional<String> table0 = Optional.empty();
        Optional<FieldDefinition> fieldBefore = Optional.empty();
        Optional<Boolean> tableBefore = Optional.empty();
        Optional<Boolean> schemafullBefore = Optional.empty();
        Optional<Boolean> indexBefore = Optional.empty();
        boolean holds = false;
        StatementRisk risk;
        {
          StatementRisk peek = peek(statement);
          table0 = peek.table();
          if (table0.isPresent()) {
            String t = table0.get();
            holds = mayHoldRecords(t);
            tableBefore = schema.hasTable(t);
            schemafullBefore = schema.schemafull(t);
            if (peek.kind() == StatementKind.DEFINE_FIELD
                || peek.kind() == StatementKind.REMOVE_FIELD) {
              fieldBefore = schema.field(t, peek.field().orElse(""));
            }
            if (peek.kind() == StatementKind.DEFINE_INDEX && peek.name().isPresent()) {
              indexBefore = schema.hasIndex(t, peek.name().get());
            }
          }
          risk = schema.next(statement);
        }
        String table = risk.table().orElse("");
        switch (risk.kind()) {
          case DEFINE_FIELD -> {
            String field = risk.field().orElse("");
            definedHere.computeIfAbsent(table, t -> new LinkedHashSet<>());
            FieldDefinition now;
            try {
              now = FieldDefinition.parse(statement);
            } catch (IllegalArgumentException e) {
              break;
            }
            if (fieldBefore.isPresent()) {
              if (mode == Mode.PLAIN) {
                found.add(exists(statement, "field " + field + " on table " + table, table));
              } else if (mode == Mode.OVERWRITE && holds) {
                for (FieldNarrowing narrowing : FieldNarrowing.between(fieldBefore.get(), now)) {
                  found.add(narrowed(statement, table, field, narrowing, now, schema));
                }
              }
            } else {
              definedHere.get(table).add(field);
              boolean valueOnly = now.value().isPresent() && !now.defaultAlways();
              if (holds
                  && !field.contains(".")
                  && !field.contains("[")
                  && !Set.of("id", "in", "out").contains(field)
                  && !now.acceptsNone()
                  && (!now.fillsOnEveryWrite() || valueOnly)) {
                Candidate c =
                    new Candidate(
                        Rule.NEW_REQUIRED_FIELD,
                        statement,
                        table,
                        List.of(field),
                        "Adds field "
                            + field
                            + " on table "
                            + table
                            + " with TYPE "
                            + now.type().orElse("any")
                            + (now.defaultValue().isPresent()
                                ? " and a DEFAULT (applied only when a record is created)"
                                : "")
                            + (valueOnly
                                ? " and a VALUE that this server (2.x) does not compute for a record that does "
                                    + "not set the field"
                                : " but no VALUE or DEFAULT ALWAYS")
                            + ": existing records are not backfilled and fail their next write until they are",
                        "Backfill in the same up (UPDATE "
                            + esc(table)
                            + " SET "
                            + esc(field)
                            + " = … WHERE "
                            + esc(field)
                            + " = NONE), or give the field DEFAULT ALWAYS / VALUE, or make it option<…>");
                c.type = now.type();
                c.onlyOn2x = valueOnly;
                newFields.add(c);
              }
            }
          }
          case DEFINE_TABLE -> {
            boolean full = topLevel(tokens, "SCHEMAFULL");
            if (tableBefore.orElse(false) && mode == Mode.PLAIN) {
              found.add(exists(statement, "table " + table, table));
            } else if (tableBefore.isPresent() && !tableBefore.get()) {
              created.add(table);
              tablesHere.put(table, statement);
            } else if (tableBefore.isEmpty() && mode == Mode.PLAIN) {
              created.add(table);
              tablesHere.put(table, statement);
            }
            if (mode == Mode.OVERWRITE && full && holds && !schemafullBefore.orElse(false)) {
              schemafull.put(
                  table,
                  new Candidate(
                      Rule.SCHEMAFULL_UNDEFINED_FIELDS,
                      statement,
                      table,
                      List.of(),
                      "Switches table "
                          + table
                          + " from SCHEMALESS to SCHEMAFULL: records holding fields the schema does "
                          + "not define fail their next write (on 2.x they lose those fields silently instead)",
                      "Define the fields the records hold, or unset them (UPDATE "
                          + esc(table)
                          + " UNSET …), before switching to SCHEMAFULL"));
            }
          }
          case DEFINE_INDEX -> {
            String name = risk.name().orElse("?");
            if (indexBefore.orElse(false) && mode == Mode.PLAIN) {
              found.add(exists(statement, "index " + name + " on table " + table, table));
              break;
            }
            if (indexBefore.orElse(false) && mode == Mode.IF_NOT_EXISTS || !holds) {
              break;
            }
            String columns = String.join(", ", risk.fields());
            if (topLevel(tokens, "UNIQUE")) {
              found.add(
                  new Candidate(
                      Rule.UNIQUE_INDEX_DUPLICATES,
                      statement,
                      table,
                      risk.fields(),
                      "Defines unique index "
                          + name
                          + " on table "
                          + table
                          + " ("
                          + columns
                          + ") over existing records: "
                          + "the up fails if they hold duplicates",
                      "Merge or remove the duplicates first; list them with SELECT "
                          + columns
                          + ", count() AS n FROM "
                          + esc(table)
                          + " GROUP BY "
                          + columns
                          + " and keep the rows WHERE n > 1"));
            }
            if (!topLevel(tokens, "CONCURRENTLY")) {
              found.add(
                  new Candidate(
                      Rule.INDEX_NOT_CONCURRENT,
                      statement,
                      table,
                      risk.fields(),
                      "Defines index "
                          + name
                          + " on table "
                          + table
                          + " without CONCURRENTLY: the up blocks until the "
                          + "index is built over every existing record",
                      "Add CONCURRENTLY (DEFINE INDEX … CONCURRENTLY) to build the index in the background"));
            }
          }
          case DEFINE_OTHER -> found.addAll(defineOther(statement, tokens, mode));
          case REMOVE_FIELD -> {
            String field = risk.field().orElse("");
            if (holds && schemafullBefore.orElse(true) && !field.contains("*")) {
              removedFields.add(
                  new Candidate(
                      Rule.REMOVED_FIELD_VALUES_KEPT,
                      statement,
                      table,
                      List.of(field),
                      "Removes field "
                          + field
                          + " on table "
                          + table
                          + ": the values stay in the records, and on a "
                          + "SCHEMAFULL table writes to those records fail until the values are unset",
                      "Unset the values in the same up before removing the field: UPDATE "
                          + esc(table)
                          + " UNSET "
                          + esc(field)));
            } else if (holds) {
              removedFields.add(new Candidate(null, statement, table, List.of(field), "", ""));
            }
          }
          case REMOVE_TABLE -> removedTables.put(table, statement);
          case UPDATE -> {
            for (String t : risk.tables()) {
              updates.computeIfAbsent(t, x -> new ArrayList<>()).add(statement);
            }
            written.addAll(risk.tables());
          }
          case WRITE -> written.addAll(risk.tables());
          default -> {}
        }
        if (keyword.equals("INSERT") || keyword.equals("CREATE") || keyword.equals("RELATE")) {
          written.addAll(risk.tables());
        }
      }
      // backfills and unsets in the same up settle new required fields and removed fields
      for (Candidate c : newFields) {
        String field = c.fields.get(0);
        boolean backfilled =
            updates.getOrDefault(c.table, List.of()).stream()
                .anyMatch(
                    u ->
                        UpdateAssignments.set(u).contains(field)
                            && (!UpdateAssignments.hasWhere(u)
                                || UpdateAssignments.whereMentions(u, field)));
        if (!backfilled) {
          found.add(c);
        }
      }
      for (Candidate c : removedFields) {
        String field = c.fields.get(0);
        List<Statement> onTable = updates.getOrDefault(c.table, List.of());
        boolean unset = onTable.stream().anyMatch(u -> UpdateAssignments.unset(u).contains(field));
        if (c.rule != null && !unset) {
          found.add(c);
        }
        Set<String> fresh = definedHere.getOrDefault(c.table, Set.of());
        if (!fresh.isEmpty()) {
          boolean copied =
              onTable.stream().anyMatch(u -> UpdateAssignments.copies(u, fresh, field));
          if (!copied) {
            Candidate rename =
                new Candidate(
                    Rule.RENAME_WITHOUT_COPY,
                    c.statement,
                    c.table,
                    List.of(field),
                    "Defines field "
                        + String.join(", ", fresh)
                        + " and removes field "
                        + field
                        + " on table "
                        + c.table
                        + " without copying the values between them: the new field starts empty and the old values "
                        + "are left behind",
                    "Copy the values in the same up before removing the old field: UPDATE "
                        + esc(c.table)
                        + " SET "
                        + esc(fresh.iterator().next())
                        + " = "
                        + esc(field)
                        + "; then UPDATE "
                        + esc(c.table)
                        + " UNSET "
                        + esc(field)
                        + "; REMOVE FIELD "
                        + esc(field)
                        + " ON "
                        + esc(c.table));
            found.add(rename);
          }
        }
      }
      for (Map.Entry<String, Statement> removed : removedTables.entrySet()) {
        String old = removed.getKey();
        if (created.contains(old) && !written.contains(old)) {
          continue;
        }
        for (String fresh : tablesHere.keySet()) {
          boolean copied =
              migration.up().stream()
                  .anyMatch(
                      s ->
                          mentionsWord(s, old)
                              && mentionsWord(s, fresh)
                              && !Statements.significantTokens(s).get(0).isWord("DEFINE")
                              && !Statements.significantTokens(s).get(0).isWord("REMOVE"));
          if (!copied) {
            found.add(
                new Candidate(
                    Rule.RENAME_WITHOUT_COPY,
                    removed.getValue(),
                    old,
                    List.of(),
                    "Defines table "
                        + fresh
                        + " and removes table "
                        + old
                        + " without copying the records between them: "
                        + "the records of "
                        + old
                        + " are deleted with it",
                    "Copy the records in the same up before removing the old table: INSERT INTO "
                        + esc(fresh)
                        + " (SELECT * FROM "
                        + esc(old)
                        + "); then REMOVE TABLE "
                        + esc(old)));
          }
        }
      }
      for (Candidate c : schemafull.values()) {
        Set<String> allowed = new TreeSet<>(Set.of("id"));
        for (String field : schema.fields(c.table)) {
          allowed.add(field.split("[.\\[]")[0].replace("`", ""));
        }
        if (schema.kind(c.table).filter(k -> k == TableKind.RELATION).isPresent()) {
          allowed.addAll(Set.of("in", "out"));
        }
        c.allowed = allowed;
        found.add(c);
      }
      found.sort(java.util.Comparator.comparingInt(c -> c.statement.line()));
      return found;
    }

    private List<Candidate> defineOther(Statement statement, List<Token> tokens, Mode mode) {
      List<Candidate> found = new ArrayList<>();
      if (tokens.size() < 3) {
        return found;
      }
      String kind = tokens.get(1).text().toUpperCase(Locale.ROOT);
      int nameAt = mode == Mode.PLAIN ? 2 : mode == Mode.OVERWRITE ? 3 : 5;
      if (nameAt >= tokens.size()) {
        return found;
      }
      String name = nameOf(tokens, nameAt, kind);
      Optional<Boolean> exists =
          start.map(
              s ->
                  switch (kind) {
                    case "FUNCTION" ->
                        s.functions()
                            .containsKey(name.startsWith("fn::") ? name.substring(4) : name);
                    case "PARAM" ->
                        s.params().containsKey(name.startsWith("$") ? name.substring(1) : name);
                    case "ANALYZER" -> s.analyzers().containsKey(name);
                    case "ACCESS" -> s.accesses().containsKey(name);
                    case "SEQUENCE" -> s.sequences().containsKey(name);
                    case "EVENT" ->
                        onTable(tokens)
                            .flatMap(s::table)
                            .map(t -> t.events().containsKey(name))
                            .orElse(false);
                    default -> false;
                  });
      if (exists.orElse(false) && mode == Mode.PLAIN) {
        found.add(
            exists(
                statement, kind.toLowerCase(Locale.ROOT) + " " + name, onTable(tokens).orElse("")));
      }
      if (kind.equals("ACCESS")) {
        boolean redacted = statement.text().contains("[REDACTED]");
        boolean keyGiven = tokens.stream().anyMatch(t -> t.isWord("KEY"));
        boolean reapplied = mode == Mode.OVERWRITE && exists.orElse(true);
        if (redacted || reapplied && !keyGiven) {
          Candidate c =
              new Candidate(
                  Rule.ACCESS_KEY_ROTATED,
                  statement,
                  "",
                  List.of(),
                  redacted
                      ? "Defines access method "
                          + name
                          + " with the key '[REDACTED]': a definition captured from INFO FOR DB "
                          + "reads keys back redacted, so re-applying it sets the key to that literal text and tokens issued "
                          + "with the real key stop working"
                      : "Re-applies access method "
                          + name
                          + " without a KEY: the server generates a new key, so tokens and "
                          + "sessions issued with the old one stop working",
                  "Give the access method an explicit KEY from a secret (never from a captured definition), or define it "
                      + "IF NOT EXISTS so an existing key is kept");
          if (redacted) {
            c.forced = Optional.of(ForwardSafety.UNSAFE);
          }
          found.add(c);
        }
      }
      return found;
    }

    private StatementRisk peek(Statement statement) {
      return SchemaWalk.from(Optional.empty()).next(statement);
    }
  }

  private static Candidate exists(Statement statement, String what, String table) {
    return new Candidate(
        Rule.DEFINE_EXISTS,
        statement,
        table,
        List.of(),
        "Defines "
            + what
            + ", which already exists, without OVERWRITE or IF NOT EXISTS: the up fails (\"already exists\")",
        "Use DEFINE … IF NOT EXISTS to keep what exists, or DEFINE … OVERWRITE to replace it");
  }

  private static Candidate narrowed(
      Statement statement,
      String table,
      String field,
      FieldNarrowing narrowing,
      FieldDefinition now,
      SchemaWalk schema) {
    String what =
        "Redefines field " + field + " on table " + table + ": " + narrowing.description();
    Candidate c =
        switch (narrowing.clause()) {
          case TYPE ->
              new Candidate(
                  Rule.FIELD_TYPE_NARROWED,
                  statement,
                  table,
                  List.of(field),
                  what
                      + "; stored values are not re-checked, and records whose value does not fit fail their next write",
                  "Convert the values that do not fit in the same up, before the new TYPE (UPDATE "
                      + esc(table)
                      + " SET "
                      + esc(field)
                      + " = … WHERE …), or keep the old type as a union member");
          case ASSERT ->
              new Candidate(
                  Rule.FIELD_ASSERT_TIGHTENED,
                  statement,
                  table,
                  List.of(field),
                  what
                      + "; stored values are not re-checked, and records whose value fails it fail their next write",
                  "Fix the values that fail the new ASSERT in the same up, before the ASSERT (UPDATE "
                      + esc(table)
                      + " SET "
                      + esc(field)
                      + " = … WHERE …)");
          case FLEXIBLE ->
              new Candidate(
                  Rule.FIELD_FLEXIBLE_REMOVED,
                  statement,
                  table,
                  List.of(field),
                  what
                      + "; records holding keys in "
                      + field
                      + " that are not defined as fields fail their next write",
                  "Define the nested keys as fields (DEFINE FIELD "
                      + field
                      + ".key ON "
                      + table
                      + "), or strip them in the "
                      + "same up, or keep FLEXIBLE");
          case READONLY ->
              new Candidate(
                  Rule.FIELD_READONLY_ADDED,
                  statement,
                  table,
                  List.of(field),
                  what + "; the stored values can no longer be changed",
                  "Set the final values before adding READONLY, and make sure no writer changes "
                      + field
                      + " any more");
          case VALUE ->
              new Candidate(
                  Rule.FIELD_VALUE_CHANGED,
                  statement,
                  table,
                  List.of(field),
                  what
                      + "; each stored value is replaced on its record's next write, by whatever write comes first",
                  "Recompute the values in the same up (UPDATE "
                      + esc(table)
                      + ") so the change happens in the migration, "
                      + "not on a user's next write");
        };
    c.type = now.type();
    c.assertion = now.assertion();
    c.acceptsNone = now.acceptsNone();
    String prefix = field + ".";
    Set<String> nested = new TreeSet<>();
    for (String f : schema.fields(table)) {
      if (f.startsWith(prefix)) {
        nested.add(f.substring(prefix.length()).split("[.\\[]")[0]);
      }
    }
    c.allowed = nested;
    return c;
  }

  // ------------------------------------------------------------------ data-aware layer

  /** An issue found by the static layer, measured (or not) by the data-aware layer. */
  private static final class Candidate {
    final Rule rule;
    final Statement statement;
    final String table;
    final List<String> fields;
    final String description;
    final String hint;
    Optional<String> type = Optional.empty();
    Optional<String> assertion = Optional.empty();
    boolean acceptsNone;
    Set<String> allowed = Set.of();
    Optional<ForwardSafety> forced = Optional.empty();

    /**
     * Raised only by a 2.x engine: a new field whose VALUE 3.x computes on the next write, 2.x does
     * not.
     */
    boolean onlyOn2x;

    Candidate(
        Rule rule,
        Statement statement,
        String table,
        List<String> fields,
        String description,
        String hint) {
      this.rule = rule;
      this.statement = statement;
      this.table = table;
      this.fields = fields;
      this.description = description;
      this.hint = hint;
    }

    ForwardIssue issue(
        Migration migration,
        Optional<ForwardProbe> probe,
        ForwardSettings settings,
        Set<String> written) {
      ForwardSafety level = forced.orElse(staticLevel(rule));
      ForwardSafety safety = level;
      Optional<String> affected = Optional.empty();
      OptionalLong count = OptionalLong.empty();
      List<String> sample = List.of();
      boolean predicts = false;
      String text = description;
      if (probe.isPresent()) {
        ForwardProbe p = probe.get();
        Optional<ForwardProbe.Measure> measured = measure(p);
        if (measured.isPresent()) {
          ForwardProbe.Measure m = measured.get();
          if (m.count().isEmpty()) {
            affected = Optional.of("not counted: " + m.reason());
          } else {
            long n = m.count().getAsLong();
            count = m.count();
            sample = m.sample();
            affected = Optional.of(sentence(n, m.names(), settings));
            predicts = n > 0 && predictsFailures(p);
            if (rule == Rule.INDEX_NOT_CONCURRENT) {
              safety = n >= settings.indexThreshold() ? ForwardSafety.UNSAFE : ForwardSafety.SAFE;
            } else if (dropsSilentlyOn2x(rule) && !p.v3() && n > 0) {
              safety = ForwardSafety.DATA_LOSS;
              text =
                  text
                      + " (this server, "
                      + p.serverVersion()
                      + ", does not refuse the write: it drops those "
                      + "values silently on the next write)";
            } else if (n == 0 && written.contains(table)) {
              affected =
                  Optional.of(
                      affected.get() + " now, but an up writes to " + esc(table) + " first");
            } else if (n == 0) {
              safety = ForwardSafety.SAFE;
              text = text + " (downgraded to safe: " + affected.get() + ")";
            }
          }
        }
      }
      String source = statement.origin().isBlank() ? migration.source() : statement.origin();
      return ForwardIssue.builder()
          .version(migration.version())
          .rule(rule)
          .staticSafety(level)
          .safety(safety)
          .statement(statement.text())
          .source(source)
          .line(statement.line())
          .table(table)
          .description(text)
          .hint(hint)
          .affectedData(affected)
          .affectedRecords(count)
          .sampleRecords(sample)
          .predictsFailedWrites(predicts)
          .build();
    }

    private boolean predictsFailures(ForwardProbe probe) {
      return switch (rule) {
        case NEW_REQUIRED_FIELD, FIELD_TYPE_NARROWED, FIELD_ASSERT_TIGHTENED -> true;
        case FIELD_FLEXIBLE_REMOVED, REMOVED_FIELD_VALUES_KEPT, SCHEMAFULL_UNDEFINED_FIELDS ->
            probe.v3();
        default -> false;
      };
    }

    private Optional<ForwardProbe.Measure> measure(ForwardProbe p) {
      String field = fields.isEmpty() ? "" : fields.get(0);
      String idiom = field.isEmpty() ? "" : DataProbe.fieldExpression(field);
      return switch (rule) {
        case NEW_REQUIRED_FIELD, FIELD_TYPE_NARROWED ->
            Optional.of(
                type.flatMap(t -> p.fits(t, field))
                    .map(fit -> p.matching(table, "!" + fit))
                    .orElseGet(
                        () ->
                            rule == Rule.NEW_REQUIRED_FIELD
                                ? p.matching(table, idiom + " = NONE")
                                : ForwardProbe.Measure.unavailable(
                                    "the type "
                                        + type.orElse("?")
                                        + " cannot be checked by a query")));
        case FIELD_ASSERT_TIGHTENED ->
            Optional.of(
                assertion
                    .flatMap(a -> assertCondition(a, idiom))
                    .map(
                        cond ->
                            p.matching(
                                table,
                                (acceptsNone ? idiom + " != NONE AND " : "") + "!(" + cond + ")"))
                    .orElseGet(
                        () ->
                            ForwardProbe.Measure.unavailable(
                                "the ASSERT cannot be evaluated by a read-only query")));
        case FIELD_FLEXIBLE_REMOVED ->
            Optional.of(
                p.matching(
                    table,
                    p.isObject(idiom)
                        + " AND array::len("
                        + "array::complement(object::keys("
                        + idiom
                        + "), ["
                        + String.join(", ", allowed.stream().map(TypePredicate::literal).toList())
                        + "])) > 0"));
        case FIELD_READONLY_ADDED, REMOVED_FIELD_VALUES_KEPT ->
            Optional.of(p.matching(table, idiom + " != NONE"));
        case RENAME_WITHOUT_COPY ->
            Optional.of(field.isEmpty() ? p.records(table) : p.matching(table, idiom + " != NONE"));
        case FIELD_VALUE_CHANGED, INDEX_NOT_CONCURRENT -> Optional.of(p.records(table));
        case SCHEMAFULL_UNDEFINED_FIELDS -> Optional.of(p.undefinedFields(table, allowed));
        case UNIQUE_INDEX_DUPLICATES -> Optional.of(p.duplicates(table, fields));
        default -> Optional.empty();
      };
    }

    private String sentence(long n, List<String> names, ForwardSettings settings) {
      String t = esc(table);
      String f = fields.isEmpty() ? "" : esc(fields.get(0));
      String records = n + (n == 1 ? " record" : " records");
      String has = n == 1 ? " has" : " have";
      if (n == 0 && rule != Rule.INDEX_NOT_CONCURRENT && rule != Rule.UNIQUE_INDEX_DUPLICATES) {
        return "no record in " + t + " is affected";
      }
      return switch (rule) {
        case NEW_REQUIRED_FIELD ->
            records
                + " in "
                + t
                + has
                + " no value in "
                + f
                + " that fits; "
                + (n == 1 ? "it fails its" : "they fail their")
                + " next write";
        case FIELD_TYPE_NARROWED ->
            records + " in " + t + has + " a value in " + f + " that does not fit the new type";
        case FIELD_ASSERT_TIGHTENED ->
            records + " in " + t + has + " a value in " + f + " that fails the new ASSERT";
        case FIELD_FLEXIBLE_REMOVED ->
            records
                + " in "
                + t
                + (n == 1 ? " holds" : " hold")
                + " keys in "
                + f
                + " that are not defined as fields";
        case FIELD_READONLY_ADDED ->
            records + " in " + t + has + " a value in " + f + " that can no longer be changed";
        case FIELD_VALUE_CHANGED ->
            records
                + " in "
                + t
                + (n == 1 ? " gets" : " get")
                + " a recomputed "
                + f
                + " on "
                + (n == 1 ? "its" : "their")
                + " next write";
        case SCHEMAFULL_UNDEFINED_FIELDS ->
            records
                + " in "
                + t
                + (n == 1 ? " holds" : " hold")
                + " fields the schema does not define: "
                + String.join(", ", names);
        case UNIQUE_INDEX_DUPLICATES ->
            n == 0
                ? "no duplicate values in " + t
                : n
                    + (n == 1 ? " value occurs" : " values occur")
                    + " in more than one record of "
                    + t;
        case INDEX_NOT_CONCURRENT ->
            records
                + " in "
                + t
                + (n >= settings.indexThreshold() ? ", at or above" : ", below")
                + " the threshold of "
                + settings.indexThreshold()
                + " ("
                + ForwardSettings.INDEX_THRESHOLD_PROPERTY
                + ")";
        case REMOVED_FIELD_VALUES_KEPT ->
            records + " in " + t + has + " a value in " + f + " that stays behind";
        case RENAME_WITHOUT_COPY ->
            f.isEmpty()
                ? records + " in " + t + (n == 1 ? " is" : " are") + " not copied"
                : records + " in " + t + has + " a value in " + f + " that is not copied";
        default -> records + " in " + t;
      };
    }
  }

  /**
   * The ASSERT with {@code $value} replaced by the field idiom, if it can run as a read-only
   * condition.
   */
  static Optional<String> assertCondition(String assertion, String idiom) {
    StringBuilder out = new StringBuilder();
    try {
      for (Token t : SurqlLexer.tokenize(assertion, "<assert>")) {
        if (t.type() == TokenType.PARAMETER && t.value().equals("value")) {
          out.append(idiom);
        } else if (t.type() == TokenType.COMMENT) {
          out.append(' ');
        } else {
          out.append(t.text());
        }
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    String condition = out.toString().strip();
    return DataProbe.whyNotCountable(condition).isPresent()
        ? Optional.empty()
        : Optional.of(condition);
  }

  // ------------------------------------------------------------------ tokens

  private enum Mode {
    PLAIN,
    OVERWRITE,
    IF_NOT_EXISTS
  }

  private static Mode mode(List<Token> tokens) {
    if (tokens.size() > 2 && tokens.get(2).isWord("OVERWRITE")) {
      return Mode.OVERWRITE;
    }
    if (tokens.size() > 4
        && tokens.get(2).isWord("IF")
        && tokens.get(3).isWord("NOT")
        && tokens.get(4).isWord("EXISTS")) {
      return Mode.IF_NOT_EXISTS;
    }
    return Mode.PLAIN;
  }

  private static String nameOf(List<Token> tokens, int at, String kind) {
    if (kind.equals("FUNCTION")) {
      StringBuilder name = new StringBuilder();
      for (int i = at; i < tokens.size() && tokens.get(i).type() != TokenType.OPEN; i++) {
        Token t = tokens.get(i);
        name.append(
            t.type() == TokenType.WORD || t.type() == TokenType.ESCAPED_IDENTIFIER
                ? t.value()
                : t.text());
      }
      return name.toString();
    }
    Token t = tokens.get(at);
    return t.type() == TokenType.PARAMETER ? "$" + t.value() : t.value();
  }

  private static Optional<String> onTable(List<Token> tokens) {
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).isWord("ON")) {
        Token next =
            tokens.get(i + 1).isWord("TABLE") && i + 2 < tokens.size()
                ? tokens.get(i + 2)
                : tokens.get(i + 1);
        return Optional.of(next.value());
      }
    }
    return Optional.empty();
  }

  private static boolean topLevel(List<Token> tokens, String word) {
    int depth = 0;
    for (Token t : tokens) {
      if (t.type() == TokenType.OPEN) {
        depth++;
      } else if (t.type() == TokenType.CLOSE) {
        depth--;
      } else if (depth == 0 && t.isWord(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentionsWord(Statement statement, String word) {
    return Statements.significantTokens(statement).stream()
        .anyMatch(
            t ->
                (t.type() == TokenType.WORD || t.type() == TokenType.ESCAPED_IDENTIFIER)
                    && t.value().equals(word));
  }

  private static String esc(String name) {
    return SurqlIdentifiers.escapeIfNeeded(name);
  }
}

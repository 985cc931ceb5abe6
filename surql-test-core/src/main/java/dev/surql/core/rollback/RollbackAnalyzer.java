package dev.surql.core.rollback;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.analysis.DataProbe;
import dev.surql.core.internal.analysis.NestedStatements;
import dev.surql.core.internal.analysis.SchemaWalk;
import dev.surql.core.internal.analysis.StatementRisk;
import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.Statement;
import dev.surql.core.rule.Rule;
import dev.surql.core.snapshot.DatabaseSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns the downs of migrations into {@link RollbackIssue}s, in two layers. The static layer
 * ({@code StatementAnalyzer}) says what each down statement would do to a database full of data.
 * The data-aware layer, when a client is given, counts what is really at stake (records of a table
 * that would be removed, records with a value in a removed field, records a {@code DELETE}'s {@code
 * WHERE} matches, duplicates a new unique index would meet) and downgrades an issue to SAFE when
 * nothing is at stake, saying why in {@link RollbackIssue#affectedData()}.
 *
 * <p>Only statements whose static level is not SAFE become issues. A migration without a down
 * section is one UNSAFE issue ("irreversible"). No issue is downgraded when it was not fully
 * understood, or when an earlier statement of the same rollback writes to the table concerned (the
 * count taken now would not be the count when the statement runs).
 */
public final class RollbackAnalyzer {

  private RollbackAnalyzer() {}

  /**
   * Analyses one migration's down against the current schema, counting the data at stake in the
   * database {@code client} is bound to.
   */
  public static List<RollbackIssue> analyze(
      Migration migration, SurqlClient client, DatabaseSchema current) {
    Objects.requireNonNull(migration, "migration");
    return analyze(
        List.of(migration),
        RollbackAnalysisOptions.staticLevel().withClient(client).withSchema(current));
  }

  /** The static level only: analyses one migration's down against the schema it would run on. */
  public static List<RollbackIssue> analyzeStatic(Migration migration, DatabaseSchema current) {
    Objects.requireNonNull(migration, "migration");
    return analyze(List.of(migration), RollbackAnalysisOptions.staticLevel().withSchema(current));
  }

  /**
   * Analyses the downs of {@code migrations} in the order given (the order they would run, newest
   * first), each statement compared with the schema as the statements before it leave it.
   *
   * @param migrations the migrations to roll back, in the order their downs run
   * @param options the database to count data in (none: the static level only) and the schema
   *     before the rollback (none: redefinitions of existing elements count as changes)
   */
  public static List<RollbackIssue> analyze(
      List<Migration> migrations, RollbackAnalysisOptions options) {
    Objects.requireNonNull(migrations, "migrations");
    Objects.requireNonNull(options, "options");
    Optional<SurqlClient> client = options.client();
    Optional<DatabaseSchema> current = options.schema();
    SchemaWalk run = SchemaWalk.from(current);
    Optional<DataProbe> probe = client.map(DataProbe::new);
    Writes writes = new Writes();
    List<RollbackIssue> issues = new ArrayList<>();
    for (Migration migration : migrations) {
      Objects.requireNonNull(migration, "migration");
      if (migration.down().isEmpty()) {
        issues.add(
            RollbackIssue.builder()
                .version(migration.version())
                .staticSafety(RollbackSafety.UNSAFE)
                .safety(RollbackSafety.UNSAFE)
                .statement("")
                .source(migration.source())
                .line(0)
                .description(
                    "Migration " + migration.displayName() + " is irreversible: no down section")
                .recommendation(
                    "Write a down section for "
                        + migration.source()
                        + ", or restore a backup instead of rolling back")
                .rule(Rule.NO_DOWN)
                .build());
        continue;
      }
      RollbackSafety analysed = RollbackSafety.SAFE;
      for (Statement statement : migration.down().get()) {
        StatementRisk risk = run.next(statement);
        analysed = analysed.max(risk.safety());
        if (risk.isRisky()) {
          issues.add(issue(migration, risk, probe, writes));
        }
        writes.record(risk);
      }
      Optional<RollbackSafety> declared = migration.declaredSafety();
      if (declared.isPresent() && declared.get().isRiskierThan(analysed)) {
        issues.add(
            RollbackIssue.builder()
                .version(migration.version())
                .staticSafety(declared.get())
                .safety(declared.get())
                .statement("")
                .source(migration.source())
                .line(0)
                .description(
                    "The author of "
                        + migration.displayName()
                        + " declares its rollback "
                        + declared.get().fileName()
                        + " (-- @rollback:), riskier than the analysis of its down ("
                        + analysed.fileName()
                        + ")")
                .recommendation("Read the migration's notes before rolling back")
                .rule(Rule.DECLARED_RISKIER)
                .build());
      }
    }
    return List.copyOf(issues);
  }

  /** The riskiest static level of the issues; SAFE when there are none. */
  public static RollbackSafety staticSafety(List<RollbackIssue> issues) {
    return issues.stream()
        .map(RollbackIssue::staticSafety)
        .reduce(RollbackSafety.SAFE, RollbackSafety::max);
  }

  /** The riskiest level of the issues after counting; SAFE when there are none. */
  public static RollbackSafety overallSafety(List<RollbackIssue> issues) {
    return issues.stream()
        .map(RollbackIssue::safety)
        .reduce(RollbackSafety.SAFE, RollbackSafety::max);
  }

  private static RollbackIssue issue(
      Migration migration, StatementRisk risk, Optional<DataProbe> probe, Writes writes) {
    Statement statement = risk.statement();
    String source = statement.origin().isBlank() ? migration.source() : statement.origin();
    RollbackSafety safety = risk.safety();
    String description = risk.description();
    Optional<String> affected = Optional.empty();
    OptionalLong records = OptionalLong.empty();
    if (probe.isPresent() && risk.understood()) {
      Optional<Measure> measure = measure(risk, probe.get());
      if (measure.isPresent()) {
        Measure m = measure.get();
        if (m.count().isEmpty()) {
          affected = Optional.of(m.text());
        } else {
          records = m.count();
          long count = m.count().getAsLong();
          Optional<String> written = risk.tables().stream().filter(writes::touches).findFirst();
          if (count == 0 && written.isEmpty() && !writes.unknown) {
            safety = RollbackSafety.SAFE;
            affected = Optional.of(m.text());
            description = description + " (downgraded to safe: " + m.text() + ")";
          } else if (count == 0) {
            affected =
                Optional.of(
                    m.text()
                        + " now, but an earlier statement of the rollback "
                        + written
                            .map(t -> "writes to " + SurqlIdentifiers.escape(t))
                            .orElse("may write data"));
          } else {
            affected = Optional.of(m.text());
          }
        }
      }
    }
    return RollbackIssue.builder()
        .version(migration.version())
        .staticSafety(risk.safety())
        .safety(safety)
        .statement(statement.text())
        .source(source)
        .line(statement.line())
        .description(description)
        .recommendation(risk.recommendation())
        .affectedData(affected)
        .affectedRecords(records)
        .rule(risk.kind().rule())
        .build();
  }

  /** A count and the sentence that reports it, or (count empty) why nothing was counted. */
  private record Measure(OptionalLong count, String text) {}

  private static Optional<Measure> measure(StatementRisk risk, DataProbe probe) {
    if (risk.tables().isEmpty()) {
      return Optional.empty();
    }
    String table = risk.tables().get(0);
    return switch (risk.kind()) {
      case REMOVE_TABLE, DEFINE_TABLE, DEFINE_VIEW ->
          Optional.of(records(probe, risk.tables(), Optional.empty()));
      case DELETE_ALL -> Optional.of(records(probe, risk.tables(), Optional.empty()));
      case REMOVE_FIELD, DEFINE_FIELD ->
          Optional.of(values(probe, table, risk.fields(), Optional.empty()));
      case ALTER ->
          risk.fields().isEmpty()
              ? Optional.of(records(probe, risk.tables(), Optional.empty()))
              : Optional.of(values(probe, table, risk.fields(), Optional.empty()));
      case DELETE_SOME ->
          risk.name().isEmpty() && risk.condition().isPresent()
              ? Optional.of(records(probe, risk.tables(), risk.condition()))
              : Optional.empty();
      case UPDATE ->
          risk.name().isPresent()
              ? Optional.empty()
              : risk.fields().isEmpty()
                  ? Optional.of(records(probe, risk.tables(), risk.condition()))
                  : Optional.of(values(probe, table, risk.fields(), risk.condition()));
      case DEFINE_INDEX -> Optional.of(duplicates(probe, table, risk.fields()));
      default -> Optional.empty();
    };
  }

  private static Measure records(DataProbe probe, List<String> tables, Optional<String> condition) {
    long total = 0;
    List<String> parts = new ArrayList<>();
    for (String table : tables) {
      DataProbe.Count count = probe.records(table, condition);
      if (count.value().isEmpty()) {
        return new Measure(OptionalLong.empty(), count.reason());
      }
      long n = count.value().getAsLong();
      total += n;
      String name = SurqlIdentifiers.escape(table);
      if (condition.isPresent()) {
        parts.add(
            n == 0
                ? "no record in " + name + " matches the WHERE condition"
                : records(n)
                    + " in "
                    + name
                    + (n == 1 ? " matches" : " match")
                    + " the WHERE condition");
      } else if (n == 0) {
        parts.add(
            probe.tableExists(table)
                ? "table " + name + " is empty"
                : "table " + name + " does not exist");
      } else {
        parts.add(records(n) + " in " + name);
      }
    }
    return new Measure(OptionalLong.of(total), String.join(", ", parts));
  }

  private static Measure values(
      DataProbe probe, String table, List<String> fields, Optional<String> condition) {
    DataProbe.Count count = probe.values(table, fields, condition);
    if (count.value().isEmpty()) {
      return new Measure(OptionalLong.empty(), count.reason());
    }
    long n = count.value().getAsLong();
    String name = SurqlIdentifiers.escape(table);
    String what =
        fields.size() == 1
            ? SurqlIdentifiers.escape(fields.get(0))
            : String.join(" or ", fields.stream().map(SurqlIdentifiers::escape).toList());
    String where = condition.isPresent() ? " and match the WHERE condition" : "";
    if (n == 0) {
      return new Measure(
          count.value(),
          probe.tableExists(table)
              ? "no record in "
                  + name
                  + " has a value in "
                  + what
                  + (condition.isPresent() ? " and matches the WHERE condition" : "")
              : "table " + name + " does not exist");
    }
    return new Measure(
        count.value(),
        records(n)
            + " in "
            + name
            + (n == 1 ? " has" : " have")
            + " a value in "
            + what
            + (n == 1 && condition.isPresent() ? " and matches the WHERE condition" : where));
  }

  private static Measure duplicates(DataProbe probe, String table, List<String> columns) {
    DataProbe.Count count = probe.duplicates(table, columns);
    if (count.value().isEmpty()) {
      return new Measure(OptionalLong.empty(), count.reason());
    }
    long n = count.value().getAsLong();
    String name = SurqlIdentifiers.escape(table);
    String cols = "(" + String.join(", ", columns) + ")";
    return new Measure(
        count.value(),
        n == 0
            ? "no duplicate " + cols + " values in " + name
            : n
                + (n == 1 ? " value of " : " values of ")
                + cols
                + " occur"
                + (n == 1 ? "s" : "")
                + " in more than one record of "
                + name);
  }

  private static String records(long n) {
    return n + (n == 1 ? " record" : " records");
  }

  /** Which tables the statements analysed so far may have added data to. */
  private static final class Writes {
    private final Set<String> tables = new HashSet<>();
    private boolean unknown;

    void record(StatementRisk risk) {
      switch (risk.kind()) {
        case WRITE, UPDATE, DEFINE_VIEW -> {
          if (risk.tables().isEmpty()) {
            unknown = true;
          }
          tables.addAll(risk.tables());
        }
        case BLOCK, UNKNOWN -> unknown = true;
        default -> {}
      }
      boolean definition =
          risk.kind().name().startsWith("DEFINE_")
              && !Statements.significantTokens(risk.statement()).stream()
                  .skip(1)
                  .findFirst()
                  .map(t -> t.isWord("PARAM"))
                  .orElse(false);
      if (!risk.understood()
          || !definition
              && (!NestedStatements.of(risk.statement()).isEmpty()
                  || !NestedStatements.customFunctionCalls(risk.statement()).isEmpty())) {
        unknown = true;
      }
    }

    boolean touches(String table) {
      return tables.contains(table);
    }
  }
}

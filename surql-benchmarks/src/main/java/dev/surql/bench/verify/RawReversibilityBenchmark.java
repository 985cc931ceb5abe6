package dev.surql.bench.verify;

import dev.surql.bench.Benchmark;
import dev.surql.bench.raw.RawHttp;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The baselines of {@link ReversibilityBenchmark}: exactly the work a reversibility check must do,
 * over plain HTTP and without bookkeeping. On one fresh database: {@code INFO} once, then per
 * migration up, {@code INFO}, down, {@code INFO}, up, {@code INFO}, where each {@code INFO} is what
 * the verifier asks too: {@code INFO FOR DB} plus {@code INFO FOR TABLE} for the migration's table
 * (worked out before timing starts); then the database is removed. No history table, no transaction
 * wrapper, no snapshot records, no parsing or diffing.
 *
 * <p>Two packings of the same statements:
 *
 * <ul>
 *   <li>{@code .raw-http}: each step and each read in a request of its own (up; {@code INFO FOR
 *       DB}; {@code INFO FOR TABLE} of the tables listed), as a straightforward client sends them;
 *   <li>{@code .raw-http-packed}: each step in one request with its reads after it, as the verifier
 *       sends them, so that the verifier's ratio to it is its own cost: the history rows and
 *       transactions, and everything on the Java side.
 * </ul>
 */
public abstract class RawReversibilityBenchmark implements Benchmark {
  private final int count;
  private final boolean packed;

  protected RawReversibilityBenchmark(int count, boolean packed) {
    this.count = count;
    this.packed = packed;
  }

  static String name(int count) {
    return ReversibilityBenchmark.name(count) + ".raw-http";
  }

  static String packedName(int count) {
    return ReversibilityBenchmark.name(count) + ".raw-http-packed";
  }

  @Override
  public String name() {
    return packed ? packedName(count) : name(count);
  }

  @Override
  public String description() {
    return "the same "
        + count
        + " ups, downs, ups and INFO queries over plain java.net.http on a fresh database, "
        + (packed
            ? "each step and its INFO queries in one request, as the verifier packs them"
            : "each step and each INFO query in a request of its own");
  }

  /** The packed variant is compared with the unpacked one: what packing alone saves. */
  @Override
  public Optional<String> baseline() {
    return packed ? Optional.of(name(count)) : Optional.empty();
  }

  @Override
  public int warmups() {
    return count >= ReversibilityBenchmark.LARGE ? 3 : 2;
  }

  @Override
  public int iterations() {
    return count >= ReversibilityBenchmark.LARGE ? 7 : 11;
  }

  @Override
  public Fixture setUp() {
    RawHttp raw = new RawHttp(SurqlEngines.shared().rootSettings());
    GeneratedMigrations generated = GeneratedMigrations.create(count);
    List<Migration> migrations = generated.migrations().migrations();
    List<String> ups = migrations.stream().map(m -> join(m.upStatements())).toList();
    List<String> downs = migrations.stream().map(m -> join(m.downStatements())).toList();
    List<Set<String>> named = migrations.stream().map(RawReversibilityBenchmark::names).toList();
    generated.close();
    List<String> tables = migrations.stream().map(RawReversibilityBenchmark::table).toList();
    return () -> {
      String db = raw.createDatabase("bench_raw_verify");
      try {
        raw.info(db, db);
        for (int i = 0; i < ups.size(); i++) {
          int after;
          int reverted;
          int reapplied;
          if (packed) {
            after = raw.postThenInfo(db, db, ups.get(i), tables.get(i));
            reverted = raw.postThenInfo(db, db, downs.get(i), tables.get(i));
            reapplied = raw.postThenInfo(db, db, ups.get(i), tables.get(i));
          } else {
            raw.post(db, db, ups.get(i));
            after = raw.info(db, db, named.get(i));
            raw.post(db, db, downs.get(i));
            reverted = raw.info(db, db, named.get(i));
            raw.post(db, db, ups.get(i));
            reapplied = raw.info(db, db, named.get(i));
          }
          if (after != i + 1 || reverted != i || reapplied != i + 1) {
            throw new IllegalStateException(
                "migration "
                    + (i + 1)
                    + ": expected "
                    + (i + 1)
                    + ", "
                    + i
                    + ", "
                    + (i + 1)
                    + " tables but INFO listed "
                    + after
                    + ", "
                    + reverted
                    + ", "
                    + reapplied);
          }
        }
      } finally {
        raw.removeDatabase(db);
      }
    };
  }

  /** The table a generated migration defines: the name after its first {@code TABLE}. */
  private static String table(Migration migration) {
    List<Token> tokens = Statements.significantTokens(migration.up().get(0));
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (tokens.get(i).isWord("TABLE")) {
        return tokens.get(i + 1).value();
      }
    }
    throw new IllegalStateException(
        "generated migration " + migration.version() + " defines no table");
  }

  /** Every identifier the migration's statements contain (the tables its snapshots re-read). */
  private static Set<String> names(Migration migration) {
    Set<String> names = new HashSet<>();
    List<Statement> statements = new ArrayList<>(migration.up());
    statements.addAll(migration.down().orElse(List.of()));
    for (Statement statement : statements) {
      for (Token token : Statements.significantTokens(statement)) {
        if (token.type() == TokenType.WORD || token.type() == TokenType.ESCAPED_IDENTIFIER) {
          names.add(token.value());
        }
      }
    }
    return names;
  }

  private static String join(List<String> statements) {
    StringBuilder sql = new StringBuilder();
    for (String statement : statements) {
      String text = statement.strip();
      while (text.endsWith(";")) {
        text = text.substring(0, text.length() - 1).strip();
      }
      sql.append(text).append(";\n");
    }
    return sql.toString();
  }

  /** N = 50, a request per step and per read. */
  public static final class Of50 extends RawReversibilityBenchmark {
    public Of50() {
      super(ReversibilityBenchmark.SMALL, false);
    }
  }

  /** N = 200, a request per step and per read. */
  public static final class Of200 extends RawReversibilityBenchmark {
    public Of200() {
      super(ReversibilityBenchmark.LARGE, false);
    }
  }

  /** N = 50, a request per step with its reads. */
  public static final class Packed50 extends RawReversibilityBenchmark {
    public Packed50() {
      super(ReversibilityBenchmark.SMALL, true);
    }
  }

  /** N = 200, a request per step with its reads. */
  public static final class Packed200 extends RawReversibilityBenchmark {
    public Packed200() {
      super(ReversibilityBenchmark.LARGE, true);
    }
  }
}

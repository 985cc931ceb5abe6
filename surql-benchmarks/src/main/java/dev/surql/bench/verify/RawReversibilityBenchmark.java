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
import java.util.Set;

/**
 * The baseline of {@link ReversibilityBenchmark}: exactly the work a reversibility check must do,
 * over plain HTTP and without bookkeeping. On one fresh database: {@code INFO} once, then per
 * migration POST up, {@code INFO}, POST down, {@code INFO}, POST up, {@code INFO}, where each
 * {@code INFO} is what the verifier asks too: {@code INFO FOR DB} plus one request with {@code INFO
 * FOR TABLE} for the tables the migration names (worked out before timing starts); then the
 * database is removed. No history table, no transaction wrapper, no snapshot records, no parsing or
 * diffing.
 */
public abstract class RawReversibilityBenchmark implements Benchmark {
  private final int count;

  protected RawReversibilityBenchmark(int count) {
    this.count = count;
  }

  static String name(int count) {
    return ReversibilityBenchmark.name(count) + ".raw-http";
  }

  @Override
  public String name() {
    return name(count);
  }

  @Override
  public String description() {
    return "the same "
        + count
        + " ups, downs, ups and INFO queries over plain java.net.http on a fresh database";
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
    return () -> {
      String db = raw.createDatabase("bench_raw_verify");
      try {
        raw.info(db, db);
        for (int i = 0; i < ups.size(); i++) {
          raw.post(db, db, ups.get(i));
          int after = raw.info(db, db, named.get(i));
          raw.post(db, db, downs.get(i));
          int reverted = raw.info(db, db, named.get(i));
          raw.post(db, db, ups.get(i));
          int reapplied = raw.info(db, db, named.get(i));
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

  /** N = 50. */
  public static final class Of50 extends RawReversibilityBenchmark {
    public Of50() {
      super(ReversibilityBenchmark.SMALL);
    }
  }

  /** N = 200. */
  public static final class Of200 extends RawReversibilityBenchmark {
    public Of200() {
      super(ReversibilityBenchmark.LARGE);
    }
  }
}

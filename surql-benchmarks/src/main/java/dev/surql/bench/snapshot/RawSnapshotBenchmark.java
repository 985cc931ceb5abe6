package dev.surql.bench.snapshot;

import dev.surql.bench.Benchmark;
import dev.surql.bench.raw.RawHttp;
import dev.surql.core.engine.SurqlEngines;

/**
 * The baseline of {@link SnapshotBenchmark}: {@code INFO FOR DB}, then one request with an {@code
 * INFO FOR TABLE} per table, over plain HTTP, each response parsed into a Jackson tree and nothing
 * else.
 */
public abstract class RawSnapshotBenchmark implements Benchmark {
  private final int tables;

  protected RawSnapshotBenchmark(int tables) {
    this.tables = tables;
  }

  static String name(int tables) {
    return SnapshotBenchmark.name(tables) + ".raw-http";
  }

  @Override
  public String name() {
    return name(tables);
  }

  @Override
  public String description() {
    return "INFO FOR DB + one request of "
        + tables
        + " INFO FOR TABLE over plain java.net.http, parsed by Jackson";
  }

  @Override
  public int warmups() {
    return tables >= SnapshotBenchmark.LARGE ? 5 : 20;
  }

  @Override
  public int iterations() {
    return tables >= SnapshotBenchmark.LARGE ? 41 : 101;
  }

  @Override
  public Fixture setUp() {
    SchemaDatabase database = SchemaDatabase.acquire(tables);
    RawHttp raw = new RawHttp(SurqlEngines.shared().rootSettings());
    String name = database.name();
    return new Fixture() {
      @Override
      public void run() {
        int listed = raw.info(name, name);
        if (listed != tables) {
          throw new IllegalStateException(
              "expected " + tables + " tables, INFO FOR DB listed " + listed);
        }
      }

      @Override
      public void close() {
        database.close();
      }
    };
  }

  /** 50 tables. */
  public static final class Of50 extends RawSnapshotBenchmark {
    public Of50() {
      super(SnapshotBenchmark.SMALL);
    }
  }

  /** 500 tables. */
  public static final class Of500 extends RawSnapshotBenchmark {
    public Of500() {
      super(SnapshotBenchmark.LARGE);
    }
  }
}

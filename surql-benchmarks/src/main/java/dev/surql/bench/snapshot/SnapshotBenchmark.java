package dev.surql.bench.snapshot;

import dev.surql.bench.Benchmark;
import dev.surql.bench.Ratio;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.Snapshots;
import java.util.List;
import java.util.Optional;

/**
 * {@code Snapshots.createSnapshot}, checksum included, of a schema of N tables (ten fields and two
 * indexes each), defined once before the timed iterations. Its baseline, {@link
 * RawSnapshotBenchmark}, sends the same two INFO requests over plain HTTP and parses them into
 * Jackson trees.
 */
public abstract class SnapshotBenchmark implements Benchmark {
  static final int SMALL = 50;
  static final int LARGE = 500;

  private final int tables;

  protected SnapshotBenchmark(int tables) {
    this.tables = tables;
  }

  static String name(int tables) {
    return "snapshot.capture." + tables;
  }

  @Override
  public String name() {
    return name(tables);
  }

  @Override
  public String description() {
    return "Snapshots.createSnapshot of "
        + tables
        + " tables x "
        + SchemaDatabase.FIELDS
        + " fields x "
        + SchemaDatabase.INDEXES
        + " indexes";
  }

  @Override
  public int warmups() {
    return tables >= LARGE ? 5 : 20;
  }

  @Override
  public int iterations() {
    return tables >= LARGE ? 41 : 101;
  }

  @Override
  public Optional<String> baseline() {
    return Optional.of(RawSnapshotBenchmark.name(tables));
  }

  @Override
  public Optional<Double> maxRatioToBaseline() {
    return Optional.of(1.5);
  }

  @Override
  public List<Ratio> ratios() {
    if (tables != LARGE) {
      return List.of();
    }
    return List.of(
        Ratio.growth(
            "snapshot.capture growth " + LARGE + "/" + SMALL,
            "Snapshots.createSnapshot time for "
                + LARGE
                + " tables / for "
                + SMALL
                + " (linear growth is "
                + (LARGE / SMALL)
                + ")",
            name(LARGE),
            name(SMALL),
            (double) LARGE / SMALL),
        Ratio.growth(
            "snapshot.capture.raw-http growth " + LARGE + "/" + SMALL,
            "the raw HTTP baseline's time for " + LARGE + " tables / for " + SMALL,
            RawSnapshotBenchmark.name(LARGE),
            RawSnapshotBenchmark.name(SMALL),
            (double) LARGE / SMALL));
  }

  @Override
  public Fixture setUp() {
    SchemaDatabase database = SchemaDatabase.acquire(tables);
    return new Fixture() {
      @Override
      public void run() {
        SchemaSnapshot snapshot = Snapshots.createSnapshot(database.client(), "bench", 0);
        // the checksum is computed on first use; a snapshot that is stored or reported has one, so
        // the benchmark asks for it and keeps measuring a whole snapshot
        if (snapshot.checksum().length() != 64) {
          throw new IllegalStateException("not a SHA-256 checksum: " + snapshot.checksum());
        }
        if (snapshot.schema().tables().size() != tables) {
          throw new IllegalStateException(
              "expected "
                  + tables
                  + " tables in the snapshot, got "
                  + snapshot.schema().tables().size());
        }
      }

      @Override
      public void close() {
        database.close();
      }
    };
  }

  /** 50 tables. */
  public static final class Of50 extends SnapshotBenchmark {
    public Of50() {
      super(SMALL);
    }
  }

  /** 500 tables, with the growth ratios from 50 to 500. */
  public static final class Of500 extends SnapshotBenchmark {
    public Of500() {
      super(LARGE);
    }
  }
}

package dev.surql.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkRunnerTest {
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final BenchmarkRunner runner = new BenchmarkRunner(1.0,
      new PrintStream(log, true, StandardCharsets.UTF_8));

  /** Counts calls; iteration i "takes" nothing, so only the call order and counts matter. */
  private static final class Counting implements Benchmark {
    final List<String> calls = new ArrayList<>();
    final String name;
    final RuntimeException failure;

    Counting(String name, RuntimeException failure) {
      this.name = name;
      this.failure = failure;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return "counts calls";
    }

    @Override
    public int warmups() {
      return 2;
    }

    @Override
    public int iterations() {
      return 3;
    }

    @Override
    public Optional<Duration> target() {
      return Optional.of(Duration.ofSeconds(10));
    }

    @Override
    public Fixture setUp() {
      calls.add("setUp");
      return new Fixture() {
        @Override
        public void run() {
          calls.add("run");
          if (failure != null && calls.stream().filter("run"::equals).count() == 4) {
            throw failure;
          }
        }

        @Override
        public void afterEach() {
          calls.add("afterEach");
        }

        @Override
        public void close() {
          calls.add("close");
        }
      };
    }
  }

  private static BenchmarkResult result(String name, Optional<Duration> target, Optional<String> baseline,
      long... millis) {
    List<Duration> times = new ArrayList<>();
    for (long m : millis) {
      times.add(Duration.ofMillis(m));
    }
    return new BenchmarkResult(name, "d", 0, times, target, baseline, Optional.empty());
  }

  @Test
  void runs_setup_warmups_timed_iterations_and_teardown_in_order() {
    Counting benchmark = new Counting("counting", null);

    BenchmarkResult result = runner.run(benchmark);

    assertThat(benchmark.calls).containsExactly("setUp", "run", "afterEach", "run", "afterEach",
        "run", "afterEach", "run", "afterEach", "run", "afterEach", "close");
    assertThat(result.succeeded()).isTrue();
    assertThat(result.warmups()).isEqualTo(2);
    assertThat(result.times()).hasSize(3);
    assertThat(result.meetsTarget()).contains(true);
  }

  @Test
  void a_failing_iteration_is_reported_and_the_fixture_still_closed() {
    Counting benchmark = new Counting("failing", new IllegalStateException("engine went away"));

    BenchmarkResult result = runner.run(benchmark);

    assertThat(result.succeeded()).isFalse();
    assertThat(result.error()).hasValueSatisfying(e -> assertThat(e).contains("engine went away"));
    assertThat(result.times()).hasSize(1);
    assertThat(benchmark.calls).endsWith("close");
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("failing failed").contains("engine went away");
    assertThat(BenchmarkRunner.table(List.of(result))).contains("FAILED: java.lang.IllegalStateException");
  }

  @Test
  void statistics_are_the_median_nearest_rank_p90_and_ratios() {
    BenchmarkResult odd = result("odd", Optional.of(Duration.ofMillis(4)), Optional.empty(), 9, 1, 5, 3, 7);
    BenchmarkResult even = result("even", Optional.empty(), Optional.empty(), 4, 1, 3, 2);
    BenchmarkResult ten = result("ten", Optional.empty(), Optional.empty(), 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);

    assertThat(odd.median()).isEqualTo(Duration.ofMillis(5));
    assertThat(odd.min()).isEqualTo(Duration.ofMillis(1));
    assertThat(odd.max()).isEqualTo(Duration.ofMillis(9));
    assertThat(odd.mean()).isEqualTo(Duration.ofMillis(5));
    assertThat(odd.ratioToTarget()).contains(1.25);
    assertThat(odd.meetsTarget()).contains(false);
    assertThat(even.median()).isEqualTo(Duration.ofMillis(2).plusNanos(500_000));
    assertThat(even.meetsTarget()).isEmpty();
    assertThat(ten.p90()).isEqualTo(Duration.ofMillis(9));
    assertThat(ten.percentile(100)).isEqualTo(Duration.ofMillis(10));
    assertThatIllegalArgumentException().isThrownBy(() -> ten.percentile(0)).withMessageContaining("between 1 and 100");
  }

  @Test
  void the_json_report_has_raw_times_statistics_and_ratios(@TempDir Path temp) throws Exception {
    BenchmarkResult base = result("base", Optional.empty(), Optional.empty(), 2, 2, 2);
    BenchmarkResult slow = result("slow", Optional.of(Duration.ofMillis(3)), Optional.of("base"), 6, 6, 6);
    Path file = temp.resolve("out/benchmarks.json");

    BenchmarkRunner.write(List.of(base, slow), file);

    JsonNode json = new ObjectMapper().readTree(file.toFile());
    assertThat(json.path("java").asText()).isNotBlank();
    JsonNode node = json.path("benchmarks").get(1);
    assertThat(node.path("name").asText()).isEqualTo("slow");
    assertThat(node.path("unit").asText()).isEqualTo("ms");
    assertThat(node.path("times")).extracting(JsonNode::asDouble).containsExactly(6.0, 6.0, 6.0);
    assertThat(node.path("median").asDouble()).isEqualTo(6.0);
    assertThat(node.path("p90").asDouble()).isEqualTo(6.0);
    assertThat(node.path("target").asDouble()).isEqualTo(3.0);
    assertThat(node.path("ratioToTarget").asDouble()).isEqualTo(2.0);
    assertThat(node.path("meetsTarget").asBoolean()).isFalse();
    assertThat(node.path("ratioToBaseline").asDouble()).isEqualTo(3.0);
  }

  @Test
  void the_table_shows_each_benchmark_with_its_status() {
    String table = BenchmarkRunner.table(List.of(
        result("fast", Optional.of(Duration.ofMillis(10)), Optional.empty(), 1, 1, 1),
        result("slow", Optional.of(Duration.ofMillis(1)), Optional.empty(), 2, 2, 2)));

    assertThat(table.lines()).hasSize(3);
    assertThat(table).contains("median").contains("p90");
    assertThat(table.lines().filter(l -> l.startsWith("fast"))).singleElement().asString()
        .contains("1.000 ms").contains("ok (0.10x target)");
    assertThat(table.lines().filter(l -> l.startsWith("slow"))).singleElement().asString()
        .contains("MISSED (2.00x target)");
  }

  @Test
  void selectors_are_names_or_prefixes_and_unknown_ones_list_the_known_names() {
    List<Benchmark> all = List.of(new Counting("client.round-trip", null), new Counting("database.create-close", null),
        new Counting("engine.embedded.cold-start", null));

    assertThat(BenchmarkRunner.select(all, List.of())).hasSize(3);
    assertThat(BenchmarkRunner.select(all, List.of("database.", "client.round-trip")))
        .extracting(Benchmark::name).containsExactly("client.round-trip", "database.create-close");
    assertThatIllegalArgumentException().isThrownBy(() -> BenchmarkRunner.select(all, List.of("snapshot")))
        .withMessageContaining("No benchmark is named snapshot")
        .withMessageContaining("client.round-trip, database.create-close, engine.embedded.cold-start");
  }

  @Test
  void the_registered_benchmarks_include_the_foundation_ones() {
    assertThat(BenchmarkRunner.discover()).extracting(Benchmark::name)
        .contains("client.round-trip", "database.create-close", "engine.embedded.cold-start");
  }

  @Test
  void a_scale_must_be_positive() {
    assertThatIllegalArgumentException().isThrownBy(() -> new BenchmarkRunner(0, System.out))
        .withMessageContaining("surql.bench.scale");
  }
}

package dev.surql.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

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
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkRunnerTest {
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final BenchmarkRunner runner =
      new BenchmarkRunner(1.0, new PrintStream(log, true, StandardCharsets.UTF_8));

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

  private static BenchmarkResult result(
      String name, Optional<Duration> target, Optional<String> baseline, long... millis) {
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

    assertThat(benchmark.calls)
        .containsExactly(
            "setUp",
            "run",
            "afterEach",
            "run",
            "afterEach",
            "run",
            "afterEach",
            "run",
            "afterEach",
            "run",
            "afterEach",
            "close");
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
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("failing failed")
        .contains("engine went away");
    assertThat(BenchmarkRunner.table(List.of(result)))
        .contains("FAILED: java.lang.IllegalStateException");
  }

  @Test
  void statistics_are_the_median_nearest_rank_p90_and_ratios() {
    BenchmarkResult odd =
        result("odd", Optional.of(Duration.ofMillis(4)), Optional.empty(), 9, 1, 5, 3, 7);
    BenchmarkResult even = result("even", Optional.empty(), Optional.empty(), 4, 1, 3, 2);
    BenchmarkResult ten =
        result("ten", Optional.empty(), Optional.empty(), 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);

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
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ten.percentile(0))
        .withMessageContaining("between 1 and 100");
  }

  @Test
  void the_json_report_has_raw_times_statistics_and_ratios(@TempDir Path temp) throws Exception {
    BenchmarkResult base = result("base", Optional.empty(), Optional.empty(), 2, 2, 2);
    BenchmarkResult slow =
        result("slow", Optional.of(Duration.ofMillis(3)), Optional.of("base"), 6, 6, 6);
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
    String table =
        BenchmarkRunner.table(
            List.of(
                result("fast", Optional.of(Duration.ofMillis(10)), Optional.empty(), 1, 1, 1),
                result("slow", Optional.of(Duration.ofMillis(1)), Optional.empty(), 2, 2, 2)));

    assertThat(table.lines()).hasSize(3);
    assertThat(table).contains("median").contains("p90");
    assertThat(table.lines().filter(l -> l.startsWith("fast")))
        .singleElement()
        .asString()
        .contains("1.000 ms")
        .contains("ok (0.10x target)");
    assertThat(table.lines().filter(l -> l.startsWith("slow")))
        .singleElement()
        .asString()
        .contains("MISSED (2.00x target)");
  }

  @Test
  void selectors_are_names_or_prefixes_and_unknown_ones_list_the_known_names() {
    List<Benchmark> all =
        List.of(
            new Counting("client.round-trip", null),
            new Counting("database.create-close", null),
            new Counting("engine.embedded.cold-start", null));

    assertThat(BenchmarkRunner.select(all, List.of())).hasSize(3);
    assertThat(BenchmarkRunner.select(all, List.of("database.", "client.round-trip")))
        .extracting(Benchmark::name)
        .containsExactly("client.round-trip", "database.create-close");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BenchmarkRunner.select(all, List.of("snapshot")))
        .withMessageContaining("No benchmark is named snapshot")
        .withMessageContaining(
            "client.round-trip, database.create-close, engine.embedded.cold-start");
  }

  @Test
  void the_registered_benchmarks_include_the_foundation_ones() {
    assertThat(BenchmarkRunner.discover())
        .extracting(Benchmark::name)
        .contains(
            "client.round-trip",
            "database.create-close",
            "engine.embedded.cold-start",
            "engine.embedded.start-close",
            "verify.reversibility.50",
            "verify.reversibility.200.raw-http",
            "snapshot.capture.500",
            "snapshot.capture.50.raw-http");
  }

  /** Appends "name:phase" to a shared list, so tests can see how benchmarks were interleaved. */
  private static final class Recording implements Benchmark {
    final String name;
    final List<String> calls;
    final int iterations;
    final Optional<String> baseline;
    final List<Ratio> ratios;

    Recording(
        String name,
        List<String> calls,
        int iterations,
        Optional<String> baseline,
        Ratio... ratios) {
      this.name = name;
      this.calls = calls;
      this.iterations = iterations;
      this.baseline = baseline;
      this.ratios = List.of(ratios);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String description() {
      return "records calls";
    }

    @Override
    public int warmups() {
      return 1;
    }

    @Override
    public int iterations() {
      return iterations;
    }

    @Override
    public Optional<String> baseline() {
      return baseline;
    }

    @Override
    public Optional<Double> maxRatioToBaseline() {
      return Optional.of(1.5);
    }

    @Override
    public List<Ratio> ratios() {
      return ratios;
    }

    @Override
    public Fixture setUp() {
      calls.add(name + ":setUp");
      return new Fixture() {
        @Override
        public void run() {
          calls.add(name + ":run");
        }

        @Override
        public void close() {
          calls.add(name + ":close");
        }
      };
    }
  }

  @Test
  void a_benchmark_and_its_baseline_run_interleaved_alternating_which_goes_first() {
    List<String> calls = new ArrayList<>();
    Recording subject = new Recording("s", calls, 3, Optional.of("b"));
    Recording baseline = new Recording("b", calls, 2, Optional.empty());

    List<BenchmarkResult> results = runner.runInterleaved(List.of(subject, baseline));

    // one warm-up round, then three timed rounds; b has only two timed iterations
    assertThat(calls)
        .containsExactly(
            "s:setUp", "b:setUp", "s:run", "b:run", "b:run", "s:run", "s:run", "b:run", "s:run",
            "s:close", "b:close");
    assertThat(results).extracting(BenchmarkResult::name).containsExactly("s", "b");
    assertThat(results.get(0).times()).hasSize(3);
    assertThat(results.get(1).times()).hasSize(2);
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains("s: 1 warm-up and 3 timed iterations (interleaved with b)");
  }

  @Test
  void a_failing_benchmark_stops_alone_and_its_partner_goes_on() {
    List<String> calls = new ArrayList<>();
    Counting failing = new Counting("failing", new IllegalStateException("boom"));
    Recording partner = new Recording("partner", calls, 3, Optional.empty());

    List<BenchmarkResult> results = runner.runInterleaved(List.of(failing, partner));

    assertThat(results.get(0).succeeded()).isFalse();
    assertThat(results.get(0).error()).hasValueSatisfying(e -> assertThat(e).contains("boom"));
    assertThat(results.get(1).succeeded()).isTrue();
    assertThat(results.get(1).times()).hasSize(3);
    assertThat(failing.calls).endsWith("close");
  }

  @Test
  void selecting_a_benchmark_also_selects_its_baseline_and_the_operands_of_its_ratios() {
    List<String> calls = new ArrayList<>();
    Ratio growth = Ratio.growth("big/small", "growth", "x.big", "x.small", 4);
    List<Benchmark> all =
        List.of(
            new Recording("x.big", calls, 1, Optional.of("x.big.raw"), growth),
            new Recording("x.big.raw", calls, 1, Optional.empty()),
            new Recording("x.small", calls, 1, Optional.of("x.small.raw")),
            new Recording("x.small.raw", calls, 1, Optional.empty()),
            new Recording("y", calls, 1, Optional.empty()));

    List<Benchmark> selected = BenchmarkRunner.select(all, List.of("x.big"));

    assertThat(selected)
        .extracting(Benchmark::name)
        .containsExactly("x.big", "x.big.raw", "x.small", "x.small.raw");
    assertThat(BenchmarkRunner.plan(selected))
        .extracting(g -> g.stream().map(Benchmark::name).toList())
        .containsExactly(List.of("x.big", "x.big.raw"), List.of("x.small", "x.small.raw"));
    assertThat(BenchmarkRunner.ratios(selected))
        .extracting(Ratio::name)
        .containsExactly("x.big / x.big.raw", "big/small", "x.small / x.small.raw");
  }

  @Test
  void a_baseline_listed_before_its_subject_still_runs_with_it() {
    List<String> calls = new ArrayList<>();
    List<Benchmark> sorted =
        List.of(
            new Recording("a.base", calls, 1, Optional.empty()),
            new Recording("b.subject", calls, 1, Optional.of("a.base")),
            new Recording("c", calls, 1, Optional.empty()));

    assertThat(BenchmarkRunner.plan(sorted))
        .extracting(g -> g.stream().map(Benchmark::name).toList())
        .containsExactly(List.of("b.subject", "a.base"), List.of("c"));
  }

  @Test
  void a_baseline_with_a_baseline_of_its_own_runs_in_one_group_with_both() {
    List<String> calls = new ArrayList<>();
    List<Benchmark> sorted =
        List.of(
            new Recording("a.raw", calls, 1, Optional.empty()),
            new Recording("a.raw-packed", calls, 1, Optional.of("a.raw")),
            new Recording("b.subject", calls, 1, Optional.of("a.raw-packed")),
            new Recording("c", calls, 1, Optional.empty()));

    assertThat(BenchmarkRunner.plan(sorted))
        .extracting(g -> g.stream().map(Benchmark::name).toList())
        .containsExactly(List.of("b.subject", "a.raw-packed", "a.raw"), List.of("c"));
  }

  @Test
  void a_ratio_across_a_chain_of_baselines_counts_as_interleaved() {
    BenchmarkResult subject =
        new BenchmarkResult(
            "s",
            "d",
            0,
            List.of(Duration.ofMillis(12)),
            Optional.empty(),
            Optional.of("p"),
            Optional.empty());
    BenchmarkResult packed =
        new BenchmarkResult(
            "p",
            "d",
            0,
            List.of(Duration.ofMillis(10)),
            Optional.empty(),
            Optional.of("r"),
            Optional.empty());
    BenchmarkResult raw =
        new BenchmarkResult(
            "r",
            "d",
            0,
            List.of(Duration.ofMillis(16)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    BenchmarkResult alone =
        new BenchmarkResult(
            "x",
            "d",
            0,
            List.of(Duration.ofMillis(8)),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());

    List<RatioResult> ratios =
        BenchmarkRunner.evaluate(
            List.of(Ratio.atMost("s/r", "d", "s", "r", 1.25), Ratio.of("s/x", "d", "s", "x")),
            List.of(subject, packed, raw, alone),
            Set.of("s", "p", "r"));

    assertThat(ratios.get(0).interleaved()).isTrue();
    assertThat(ratios.get(0).value()).hasValueSatisfying(v -> assertThat(v).isEqualTo(0.75));
    assertThat(ratios.get(0).meetsTarget()).contains(true);
    assertThat(ratios.get(1).interleaved()).isFalse();
  }

  @Test
  void validation_names_the_benchmark_at_fault() {
    List<String> calls = new ArrayList<>();
    Recording orphan = new Recording("orphan", calls, 1, Optional.of("missing"));
    Recording one = new Recording("one", calls, 1, Optional.of("base"));
    Recording two = new Recording("two", calls, 1, Optional.of("base"));
    Recording base = new Recording("base", calls, 1, Optional.empty());
    Recording badRatio =
        new Recording("r", calls, 1, Optional.empty(), Ratio.of("q", "d", "r", "nowhere"));

    assertThatIllegalStateException()
        .isThrownBy(() -> BenchmarkRunner.validate(List.of(orphan)))
        .withMessage(
            "benchmark orphan names baseline 'missing', which is not registered in"
                + " META-INF/services/dev.surql.bench.Benchmark");
    assertThatIllegalStateException()
        .isThrownBy(() -> BenchmarkRunner.validate(List.of(one, two, base)))
        .withMessageContaining("benchmark base is the baseline of both one and two");
    assertThatIllegalStateException()
        .isThrownBy(() -> BenchmarkRunner.validate(List.of(badRatio)))
        .withMessageContaining("benchmark r names ratio q denominator 'nowhere'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Ratio.of("self", "d", "a", "a"))
        .withMessage("ratio self divides a by itself");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Ratio.atMost("neg", "d", "a", "b", -1))
        .withMessageContaining("ratio neg: max must be a positive number");
  }

  @Test
  void ratios_report_both_medians_raw_times_the_ratio_and_its_goal(@TempDir Path temp)
      throws Exception {
    BenchmarkResult subject = result("s", Optional.empty(), Optional.of("b"), 3, 3, 3);
    BenchmarkResult base = result("b", Optional.empty(), Optional.empty(), 2, 2, 2);
    BenchmarkResult large = result("l", Optional.empty(), Optional.empty(), 8, 8, 9);
    List<Ratio> ratios =
        List.of(
            Ratio.atMost("s / b", "overhead", "s", "b", 1.2),
            Ratio.growth("l / s", "growth", "l", "s", 4),
            Ratio.of("gone", "d", "s", "absent"));
    List<RatioResult> evaluated =
        BenchmarkRunner.evaluate(ratios, List.of(subject, base, large), Set.of("s", "b"));
    Path file = temp.resolve("benchmarks.json");

    BenchmarkRunner.write(List.of(subject, base, large), evaluated, file);

    assertThat(evaluated).hasSize(2);
    JsonNode json = new ObjectMapper().readTree(file.toFile()).path("ratios");
    assertThat(json).hasSize(2);
    JsonNode overhead = json.get(0);
    assertThat(overhead.path("name").asText()).isEqualTo("s / b");
    assertThat(overhead.path("numeratorMedian").asDouble()).isEqualTo(3.0);
    assertThat(overhead.path("denominatorMedian").asDouble()).isEqualTo(2.0);
    assertThat(overhead.path("numeratorTimes"))
        .extracting(JsonNode::asDouble)
        .containsExactly(3.0, 3.0, 3.0);
    assertThat(overhead.path("denominatorTimes"))
        .extracting(JsonNode::asDouble)
        .containsExactly(2.0, 2.0, 2.0);
    assertThat(overhead.path("ratio").asDouble()).isEqualTo(1.5);
    assertThat(overhead.path("max").asDouble()).isEqualTo(1.2);
    assertThat(overhead.path("meetsTarget").asBoolean()).isFalse();
    assertThat(overhead.path("interleaved").asBoolean()).isTrue();
    JsonNode growth = json.get(1);
    assertThat(growth.path("ratio").asDouble()).isEqualTo(8.0 / 3.0);
    assertThat(growth.path("ideal").asDouble()).isEqualTo(4.0);
    assertThat(growth.has("meetsTarget")).isFalse();
    assertThat(growth.path("interleaved").asBoolean()).isFalse();

    String table = BenchmarkRunner.ratioTable(evaluated);
    assertThat(table.lines().filter(l -> l.startsWith("s / b")))
        .singleElement()
        .asString()
        .contains("3.000 ms")
        .contains("2.000 ms")
        .contains("1.50x")
        .contains("<= 1.20")
        .contains("MISSED (interleaved)");
    assertThat(table.lines().filter(l -> l.startsWith("l / s")))
        .singleElement()
        .asString()
        .contains("2.67x")
        .contains("~ 4.00");
  }

  @Test
  void a_scale_must_be_positive() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new BenchmarkRunner(0, System.out))
        .withMessageContaining("surql.bench.scale");
  }
}

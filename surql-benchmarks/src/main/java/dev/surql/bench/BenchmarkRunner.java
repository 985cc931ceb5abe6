package dev.surql.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the registered {@link Benchmark}s, prints a table and writes a JSON report with every raw
 * time, the statistics and the ratios to targets and baselines.
 *
 * <pre>
 * java dev.surql.bench.BenchmarkRunner                      # all benchmarks
 * java dev.surql.bench.BenchmarkRunner client. database.    # names or name prefixes
 * java dev.surql.bench.BenchmarkRunner --list
 * </pre>
 *
 * <p>System properties: {@code surql.bench.out} (report path, default {@code target/benchmarks.json}),
 * {@code surql.bench.scale} (multiplies warm-up and timed iterations, default 1.0), {@code
 * surql.bench.strict} (exit with code 3 if a target is missed). Engine settings ({@code surql.engine},
 * …) choose the engine as in tests. Exit codes: 0 done, 1 a benchmark failed, 2 bad arguments, 3 a
 * target was missed in strict mode.
 */
public final class BenchmarkRunner {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final double scale;
  private final PrintStream log;

  /**
   * A runner that scales every benchmark's iteration counts by {@code scale} (at least one timed
   * iteration is kept) and prints progress to {@code log}.
   */
  public BenchmarkRunner(double scale, PrintStream log) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException("surql.bench.scale must be a positive number, but was " + scale);
    }
    this.scale = scale;
    this.log = Objects.requireNonNull(log, "log");
  }

  public static void main(String[] args) {
    System.exit(execute(Arrays.asList(args), System.out));
  }

  /** Runs the benchmarks the arguments select and returns the exit code. */
  static int execute(List<String> args, PrintStream out) {
    List<String> selectors = args.stream().flatMap(a -> Arrays.stream(a.split(",")))
        .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    List<Benchmark> all = discover();
    if (selectors.contains("--list")) {
      all.forEach(b -> out.printf("%-32s %s%n", b.name(), b.description()));
      return 0;
    }
    List<Benchmark> selected;
    BenchmarkRunner runner;
    try {
      selected = select(all, selectors);
      runner = new BenchmarkRunner(Double.parseDouble(System.getProperty("surql.bench.scale", "1")), out);
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      return 2;
    }
    List<BenchmarkResult> results = new ArrayList<>();
    for (Benchmark benchmark : selected) {
      results.add(runner.run(benchmark));
    }
    out.println();
    out.print(table(results));
    Path report = Path.of(System.getProperty("surql.bench.out", "target/benchmarks.json"));
    try {
      write(results, report);
      out.println("Report: " + report.toAbsolutePath());
    } catch (IOException e) {
      out.println("Could not write the report to " + report.toAbsolutePath() + ": " + e.getMessage()
          + ". Set -Dsurql.bench.out to a writable path.");
      return 1;
    }
    if (results.stream().anyMatch(r -> !r.succeeded())) {
      return 1;
    }
    boolean missed = results.stream().anyMatch(r -> r.meetsTarget().map(m -> !m).orElse(false));
    return missed && Boolean.getBoolean("surql.bench.strict") ? 3 : 0;
  }

  /** Every benchmark registered through {@link ServiceLoader}, sorted by name. Names must be unique. */
  public static List<Benchmark> discover() {
    List<Benchmark> all = new ArrayList<>();
    ServiceLoader.load(Benchmark.class).forEach(all::add);
    all.sort(Comparator.comparing(Benchmark::name));
    Set<String> names = new HashSet<>();
    for (Benchmark b : all) {
      if (!names.add(b.name())) {
        throw new IllegalStateException("two benchmarks are named " + b.name() + "; names must be unique");
      }
    }
    return all;
  }

  /**
   * The benchmarks whose name equals or starts with one of the selectors, in the given order; all of
   * them for no selectors. A selector that matches nothing is an error listing the known names.
   */
  public static List<Benchmark> select(List<Benchmark> all, List<String> selectors) {
    if (selectors.isEmpty()) {
      return List.copyOf(all);
    }
    Map<String, Benchmark> selected = new LinkedHashMap<>();
    for (Benchmark b : all) {
      if (selectors.stream().anyMatch(s -> b.name().startsWith(s))) {
        selected.put(b.name(), b);
      }
    }
    List<String> unmatched = selectors.stream()
        .filter(s -> all.stream().noneMatch(b -> b.name().startsWith(s))).collect(Collectors.toList());
    if (!unmatched.isEmpty()) {
      throw new IllegalArgumentException("No benchmark is named " + String.join(", ", unmatched)
          + ". Known benchmarks: " + all.stream().map(Benchmark::name).collect(Collectors.joining(", ")));
    }
    return List.copyOf(selected.values());
  }

  /** Sets the benchmark up, warms it up, times its iterations and tears it down. Never throws. */
  public BenchmarkResult run(Benchmark benchmark) {
    int warmups = (int) Math.round(benchmark.warmups() * scale);
    int iterations = Math.max(1, (int) Math.round(benchmark.iterations() * scale));
    log.printf("%s: %d warm-up and %d timed iterations%n", benchmark.name(), warmups, iterations);
    List<Duration> times = new ArrayList<>(iterations);
    Optional<String> error = Optional.empty();
    try (Benchmark.Fixture fixture = benchmark.setUp()) {
      for (int i = 0; i < warmups; i++) {
        fixture.run();
        fixture.afterEach();
      }
      for (int i = 0; i < iterations; i++) {
        long start = System.nanoTime();
        fixture.run();
        times.add(Duration.ofNanos(System.nanoTime() - start));
        fixture.afterEach();
      }
    } catch (Exception | AssertionError e) {
      error = Optional.of(e.toString());
      log.printf("%s failed: %s%n", benchmark.name(), e);
    }
    return new BenchmarkResult(benchmark.name(), benchmark.description(), warmups, times, benchmark.target(),
        benchmark.baseline(), error);
  }

  /** A plain-text table of the results: iterations, median, p90, min, max, target and status. */
  public static String table(List<BenchmarkResult> results) {
    int width = Math.max(9, results.stream().mapToInt(r -> r.name().length()).max().orElse(0));
    String format = "%-" + width + "s %6s %11s %11s %11s %11s %11s  %s%n";
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT, format,
        "benchmark", "n", "median", "p90", "min", "max", "target", "status"));
    for (BenchmarkResult r : results) {
      if (!r.succeeded()) {
        table.append(String.format(Locale.ROOT, format, r.name(), r.times().size(), "-", "-", "-", "-",
            r.target().map(BenchmarkRunner::millis).orElse("-"), "FAILED: " + r.error().orElse("no iterations")));
        continue;
      }
      String status = r.meetsTarget().map(ok -> String.format(Locale.ROOT, "%s (%.2fx target)",
          ok ? "ok" : "MISSED", r.ratioToTarget().orElseThrow())).orElse("");
      table.append(String.format(Locale.ROOT, format, r.name(), r.times().size(), millis(r.median()),
          millis(r.p90()), millis(r.min()), millis(r.max()), r.target().map(BenchmarkRunner::millis).orElse("-"),
          status));
    }
    return table.toString();
  }

  /** The JSON report: environment, and per benchmark its raw times (ms), statistics and ratios. */
  public static ObjectNode toJson(List<BenchmarkResult> results) {
    ObjectNode root = JSON.createObjectNode();
    root.put("generatedAt", Instant.now().toString());
    root.put("java", System.getProperty("java.version"));
    root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    root.put("processors", Runtime.getRuntime().availableProcessors());
    Map<String, BenchmarkResult> byName = results.stream()
        .collect(Collectors.toMap(BenchmarkResult::name, r -> r, (a, b) -> a, LinkedHashMap::new));
    ArrayNode benchmarks = root.putArray("benchmarks");
    for (BenchmarkResult r : results) {
      ObjectNode node = benchmarks.addObject();
      node.put("name", r.name());
      node.put("description", r.description());
      node.put("unit", "ms");
      node.put("warmups", r.warmups());
      node.put("iterations", r.times().size());
      node.put("succeeded", r.succeeded());
      r.error().ifPresent(e -> node.put("error", e));
      ArrayNode times = node.putArray("times");
      r.times().forEach(t -> times.add(ms(t)));
      if (r.succeeded()) {
        node.put("median", ms(r.median()));
        node.put("p90", ms(r.p90()));
        node.put("min", ms(r.min()));
        node.put("max", ms(r.max()));
        node.put("mean", ms(r.mean()));
      }
      r.target().ifPresent(t -> node.put("target", ms(t)));
      r.ratioToTarget().ifPresent(ratio -> node.put("ratioToTarget", ratio));
      r.meetsTarget().ifPresent(ok -> node.put("meetsTarget", ok));
      r.baseline().ifPresent(name -> {
        node.put("baseline", name);
        Optional.ofNullable(byName.get(name)).filter(b -> b.succeeded() && r.succeeded())
            .ifPresent(b -> node.put("ratioToBaseline", BenchmarkResult.ratio(r.median(), b.median())));
      });
    }
    return root;
  }

  /** Writes {@link #toJson(List)} to the path, creating parent directories. */
  public static void write(List<BenchmarkResult> results, Path path) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    JSON.writeValue(path.toFile(), toJson(results));
  }

  private static double ms(Duration d) {
    return d.toNanos() / 1_000_000.0;
  }

  private static String millis(Duration d) {
    return String.format(Locale.ROOT, "%.3f ms", ms(d));
  }
}

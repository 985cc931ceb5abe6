package dev.surql.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.surql.core.internal.json.SurqlJson;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs the registered {@link Benchmark}s, prints a table and writes a JSON report with every raw
 * time, the statistics and the ratios to targets and baselines.
 *
 * <p>A benchmark and its {@link Benchmark#baseline() baseline} run interleaved: both are set up,
 * then each round runs one iteration of each, alternating which goes first, so that a busy machine
 * slows both alike and their ratio stays meaningful. Selecting a benchmark also runs the benchmarks
 * its baseline and {@link Benchmark#ratios() ratios} name.
 *
 * <pre>
 * java dev.surql.bench.BenchmarkRunner                      # all benchmarks
 * java dev.surql.bench.BenchmarkRunner client. database.    # names or name prefixes
 * java dev.surql.bench.BenchmarkRunner --list
 * </pre>
 *
 * <p>System properties: {@code surql.bench.out} (report path, default {@code
 * target/benchmarks.json}), {@code surql.bench.scale} (multiplies warm-up and timed iterations,
 * default 1.0), {@code surql.bench.strict} (exit with code 3 if a target is missed), {@code
 * surql.bench.settle} (default true: warm up until the JIT compiler settles, see {@link
 * #runInterleaved}). Engine settings ({@code surql.engine}, …) choose the engine as in tests. Exit
 * codes: 0 done, 1 a benchmark failed, 2 bad arguments, 3 a target was missed in strict mode.
 */
public final class BenchmarkRunner {

  /** At most this many rounds per declared warm-up round are added until the JIT settles. */
  static final int SETTLE_ROUNDS_PER_WARMUP = 4;

  /** The JIT compiler has settled once it compiles for less than this share of a round. */
  static final double SETTLED_SHARE = 0.05;

  private final double scale;
  private final PrintStream log;
  private final boolean settle;

  /**
   * A runner that scales every benchmark's iteration counts by {@code scale} (at least one timed
   * iteration is kept) and prints progress to {@code log}.
   */
  public BenchmarkRunner(double scale, PrintStream log) {
    this(scale, log, false);
  }

  /**
   * A runner as {@link #BenchmarkRunner(double, PrintStream)}; with {@code settle}, warm-up goes on
   * after the benchmarks' own rounds until the JIT compiler has settled (see {@link
   * #runInterleaved}).
   */
  public BenchmarkRunner(double scale, PrintStream log, boolean settle) {
    if (!(scale > 0) || Double.isInfinite(scale)) {
      throw new IllegalArgumentException(
          "surql.bench.scale must be a positive number, but was " + scale);
    }
    this.scale = scale;
    this.log = Objects.requireNonNull(log, "log");
    this.settle = settle;
  }

  public static void main(String[] args) {
    System.exit(execute(Arrays.asList(args), System.out));
  }

  /** Runs the benchmarks the arguments select and returns the exit code. */
  static int execute(List<String> args, PrintStream out) {
    List<String> selectors =
        args.stream()
            .flatMap(a -> Arrays.stream(a.split(",")))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .collect(Collectors.toList());
    List<Benchmark> all = discover();
    if (selectors.contains("--list")) {
      all.forEach(b -> out.printf("%-32s %s%n", b.name(), b.description()));
      return 0;
    }
    List<Benchmark> selected;
    BenchmarkRunner runner;
    try {
      selected = select(all, selectors);
      runner =
          new BenchmarkRunner(
              Double.parseDouble(System.getProperty("surql.bench.scale", "1")),
              out,
              !"false".equals(System.getProperty("surql.bench.settle", "true")));
    } catch (IllegalArgumentException e) {
      out.println(e.getMessage());
      return 2;
    }
    List<BenchmarkResult> results = new ArrayList<>();
    Set<String> interleaved = new HashSet<>();
    for (List<Benchmark> group : plan(selected)) {
      results.addAll(runner.runInterleaved(group));
      if (group.size() > 1) {
        group.forEach(b -> interleaved.add(b.name()));
      }
    }
    List<RatioResult> ratios = evaluate(ratios(selected), results, interleaved);
    out.println();
    out.print(table(results));
    if (!ratios.isEmpty()) {
      out.println();
      out.print(ratioTable(ratios));
    }
    Path report = Path.of(System.getProperty("surql.bench.out", "target/benchmarks.json"));
    try {
      write(results, ratios, report);
      out.println("Report: " + report.toAbsolutePath());
    } catch (IOException e) {
      out.println(
          "Could not write the report to "
              + report.toAbsolutePath()
              + ": "
              + e.getMessage()
              + ". Set -Dsurql.bench.out to a writable path.");
      return 1;
    }
    if (results.stream().anyMatch(r -> !r.succeeded())) {
      return 1;
    }
    boolean missed =
        results.stream().anyMatch(r -> r.meetsTarget().map(m -> !m).orElse(false))
            || ratios.stream().anyMatch(r -> r.meetsTarget().map(m -> !m).orElse(false));
    return missed && Boolean.getBoolean("surql.bench.strict") ? 3 : 0;
  }

  /**
   * Every benchmark registered through {@link ServiceLoader}, sorted by name. Names must be unique.
   */
  public static List<Benchmark> discover() {
    List<Benchmark> all = new ArrayList<>();
    ServiceLoader.load(Benchmark.class).forEach(all::add);
    all.sort(Comparator.comparing(Benchmark::name));
    validate(all);
    return all;
  }

  /**
   * Checks that names are unique, that every baseline and ratio names a registered benchmark, that
   * a benchmark is the baseline of at most one other, and that ratio names are unique.
   *
   * @throws IllegalStateException naming the benchmark at fault
   */
  public static void validate(List<Benchmark> all) {
    Set<String> names = new HashSet<>();
    for (Benchmark b : all) {
      if (!names.add(b.name())) {
        throw new IllegalStateException(
            "two benchmarks are named " + b.name() + "; names must be unique");
      }
    }
    Map<String, String> subjectOf = new HashMap<>();
    Set<String> ratioNames = new HashSet<>();
    for (Benchmark b : all) {
      Optional<String> baseline = b.baseline();
      if (baseline.isPresent()) {
        requireKnown(names, b, "baseline", baseline.get());
        if (baseline.get().equals(b.name())) {
          throw new IllegalStateException(
              "benchmark " + b.name() + " names itself as its baseline");
        }
        String other = subjectOf.putIfAbsent(baseline.get(), b.name());
        if (other != null) {
          throw new IllegalStateException(
              "benchmark "
                  + baseline.get()
                  + " is the baseline of both "
                  + other
                  + " and "
                  + b.name()
                  + "; a baseline runs interleaved with one benchmark, so give each its own");
        }
      }
      for (Ratio ratio : b.ratios()) {
        requireKnown(names, b, "ratio " + ratio.name() + " numerator", ratio.numerator());
        requireKnown(names, b, "ratio " + ratio.name() + " denominator", ratio.denominator());
        if (!ratioNames.add(ratio.name())) {
          throw new IllegalStateException(
              "two ratios are named " + ratio.name() + "; names must be unique");
        }
      }
    }
  }

  private static void requireKnown(Set<String> names, Benchmark b, String what, String name) {
    if (!names.contains(name)) {
      throw new IllegalStateException(
          "benchmark "
              + b.name()
              + " names "
              + what
              + " '"
              + name
              + "', which is not registered in META-INF/services/"
              + Benchmark.class.getName());
    }
  }

  /**
   * The benchmarks whose name equals or starts with one of the selectors, in the given order; all
   * of them for no selectors. The benchmarks that a selected one names as its baseline or in its
   * ratios are added after it. A selector that matches nothing is an error listing the known names.
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
    List<String> unmatched =
        selectors.stream()
            .filter(s -> all.stream().noneMatch(b -> b.name().startsWith(s)))
            .collect(Collectors.toList());
    if (!unmatched.isEmpty()) {
      throw new IllegalArgumentException(
          "No benchmark is named "
              + String.join(", ", unmatched)
              + ". Known benchmarks: "
              + all.stream().map(Benchmark::name).collect(Collectors.joining(", ")));
    }
    Map<String, Benchmark> byName =
        all.stream()
            .collect(Collectors.toMap(Benchmark::name, b -> b, (a, b) -> a, LinkedHashMap::new));
    Map<String, Benchmark> closed = new LinkedHashMap<>();
    for (Benchmark b : selected.values()) {
      addWithDependencies(b, byName, closed);
    }
    return List.copyOf(closed.values());
  }

  private static void addWithDependencies(
      Benchmark b, Map<String, Benchmark> byName, Map<String, Benchmark> into) {
    if (into.putIfAbsent(b.name(), b) != null) {
      return;
    }
    List<String> needed = new ArrayList<>();
    b.baseline().ifPresent(needed::add);
    b.ratios()
        .forEach(
            r -> {
              needed.add(r.numerator());
              needed.add(r.denominator());
            });
    for (String name : needed) {
      Benchmark dependency = byName.get(name);
      if (dependency != null) {
        addWithDependencies(dependency, byName, into);
      }
    }
  }

  /**
   * Groups the benchmarks into runs: a benchmark runs together with its baseline, and with that
   * one's baseline in turn, as far as they are in the list (subject first, then its baseline, and
   * so on); every other benchmark runs alone. Groups follow the list order of their first subject.
   */
  public static List<List<Benchmark>> plan(List<Benchmark> benchmarks) {
    Map<String, Benchmark> byName =
        benchmarks.stream()
            .collect(Collectors.toMap(Benchmark::name, b -> b, (a, b) -> a, LinkedHashMap::new));
    Set<String> planned = new HashSet<>();
    List<List<Benchmark>> groups = new ArrayList<>();
    for (Benchmark b : benchmarks) {
      if (planned.contains(b.name())) {
        continue;
      }
      // a baseline whose subject is in the list waits for it
      boolean subjectWaiting =
          benchmarks.stream()
              .anyMatch(
                  s ->
                      s != b
                          && s.baseline().filter(b.name()::equals).isPresent()
                          && !planned.contains(s.name()));
      if (subjectWaiting) {
        continue;
      }
      List<Benchmark> group = new ArrayList<>();
      Benchmark next = b;
      while (next != null && planned.add(next.name())) {
        group.add(next);
        next = next.baseline().map(byName::get).orElse(null);
      }
      groups.add(List.copyOf(group));
    }
    return groups;
  }

  /** The ratios the benchmarks declare: one per baseline, then their {@link Benchmark#ratios()}. */
  public static List<Ratio> ratios(List<Benchmark> benchmarks) {
    Map<String, Ratio> ratios = new LinkedHashMap<>();
    for (Benchmark b : benchmarks) {
      b.baseline()
          .ifPresent(
              base -> {
                String name = b.name() + " / " + base;
                ratios.putIfAbsent(
                    name,
                    new Ratio(
                        name,
                        b.description() + ", compared with: " + base,
                        b.name(),
                        base,
                        b.maxRatioToBaseline(),
                        Optional.empty()));
              });
      b.ratios().forEach(r -> ratios.putIfAbsent(r.name(), r));
    }
    return List.copyOf(ratios.values());
  }

  /** Evaluates the ratios whose two benchmarks are among the results. */
  public static List<RatioResult> evaluate(
      List<Ratio> ratios, List<BenchmarkResult> results, Set<String> interleaved) {
    Map<String, BenchmarkResult> byName =
        results.stream()
            .collect(
                Collectors.toMap(BenchmarkResult::name, r -> r, (a, b) -> a, LinkedHashMap::new));
    List<RatioResult> evaluated = new ArrayList<>();
    for (Ratio ratio : ratios) {
      BenchmarkResult numerator = byName.get(ratio.numerator());
      BenchmarkResult denominator = byName.get(ratio.denominator());
      if (numerator != null && denominator != null) {
        boolean together =
            interleaved.contains(ratio.numerator())
                && interleaved.contains(ratio.denominator())
                && (chained(numerator, denominator, byName)
                    || chained(denominator, numerator, byName));
        evaluated.add(RatioResult.of(ratio, numerator, denominator, together));
      }
    }
    return evaluated;
  }

  /** Whether {@code to} is {@code from}'s baseline, or that one's baseline, and so on. */
  private static boolean chained(
      BenchmarkResult from, BenchmarkResult to, Map<String, BenchmarkResult> byName) {
    Set<String> seen = new HashSet<>();
    Optional<String> next = from.baseline();
    while (next.isPresent() && seen.add(next.get())) {
      if (next.get().equals(to.name())) {
        return true;
      }
      next = Optional.ofNullable(byName.get(next.get())).flatMap(BenchmarkResult::baseline);
    }
    return false;
  }

  /** Sets the benchmark up, warms it up, times its iterations and tears it down. Never throws. */
  public BenchmarkResult run(Benchmark benchmark) {
    return runInterleaved(List.of(benchmark)).get(0);
  }

  /**
   * Sets the benchmarks up, then runs their warm-up rounds and timed rounds interleaved: each round
   * runs one iteration of every benchmark that still has iterations left, in turn, alternating the
   * order from round to round. A runner made to settle adds warm-up rounds of all of them between
   * the two, until the JIT compiler compiled for less than {@value #SETTLED_SHARE} of a round's
   * wall time, and at most {@value #SETTLE_ROUNDS_PER_WARMUP} per declared warm-up round; the
   * result's {@code warmups} counts them. A benchmark that fails stops; the others go on. Never
   * throws.
   *
   * @return one result per benchmark, in the given order
   */
  public List<BenchmarkResult> runInterleaved(List<Benchmark> benchmarks) {
    List<Participant> participants =
        benchmarks.stream().map(Participant::new).collect(Collectors.toList());
    for (Participant p : participants) {
      log.printf(
          "%s: %d warm-up and %d timed iterations%s%n",
          p.benchmark.name(),
          p.warmups,
          p.iterations,
          participants.size() > 1
              ? " (interleaved with "
                  + participants.stream()
                      .filter(o -> o != p)
                      .map(o -> o.benchmark.name())
                      .collect(Collectors.joining(", "))
                  + ")"
              : "");
    }
    try {
      participants.forEach(Participant::setUp);
      int warmupRounds = participants.stream().mapToInt(p -> p.warmups).max().orElse(0);
      int rounds = participants.stream().mapToInt(p -> p.iterations).max().orElse(0);
      int round = 0;
      for (; round < warmupRounds; round++) {
        runRound(participants, round, p -> p.iterate(false, p.warmupsDone));
      }
      if (warmupRounds > 0 && settle) {
        round = settle(participants, round, warmupRounds * SETTLE_ROUNDS_PER_WARMUP);
      }
      for (int index = 0; index < rounds; index++, round++) {
        int timedIndex = index;
        runRound(participants, round, p -> p.iterate(true, timedIndex));
      }
    } finally {
      participants.forEach(Participant::close);
    }
    return participants.stream().map(Participant::result).collect(Collectors.toList());
  }

  /** One iteration of every participant, alternating which goes first from round to round. */
  private static void runRound(
      List<Participant> participants, int round, Consumer<Participant> step) {
    List<Participant> order = new ArrayList<>(participants);
    if (round % 2 == 1) {
      Collections.reverse(order);
    }
    order.forEach(step);
  }

  /**
   * Warm-up rounds beyond the benchmarks' own, until the JIT compiler settles: until a round in
   * which it compiled for less than {@value #SETTLED_SHARE} of the round's wall time (its threads
   * run next to the engine on the same cores, so a round timed while it still compiles the code
   * under test times the compiler), or at most {@code max} rounds. Returns the next round's number.
   */
  private int settle(List<Participant> participants, int round, int max) {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
      return round;
    }
    double share = 1;
    int extra = 0;
    while (extra < max && share >= SETTLED_SHARE) {
      long compiledBefore = jit.getTotalCompilationTime();
      long started = System.nanoTime();
      runRound(participants, round++, Participant::iterateUntimed);
      double wallMillis = (System.nanoTime() - started) / 1_000_000.0;
      share = (jit.getTotalCompilationTime() - compiledBefore) / Math.max(1, wallMillis);
      extra++;
    }
    log.printf(
        Locale.ROOT,
        "%s: %d more warm-up round%s until the JIT compiler settled (it compiled for %.0f%% of the"
            + " last one%s)%n",
        participants.stream().map(p -> p.benchmark.name()).collect(Collectors.joining(", ")),
        extra,
        extra == 1 ? "" : "s",
        share * 100,
        share >= SETTLED_SHARE ? "; stopped at the limit of " + max : "");
    return round;
  }

  /** One benchmark's state within {@link #runInterleaved}. */
  private final class Participant {
    final Benchmark benchmark;
    final int warmups;
    final int iterations;
    final List<Duration> times = new ArrayList<>();
    final List<Duration> jvmCpu = new ArrayList<>();
    final List<Duration> engineCpu = new ArrayList<>();
    Benchmark.Fixture fixture;
    Optional<String> error = Optional.empty();

    Participant(Benchmark benchmark) {
      this.benchmark = benchmark;
      this.warmups = (int) Math.round(benchmark.warmups() * scale);
      this.iterations = Math.max(1, (int) Math.round(benchmark.iterations() * scale));
    }

    void setUp() {
      try {
        fixture = benchmark.setUp();
      } catch (Exception | AssertionError e) {
        fail(e);
      }
    }

    int warmupsDone;

    /** A warm-up iteration beyond {@link #warmups}, while the JIT compiler settles. */
    void iterateUntimed() {
      iterate(false, -1);
    }

    void iterate(boolean timed, int index) {
      if (fixture == null || error.isPresent() || index >= (timed ? iterations : warmups)) {
        return;
      }
      if (!timed) {
        warmupsDone++;
      }
      try {
        Optional<Duration> jvmBefore = CpuClock.jvm();
        Optional<Duration> engineBefore = CpuClock.children();
        long start = System.nanoTime();
        fixture.run();
        long elapsed = System.nanoTime() - start;
        if (timed) {
          times.add(Duration.ofNanos(elapsed));
          spent(jvmBefore, CpuClock.jvm(), jvmCpu);
          spent(engineBefore, CpuClock.children(), engineCpu);
        }
        fixture.afterEach();
      } catch (Exception | AssertionError e) {
        fail(e);
      }
    }

    /**
     * Adds the CPU time between the two readings; a reading that is missing, or a clock that went
     * back (a child process ended), leaves the series incomplete, and an incomplete series is not
     * reported.
     */
    private void spent(Optional<Duration> before, Optional<Duration> after, List<Duration> into) {
      if (before.isPresent() && after.isPresent() && after.get().compareTo(before.get()) >= 0) {
        into.add(after.get().minus(before.get()));
      }
    }

    void close() {
      if (fixture == null) {
        return;
      }
      try {
        fixture.close();
      } catch (Exception | AssertionError e) {
        if (error.isEmpty()) {
          fail(e);
        }
      } finally {
        fixture = null;
      }
    }

    private void fail(Throwable e) {
      error = Optional.of(e.toString());
      log.printf("%s failed: %s%n", benchmark.name(), e);
    }

    BenchmarkResult result() {
      return new BenchmarkResult(
          benchmark.name(),
          benchmark.description(),
          warmupsDone,
          times,
          jvmCpu.size() == times.size() ? jvmCpu : List.of(),
          engineCpu.size() == times.size() ? engineCpu : List.of(),
          benchmark.target(),
          benchmark.baseline(),
          error);
    }
  }

  /**
   * A plain-text table of the results: iterations, median, p90, min, max, the median CPU time of
   * the JVM and of the engine per iteration (where measured), target and status.
   */
  public static String table(List<BenchmarkResult> results) {
    int width = Math.max(9, results.stream().mapToInt(r -> r.name().length()).max().orElse(0));
    String format = "%-" + width + "s %6s %11s %11s %11s %11s %11s %11s %11s  %s%n";
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                format,
                "benchmark",
                "n",
                "median",
                "p90",
                "min",
                "max",
                "jvm cpu",
                "engine cpu",
                "target",
                "status"));
    for (BenchmarkResult r : results) {
      if (!r.succeeded()) {
        table.append(
            String.format(
                Locale.ROOT,
                format,
                r.name(),
                r.times().size(),
                "-",
                "-",
                "-",
                "-",
                "-",
                "-",
                r.target().map(BenchmarkRunner::millis).orElse("-"),
                "FAILED: " + r.error().orElse("no iterations")));
        continue;
      }
      String status =
          r.meetsTarget()
              .map(
                  ok ->
                      String.format(
                          Locale.ROOT,
                          "%s (%.2fx target)",
                          ok ? "ok" : "MISSED",
                          r.ratioToTarget().orElseThrow()))
              .orElse("");
      table.append(
          String.format(
              Locale.ROOT,
              format,
              r.name(),
              r.times().size(),
              millis(r.median()),
              millis(r.p90()),
              millis(r.min()),
              millis(r.max()),
              r.jvmCpuMedian().map(BenchmarkRunner::millis).orElse("-"),
              r.engineCpuMedian().map(BenchmarkRunner::millis).orElse("-"),
              r.target().map(BenchmarkRunner::millis).orElse("-"),
              status));
    }
    return table.toString();
  }

  /** A plain-text table of the ratios: both medians, the ratio, its goal or ideal, and status. */
  public static String ratioTable(List<RatioResult> ratios) {
    int width =
        Math.max(5, ratios.stream().mapToInt(r -> r.ratio().name().length()).max().orElse(0));
    String format = "%-" + width + "s %13s %13s %9s %9s  %s%n";
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                format,
                "ratio",
                "numerator",
                "denominator",
                "ratio",
                "goal",
                "status"));
    for (RatioResult r : ratios) {
      String goal =
          r.ratio()
              .max()
              .map(m -> String.format(Locale.ROOT, "<= %.2f", m))
              .or(() -> r.ratio().ideal().map(i -> String.format(Locale.ROOT, "~ %.2f", i)))
              .orElse("-");
      String status =
          r.value().isEmpty()
              ? "FAILED: a benchmark it divides failed"
              : r.meetsTarget().map(ok -> ok ? "ok" : "MISSED").orElse("")
                  + (r.interleaved()
                      ? (r.ratio().max().isPresent() ? " " : "") + "(interleaved)"
                      : "");
      table.append(
          String.format(
              Locale.ROOT,
              format,
              r.ratio().name(),
              r.numeratorMedian().map(BenchmarkRunner::millis).orElse("-"),
              r.denominatorMedian().map(BenchmarkRunner::millis).orElse("-"),
              r.value().map(v -> String.format(Locale.ROOT, "%.2fx", v)).orElse("-"),
              goal,
              status.strip()));
    }
    return table.toString();
  }

  /** The JSON report without separately declared ratios; see {@link #toJson(List, List)}. */
  public static ObjectNode toJson(List<BenchmarkResult> results) {
    return toJson(results, List.of());
  }

  /**
   * The JSON report: environment; per benchmark its raw times (ms), statistics, target and ratio to
   * its baseline; and per ratio both medians, the ratio, its goal or ideal, and whether it meets
   * it.
   */
  public static ObjectNode toJson(List<BenchmarkResult> results, List<RatioResult> ratios) {
    ObjectNode root = SurqlJson.mapper().createObjectNode();
    root.put("generatedAt", Instant.now().toString());
    root.put("java", System.getProperty("java.version"));
    root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    root.put("processors", Runtime.getRuntime().availableProcessors());
    Map<String, BenchmarkResult> byName =
        results.stream()
            .collect(
                Collectors.toMap(BenchmarkResult::name, r -> r, (a, b) -> a, LinkedHashMap::new));
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
      if (!r.jvmCpu().isEmpty()) {
        ArrayNode cpu = node.putArray("jvmCpu");
        r.jvmCpu().forEach(t -> cpu.add(ms(t)));
        r.jvmCpuMedian().ifPresent(m -> node.put("jvmCpuMedian", ms(m)));
      }
      if (!r.engineCpu().isEmpty()) {
        ArrayNode cpu = node.putArray("engineCpu");
        r.engineCpu().forEach(t -> cpu.add(ms(t)));
        r.engineCpuMedian().ifPresent(m -> node.put("engineCpuMedian", ms(m)));
      }
      r.target().ifPresent(t -> node.put("target", ms(t)));
      r.ratioToTarget().ifPresent(ratio -> node.put("ratioToTarget", ratio));
      r.meetsTarget().ifPresent(ok -> node.put("meetsTarget", ok));
      r.baseline()
          .ifPresent(
              name -> {
                node.put("baseline", name);
                Optional.ofNullable(byName.get(name))
                    .filter(b -> b.succeeded() && r.succeeded())
                    .ifPresent(
                        b ->
                            node.put(
                                "ratioToBaseline", BenchmarkResult.ratio(r.median(), b.median())));
              });
    }
    ArrayNode ratioNodes = root.putArray("ratios");
    for (RatioResult r : ratios) {
      ObjectNode node = ratioNodes.addObject();
      node.put("name", r.ratio().name());
      node.put("description", r.ratio().description());
      node.put("numerator", r.ratio().numerator());
      node.put("denominator", r.ratio().denominator());
      node.put("unit", "ms");
      r.numeratorMedian().ifPresent(m -> node.put("numeratorMedian", ms(m)));
      r.denominatorMedian().ifPresent(m -> node.put("denominatorMedian", ms(m)));
      ArrayNode numeratorTimes = node.putArray("numeratorTimes");
      ArrayNode denominatorTimes = node.putArray("denominatorTimes");
      Optional.ofNullable(byName.get(r.ratio().numerator()))
          .ifPresent(b -> b.times().forEach(t -> numeratorTimes.add(ms(t))));
      Optional.ofNullable(byName.get(r.ratio().denominator()))
          .ifPresent(b -> b.times().forEach(t -> denominatorTimes.add(ms(t))));
      r.value().ifPresent(v -> node.put("ratio", v));
      r.ratio().max().ifPresent(m -> node.put("max", m));
      r.ratio().ideal().ifPresent(i -> node.put("ideal", i));
      r.meetsTarget().ifPresent(ok -> node.put("meetsTarget", ok));
      node.put("interleaved", r.interleaved());
    }
    return root;
  }

  /** Writes {@link #toJson(List)} to the path, creating parent directories. */
  public static void write(List<BenchmarkResult> results, Path path) throws IOException {
    write(results, List.of(), path);
  }

  /** Writes {@link #toJson(List, List)} to the path, creating parent directories. */
  public static void write(List<BenchmarkResult> results, List<RatioResult> ratios, Path path)
      throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    SurqlJson.pretty().writeValue(path.toFile(), toJson(results, ratios));
  }

  private static double ms(Duration d) {
    return d.toNanos() / 1_000_000.0;
  }

  private static String millis(Duration d) {
    return String.format(Locale.ROOT, "%.3f ms", ms(d));
  }
}

package dev.surql.junit5;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.SurqlTest;
import dev.surql.core.engine.EngineCapabilities;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.MigrationValidationException;
import dev.surql.core.migration.ScanOptions;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.SeedData;
import dev.surql.core.verify.VerificationReport;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Everything one {@link SurqlMigrationTest} class shares: its configuration, the loaded migrations,
 * the seed data, the engine, the cached verification run and the timeline its first scope recorded.
 */
final class SuiteState {
  private final Class<?> testClass;
  private final SurqlMigrationTest annotation;
  private final SurqlTest surql;
  private final SurrealEngine engine;
  private final MigrationSet migrations;
  private final SeedData seeds;
  private final Optional<String> target;
  private final Optional<String> surrealdb;
  private final long startedNanos = System.nanoTime();
  private final AtomicReference<MigrationTimeline> firstTimeline = new AtomicReference<>();
  private VerificationReport verification;
  private UpgradeReport upgrade;

  private SuiteState(
      Class<?> testClass,
      SurqlMigrationTest annotation,
      SurqlTest surql,
      SurrealEngine engine,
      MigrationSet migrations,
      SeedData seeds,
      Optional<String> target,
      Optional<String> surrealdb) {
    this.surrealdb = surrealdb;
    this.testClass = testClass;
    this.annotation = annotation;
    this.surql = surql;
    this.engine = engine;
    this.migrations = migrations;
    this.seeds = seeds;
    this.target = target;
  }

  /**
   * Reads the configuration of the class of {@code context}, loads its migrations (once per
   * location and engine run) and starts (or reuses) the shared engine of the run's release line.
   *
   * @param surrealdb the line of this run, if the annotation names lines
   * @throws ExtensionConfigurationException naming the attribute and value that is wrong
   */
  static SuiteState create(ExtensionContext context, Optional<String> surrealdb) {
    Class<?> testClass = context.getRequiredTestClass();
    SurqlMigrationTest annotation =
        AnnotationSupport.findAnnotation(testClass, SurqlMigrationTest.class)
            .orElseThrow(
                () ->
                    new ExtensionConfigurationException(
                        testClass.getName()
                            + " is not annotated with @SurqlMigrationTest (directly, through a meta-annotation or a superclass)"));
    MigrationSet migrations = load(context, annotation);
    Optional<String> target =
        annotation.target().isBlank() ? Optional.empty() : Optional.of(annotation.target().strip());
    target
        .filter(t -> !migrations.contains(t))
        .ifPresent(
            t -> {
              throw new ExtensionConfigurationException(
                  attribute("target", t)
                      + ": unknown version "
                      + t
                      + " in "
                      + migrations.location()
                      + ". Known versions: "
                      + String.join(", ", migrations.versions())
                      + ".");
            });
    SeedData seeds = seeds(testClass, migrations);
    // the class's entry point: the shared engine of its run's line, the verification and upgrade
    // runs on databases
    // of their own; it never makes a database of its own, so there is nothing for it to close
    EngineConfig config = engineConfig(annotation, surrealdb);
    SurqlTest surql =
        SurqlTest.configure()
            .migrations(migrations)
            .engine(config)
            .seedData(seeds)
            .databasePrefix(
                "junit_"
                    + testClass.getSimpleName()
                    + surrealdb.map(l -> "_" + l.replace('.', '_')).orElse(""))
            .load();
    return new SuiteState(
        testClass, annotation, surql, engine(surql, config), migrations, seeds, target, surrealdb);
  }

  /**
   * The runs of a class: one per line of {@link SurqlMigrationTest#surrealdb()}, or one on the
   * configured line.
   *
   * @throws ExtensionConfigurationException for an unsupported or repeated line
   */
  static List<SurrealDbInvocation> invocations(Class<?> testClass) {
    SurqlMigrationTest annotation =
        AnnotationSupport.findAnnotation(testClass, SurqlMigrationTest.class)
            .orElseThrow(
                () ->
                    new ExtensionConfigurationException(
                        testClass.getName()
                            + " is not annotated with @SurqlMigrationTest (directly, through a meta-annotation or a superclass)"));
    String[] lines = annotation.surrealdb();
    if (lines.length == 0) {
      return List.of(new SurrealDbInvocation(Optional.empty(), configuredLine()));
    }
    List<SurrealDbInvocation> runs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String value : lines) {
      String line = line(value);
      if (!seen.add(line)) {
        throw new ExtensionConfigurationException(
            surrealdb(lines)
                + " on "
                + testClass.getName()
                + " names "
                + line
                + " twice; name each release line once.");
      }
      runs.add(new SurrealDbInvocation(Optional.of(line), line));
    }
    return runs;
  }

  /**
   * The line of a class that is not a class template: the one line its annotation names, if any.
   *
   * @throws ExtensionConfigurationException if it names several lines, which takes
   *     {@code @ClassTemplate}
   */
  static Optional<String> onlyLine(Class<?> testClass) {
    List<SurrealDbInvocation> runs = invocations(testClass);
    if (runs.size() > 1) {
      throw new ExtensionConfigurationException(
          surrealdb(
                  AnnotationSupport.findAnnotation(testClass, SurqlMigrationTest.class)
                      .orElseThrow()
                      .surrealdb())
              + " on "
              + testClass.getName()
              + " names several"
              + " release lines: annotate the class with @ClassTemplate (org.junit.jupiter.api.ClassTemplate) as well, so"
              + " that JUnit runs it once per line.");
    }
    return runs.get(0).version();
  }

  private static String surrealdb(String[] lines) {
    return "@SurqlMigrationTest(surrealdb = {"
        + Arrays.stream(lines).map(l -> "\"" + l + "\"").collect(Collectors.joining(", "))
        + "})";
  }

  /** The release line a value of {@code surrealdb} or {@code upgradeTo} names. */
  static String line(String value) {
    return line(value, "surrealdb");
  }

  private static String line(String value, String attribute) {
    try {
      return SurrealVersion.parse(value, "@SurqlMigrationTest(" + attribute + ")").line();
    } catch (SurqlException e) {
      throw new ExtensionConfigurationException(e.getMessage(), e);
    }
  }

  /** The line surql.version / SURQL_VERSION names, 3.0 by default. */
  private static String configuredLine() {
    try {
      return EngineConfig.fromEnvironment().effectiveVersion().line();
    } catch (SurqlException e) {
      throw new ExtensionConfigurationException("@SurqlMigrationTest: " + e.getMessage(), e);
    }
  }

  private static MigrationSet load(ExtensionContext context, SurqlMigrationTest annotation) {
    String attribute = attribute("migrations", annotation.migrations());
    String location =
        ProjectPaths.location(
            context,
            Placeholders.expand(
                annotation.migrations(), name -> Settings.lookup(context, name), attribute));
    String where =
        location.equals(annotation.migrations())
            ? location
            : location + " (from " + annotation.migrations() + ")";
    ScanOptions scan;
    try {
      scan =
          new ScanOptions(
              annotation.recursive(), List.of(annotation.include()), List.of(annotation.exclude()));
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(
          "@SurqlMigrationTest(include/exclude) on "
              + context.getRequiredTestClass().getName()
              + ": "
              + e.getMessage(),
          e);
    }
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    String key = "migrations:" + location + "|" + scan + "@" + System.identityHashCode(loader);
    ExtensionContext.Store root = context.getRoot().getStore(SurqlMigrationExtension.NAMESPACE);
    MigrationSet migrations;
    try {
      migrations =
          root.getOrComputeIfAbsent(
              key, k -> MigrationLoader.load(location, scan), MigrationSet.class);
    } catch (MigrationValidationException e) {
      throw new ExtensionConfigurationException(
          attribute + ": invalid migrations at " + where + ": " + e.getMessage(), e);
    } catch (SurqlException e) {
      throw new ExtensionConfigurationException(
          attribute + ": no migrations found at " + where + ": " + e.getMessage(), e);
    }
    if (migrations.isEmpty()) {
      throw new ExtensionConfigurationException(
          attribute
              + ": no migrations found at "
              + where
              + (scan.isDefault() ? "" : " (scan: " + scan + ")")
              + ". Put YYYYMMDD_HHMMSS_description.surql files there, or point migrations at the"
              + " directory that holds them.");
    }
    return migrations;
  }

  /**
   * The engine configuration of a class's run: system properties and the environment, overridden by
   * the annotation's {@code engine} (unless AUTO) and the run's release line (if the annotation
   * names lines); its {@code capabilities} are added to {@code surql.capabilities}.
   */
  static EngineConfig engineConfig(SurqlMigrationTest annotation, Optional<String> line) {
    EngineConfig config;
    try {
      config = EngineConfig.fromEnvironment();
    } catch (SurqlException e) {
      throw new ExtensionConfigurationException("@SurqlMigrationTest: " + e.getMessage(), e);
    }
    if (annotation.engine() != EngineKind.AUTO) {
      config = config.withKind(annotation.engine());
    }
    try {
      if (line.isPresent()) {
        config = config.withVersion(line.get(), "@SurqlMigrationTest(surrealdb)");
      }
      EngineCapabilities capabilities =
          EngineCapabilities.parse(
              String.join(",", annotation.capabilities()), "@SurqlMigrationTest(capabilities)");
      config = config.withCapabilities(config.capabilities().and(capabilities));
    } catch (SurqlException e) {
      throw new ExtensionConfigurationException(e.getMessage(), e);
    }
    return config;
  }

  /**
   * The engine of the class's entry point, started (or shared) now so that a failure is a
   * configuration error.
   */
  private static SurrealEngine engine(SurqlTest surql, EngineConfig config) {
    try {
      return surql.engine();
    } catch (SurqlException e) {
      throw startFailure(e, config);
    }
  }

  private static ExtensionConfigurationException startFailure(
      SurqlException e, EngineConfig config) {
    return new ExtensionConfigurationException(
        "@SurqlMigrationTest(engine = "
            + config.kind()
            + config.version().map(v -> ", surrealdb = \"" + v + "\"").orElse("")
            + "): cannot start the engine: "
            + e.getMessage(),
        e);
  }

  private static SeedData seeds(Class<?> testClass, MigrationSet migrations) {
    SeedData seeds = SeedData.none();
    for (SurqlSeed seed : AnnotationSupport.findRepeatableAnnotations(testClass, SurqlSeed.class)) {
      if (!migrations.contains(seed.before())) {
        throw new ExtensionConfigurationException(
            "@SurqlSeed(before = \""
                + seed.before()
                + "\") on "
                + testClass.getName()
                + ": unknown version "
                + seed.before()
                + " in "
                + migrations.location()
                + ". Known versions: "
                + String.join(", ", migrations.versions())
                + ".");
      }
      seeds = seeds.before(seed.before(), normalized(List.of(seed.statements())));
    }
    List<Method> methods =
        AnnotationSupport.findAnnotatedMethods(
            testClass, SurqlSeedData.class, HierarchyTraversalMode.TOP_DOWN);
    for (Method method : methods) {
      String name = "@SurqlSeedData " + testClass.getSimpleName() + "." + method.getName() + "()";
      if (!Modifier.isStatic(method.getModifiers())
          || method.getParameterCount() != 0
          || !SeedData.class.isAssignableFrom(method.getReturnType())) {
        throw new ExtensionConfigurationException(
            name + " must be static, take no parameters and return " + SeedData.class.getName());
      }
      SeedData more = (SeedData) ReflectionSupport.invokeMethod(method, null);
      if (more == null) {
        throw new ExtensionConfigurationException(
            name + " returned null; return SeedData.none() for no data");
      }
      for (var entry : more.statements().entrySet()) {
        if (!migrations.contains(entry.getKey())) {
          throw new ExtensionConfigurationException(
              name
                  + ": unknown version "
                  + entry.getKey()
                  + " in "
                  + migrations.location()
                  + ". Known versions: "
                  + String.join(", ", migrations.versions())
                  + ".");
        }
        seeds = seeds.before(entry.getKey(), normalized(entry.getValue()));
      }
    }
    return seeds;
  }

  /** The statements without trailing semicolons and blank ones: seeds are joined with {@code ;}. */
  private static String[] normalized(List<String> statements) {
    return statements.stream()
        .map(s -> s.strip().replaceAll(";+$", "").strip())
        .filter(s -> !s.isEmpty())
        .toArray(String[]::new);
  }

  static String attribute(String name, String value) {
    return "@SurqlMigrationTest(" + name + " = \"" + value + "\")";
  }

  Class<?> testClass() {
    return testClass;
  }

  /** The release line this run asked for, if the annotation names one. */
  Optional<String> surrealdb() {
    return surrealdb;
  }

  /**
   * The test class's name, with the release line when the annotation names one: its reports' name.
   */
  String reportName() {
    return testClass.getName() + surrealdb.map(l -> "-surrealdb-" + l).orElse("");
  }

  /**
   * The test class's simple name, with {@code [SurrealDB 2.6]} when the annotation names a line.
   */
  String displayName() {
    return testClass.getSimpleName() + surrealdb.map(l -> " [SurrealDB " + l + "]").orElse("");
  }

  Isolation isolation() {
    return annotation.isolation();
  }

  boolean snapshots() {
    return annotation.snapshots();
  }

  SurrealEngine engine() {
    return engine;
  }

  /** The class's entry point (its migrations on the shared engine of its run's line). */
  SurqlTest surql() {
    return surql;
  }

  MigrationSet migrations() {
    return migrations;
  }

  SeedData seeds() {
    return seeds;
  }

  Optional<String> target() {
    return target;
  }

  long startedNanos() {
    return startedNanos;
  }

  /** Opens a fresh, migrated database for one scope, named after it. */
  MigrationScope openScope(String name) {
    MigrationScope scope = MigrationScope.open(this, name);
    firstTimeline.compareAndSet(null, scope.setupTimeline());
    return scope;
  }

  /**
   * The timeline the first scope recorded while the extension applied migrations, if any scope was
   * opened.
   */
  Optional<MigrationTimeline> timeline() {
    return Optional.ofNullable(firstTimeline.get());
  }

  /** The reversibility round trips and checks, run once per class on fresh databases. */
  synchronized VerificationReport verify() {
    if (verification == null) {
      verification = surql.verify();
    }
    return verification;
  }

  /**
   * The upgrade check from this run's line to {@link SurqlMigrationTest#upgradeTo()}, once per run;
   * empty when no other line is named.
   */
  synchronized Optional<UpgradeReport> upgradeCheck() {
    Optional<String> to = upgradeTarget();
    if (to.isEmpty()) {
      return Optional.empty();
    }
    String toLine = to.get();
    if (upgrade == null) {
      try {
        upgrade = surql.upgradeCheck(toLine);
      } catch (SurqlException e) {
        if (e.code() != ErrorCode.ENGINE_UNAVAILABLE
            && e.code() != ErrorCode.ENGINE_START_FAILED
            && e.code() != ErrorCode.INVALID_CONFIGURATION) {
          throw e;
        }
        throw startFailure(e, engineConfig(annotation, Optional.of(toLine)));
      }
    }
    return Optional.of(upgrade);
  }

  /** The line of {@link SurqlMigrationTest#upgradeTo()}, unless empty or this run's own line. */
  Optional<String> upgradeTarget() {
    String to = annotation.upgradeTo().strip();
    if (to.isEmpty()) {
      return Optional.empty();
    }
    String toLine = line(to, "upgradeTo");
    return toLine.equals(
            dev.surql.core.snapshot.CrossVersionNormalization.releaseLine(engine.serverVersion()))
        ? Optional.empty()
        : Optional.of(toLine);
  }

  /** The verification run, if a test asked for it. */
  synchronized Optional<VerificationReport> verification() {
    return Optional.ofNullable(verification);
  }
}

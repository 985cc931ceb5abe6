package dev.surql.bench.junit5;

import dev.surql.bench.Benchmark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * A whole {@code @SurqlMigrationTest} class ({@link ExamplesChecks}, which extends {@code
 * SurqlMigrationChecks}) on the examples' migrations, run through JUnit's {@code EngineTestKit}:
 * discovery, the extension's fresh database with migrations and timeline, the verification run,
 * every check and dynamic reversibility test, and the class's JSON and Markdown reports. Its
 * baseline, {@link CoreApiBenchmark}, does the same database work through the core API.
 */
public final class JUnitClassBenchmark implements Benchmark {
  static final String NAME = "junit5.examples.class";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "a @SurqlMigrationTest class extending SurqlMigrationChecks on the 10 examples migrations, through"
        + " EngineTestKit";
  }

  @Override
  public int warmups() {
    return 2;
  }

  @Override
  public int iterations() {
    return 11;
  }

  @Override
  public Optional<String> baseline() {
    return Optional.of(CoreApiBenchmark.NAME);
  }

  @Override
  public Fixture setUp() throws IOException {
    Path reports = Files.createTempDirectory("surql-bench-junit-reports-");
    return new Fixture() {
      @Override
      public void run() {
        EngineExecutionResults results =
            EngineTestKit.engine("junit-jupiter")
                .selectors(DiscoverySelectors.selectClass(ExamplesChecks.class))
                .configurationParameter("surql.reports.dir", reports.toString())
                .execute();
        Events tests = results.testEvents();
        if (tests.succeeded().count() == 0
            || tests.failed().count() > 0
            || tests.aborted().count() > 0
            || results.containerEvents().failed().count() > 0) {
          throw new IllegalStateException(
              "the examples' checks did not all pass: "
                  + tests.succeeded().count()
                  + " succeeded, "
                  + tests.failed().count()
                  + " failed, "
                  + tests.aborted().count()
                  + " aborted; "
                  + Stream.concat(
                          tests.failed().stream(), results.containerEvents().failed().stream())
                      .map(
                          e ->
                              e.getTestDescriptor().getDisplayName()
                                  + ": "
                                  + e.getPayload().orElse(""))
                      .collect(Collectors.joining("; ")));
        }
      }

      @Override
      public void close() {
        try (Stream<Path> files = Files.walk(reports)) {
          for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(file);
          }
        } catch (IOException e) {
          throw new UncheckedIOException("could not delete " + reports + ": " + e.getMessage(), e);
        }
      }
    };
  }
}

package dev.surql.junit5;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.report.AnnotationMode;
import dev.surql.core.report.ReportOutputs;
import dev.surql.core.report.VerificationReports;
import dev.surql.core.verify.CheckResult;
import dev.surql.core.verify.MigrationCheck;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.ReversibilityStatus;
import dev.surql.core.verify.VerificationReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Writes the JSON, Markdown, SARIF and JUnit XML report of one test class, prints GitHub
 * annotations on GitHub Actions (configuration parameter {@value #ANNOTATIONS}), publishes the
 * paths through the test reporter and logs a one-line summary.
 */
final class SuiteReport {
  /** Configuration parameter (or system property) naming the reports directory. */
  static final String REPORTS_DIR = "surql.reports.dir";

  private static final String DEFAULT_DIR = "surql-reports";

  /** Configuration parameter (or system property) for GitHub annotations: auto, github or none. */
  static final String ANNOTATIONS = "surql.annotations";

  private static final System.Logger LOG =
      System.getLogger(SurqlMigrationExtension.class.getName());

  private SuiteReport() {}

  /** Writes and announces the report, if the class applied migrations or verified them. */
  static void publish(ExtensionContext context, SuiteState suite) {
    Optional<VerificationReport> report = build(suite);
    if (report.isEmpty()) {
      return;
    }
    Path directory = directory(context);
    VerificationReports.ReportFiles files =
        VerificationReports.write(report.get(), directory, suite.reportName());
    int applied =
        suite
            .target()
            .map(t -> suite.migrations().upTo(t).size())
            .orElse(suite.migrations().size());
    String summary =
        summary(suite.displayName(), report.get(), suite.verification().isPresent(), applied);
    Path sarif = files.json().resolveSibling(baseName(files.json()) + ".sarif");
    Path junitXml = files.json().resolveSibling(baseName(files.json()) + ".junit.xml");
    ReportOutputs.create()
        .withSarif(sarif)
        .withJUnitXml(junitXml)
        .withAnnotations(annotations(context))
        .write(
            report.get(),
            line -> {
              if (line.startsWith("::")) {
                System.out.println(line);
              }
            });
    Map<String, String> entry = new LinkedHashMap<>();
    entry.put("surql.summary", summary);
    entry.put("surql.report.json", files.json().toString());
    entry.put("surql.report.markdown", files.markdown().toString());
    entry.put("surql.report.sarif", sarif.toString());
    entry.put("surql.report.junit", junitXml.toString());
    context.publishReportEntry(entry);
    LOG.log(System.Logger.Level.INFO, summary);
  }

  /**
   * The configuration parameter {@value #REPORTS_DIR}, else the system property, resolved against
   * the project base directory; by default {@code surql-reports} in the build output directory.
   */
  static Path directory(ExtensionContext context) {
    return Settings.get(context, REPORTS_DIR)
        .map(dir -> ProjectPaths.resolve(context, dir))
        .orElseGet(() -> ProjectPaths.outputDirectory(context).resolve(DEFAULT_DIR));
  }

  /**
   * The configuration parameter (or system property) {@value #ANNOTATIONS}: {@code auto} (GitHub
   * annotations when {@code GITHUB_ACTIONS=true}), {@code github} or {@code none}.
   */
  static AnnotationMode annotations(ExtensionContext context) {
    Optional<String> value = Settings.get(context, ANNOTATIONS);
    return value
        .map(
            v ->
                AnnotationMode.parse(v)
                    .orElseThrow(
                        () ->
                            new SurqlException(
                                ErrorCode.INVALID_CONFIGURATION,
                                "Invalid "
                                    + ANNOTATIONS
                                    + " '"
                                    + v
                                    + "': use auto, github or none.")))
        .orElse(AnnotationMode.AUTO);
  }

  private static String baseName(Path json) {
    String name = json.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }

  static Optional<VerificationReport> build(SuiteState suite) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - suite.startedNanos());
    Optional<VerificationReport> verified = suite.verification();
    Optional<MigrationTimeline> timeline = suite.timeline();
    String server = suite.engine().serverVersion();
    if (verified.isPresent()) {
      VerificationReport v = verified.get();
      return Optional.of(v.withTimeline(timeline.orElse(v.timeline()), elapsed));
    }
    return timeline.map(t -> VerificationReport.ofTimeline(suite.migrations(), server, t, elapsed));
  }

  /**
   * {@code surql: ShopMigrationsTest — 10 migrations, 10 reversible, 0 failed, declared safety ok
   * (1234 ms)}.
   */
  static String summary(String name, VerificationReport report, boolean verified, int applied) {
    StringBuilder line = new StringBuilder("surql: ").append(name).append(" — ");
    if (verified) {
      long reversible =
          report.results().stream()
              .filter(r -> r.status() == ReversibilityStatus.REVERSIBLE)
              .count();
      long skipped =
          report.results().stream()
              .filter(r -> r.status() == ReversibilityStatus.IRREVERSIBLE)
              .count();
      long failed = report.results().size() - reversible - skipped;
      line.append(migrations(report.results().size()))
          .append(", ")
          .append(reversible)
          .append(" reversible, ")
          .append(failed)
          .append(" failed");
      if (skipped > 0) {
        line.append(", ").append(skipped).append(" irreversible (skipped)");
      }
    } else {
      line.append(migrations(applied)).append(" applied, reversibility not checked");
    }
    Optional<CheckResult> declared = report.check(MigrationCheck.DECLARED_SAFETY_MATCHES);
    line.append(", declared safety ")
        .append(
            declared
                .map(c -> c.passed() ? "ok" : "mismatched for " + migrations(c.failures().size()))
                .orElse("not checked"));
    line.append(" (").append(report.duration().toMillis()).append(" ms)");
    return line.toString();
  }

  private static String migrations(long count) {
    return count + (count == 1 ? " migration" : " migrations");
  }
}

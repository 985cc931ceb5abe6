package dev.surql.core.report;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.internal.report.GitHubAnnotations;
import dev.surql.core.internal.report.JUnitXmlReport;
import dev.surql.core.internal.report.SarifReport;
import dev.surql.core.internal.report.SourcePaths;
import dev.surql.core.rule.Finding;
import dev.surql.core.snapshot.CrossVersionNormalization;
import dev.surql.core.verify.VerificationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes the outputs of a verification that a user asked for: JSON, Markdown, SARIF and JUnit XML
 * files, GitHub annotations and the step summary. The CLI, the Maven plugin and the JUnit extension
 * all go through here, so that each output is made one way.
 *
 * <pre>{@code
 * ReportOutputs.create()
 *     .withSarif(Path.of("target/surql.sarif"))
 *     .withAnnotations(AnnotationMode.AUTO)
 *     .write(report, System.out::println);
 * }</pre>
 */
public final class ReportOutputs {
  private final Optional<Path> json;
  private final Optional<Path> markdown;
  private final Optional<Path> sarif;
  private final Optional<Path> junitXml;
  private final AnnotationMode annotations;
  private final Map<String, String> environment;
  private final Optional<Path> repositoryRoot;
  private final String toolVersion;

  private ReportOutputs(
      Optional<Path> json,
      Optional<Path> markdown,
      Optional<Path> sarif,
      Optional<Path> junitXml,
      AnnotationMode annotations,
      Map<String, String> environment,
      Optional<Path> repositoryRoot,
      String toolVersion) {
    this.json = json;
    this.markdown = markdown;
    this.sarif = sarif;
    this.junitXml = junitXml;
    this.annotations = annotations;
    this.environment = environment;
    this.repositoryRoot = repositoryRoot;
    this.toolVersion = toolVersion;
  }

  /** No files, annotations on GitHub Actions only, the process environment. */
  public static ReportOutputs create() {
    return new ReportOutputs(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        AnnotationMode.AUTO,
        System.getenv(),
        Optional.empty(),
        defaultVersion());
  }

  public ReportOutputs withJson(Path file) {
    return new ReportOutputs(
        Optional.ofNullable(file),
        markdown,
        sarif,
        junitXml,
        annotations,
        environment,
        repositoryRoot,
        toolVersion);
  }

  public ReportOutputs withMarkdown(Path file) {
    return new ReportOutputs(
        json,
        Optional.ofNullable(file),
        sarif,
        junitXml,
        annotations,
        environment,
        repositoryRoot,
        toolVersion);
  }

  public ReportOutputs withSarif(Path file) {
    return new ReportOutputs(
        json,
        markdown,
        Optional.ofNullable(file),
        junitXml,
        annotations,
        environment,
        repositoryRoot,
        toolVersion);
  }

  public ReportOutputs withJUnitXml(Path file) {
    return new ReportOutputs(
        json,
        markdown,
        sarif,
        Optional.ofNullable(file),
        annotations,
        environment,
        repositoryRoot,
        toolVersion);
  }

  public ReportOutputs withAnnotations(AnnotationMode mode) {
    return new ReportOutputs(
        json,
        markdown,
        sarif,
        junitXml,
        Objects.requireNonNull(mode, "mode"),
        environment,
        repositoryRoot,
        toolVersion);
  }

  /**
   * The environment to read {@code GITHUB_ACTIONS}, {@code GITHUB_STEP_SUMMARY} and {@code
   * GITHUB_WORKSPACE} from.
   */
  public ReportOutputs withEnvironment(Map<String, String> environment) {
    return new ReportOutputs(
        json,
        markdown,
        sarif,
        junitXml,
        annotations,
        Map.copyOf(environment),
        repositoryRoot,
        toolVersion);
  }

  /**
   * The root that SARIF and annotation paths are relative to (found from the environment when not
   * set).
   */
  public ReportOutputs withRepositoryRoot(Path root) {
    return new ReportOutputs(
        json,
        markdown,
        sarif,
        junitXml,
        annotations,
        environment,
        Optional.ofNullable(root),
        toolVersion);
  }

  public ReportOutputs withToolVersion(String version) {
    return new ReportOutputs(
        json,
        markdown,
        sarif,
        junitXml,
        annotations,
        environment,
        repositoryRoot,
        Objects.requireNonNull(version, "version"));
  }

  /** The paths helper these outputs use. */
  private SourcePaths paths() {
    return SourcePaths.relativeTo(
        repositoryRoot.orElseGet(() -> SourcePaths.repositoryRoot(environment)));
  }

  /**
   * Writes every output asked for. {@code out} receives the annotation lines (when on) and one
   * "written to" line per file.
   */
  public void write(VerificationReport report, Consumer<String> out) {
    Objects.requireNonNull(report, "report");
    SourcePaths paths = paths();
    json.ifPresent(p -> write(p, VerificationReports.toJson(report), out));
    markdown.ifPresent(p -> write(p, VerificationReports.toMarkdown(report), out));
    sarif.ifPresent(
        p ->
            write(
                p,
                SarifReport.render(report.findings(), paths, report.location(), toolVersion),
                out));
    junitXml.ifPresent(p -> write(p, JUnitXmlReport.withTimings().render(report), out));
    if (annotations.enabled(environment)) {
      GitHubAnnotations.lines(report.findings(), paths, report.location()).forEach(out);
      stepSummary(VerificationReports.toMarkdown(report));
    }
  }

  /**
   * Writes every output asked for of a version matrix: the verifications of one migration set on
   * several SurrealDB release lines, one report per line in order. JSON and Markdown are {@link
   * VersionMatrixReports}'s; SARIF has one run per line (each with its own {@code
   * automationDetails.id} category, {@code surql-verify/surrealdb-<line>/}, and the line in its
   * properties and in each result's message and properties); JUnit XML has one test suite per line,
   * named {@code surql-verify [SurrealDB <line>]}; each annotation names the line in its title and
   * message; the step summary gets the matrix Markdown. {@code out} receives the annotation lines
   * (when on) and one "written to" line per file.
   *
   * @param reports each release line's verification, at least one
   * @param out where annotation lines and "written to" lines go
   */
  public void writeMatrix(List<VerificationReport> reports, Consumer<String> out) {
    Objects.requireNonNull(reports, "reports");
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("A version matrix needs the report of at least one line.");
    }
    SourcePaths paths = paths();
    List<String> lines =
        reports.stream()
            .map(r -> CrossVersionNormalization.releaseLine(r.serverVersion()))
            .toList();
    json.ifPresent(p -> write(p, VersionMatrixReports.toJson(reports), out));
    markdown.ifPresent(p -> write(p, VersionMatrixReports.toMarkdown(reports), out));
    sarif.ifPresent(
        p -> {
          List<SarifReport.MatrixRun> runs = new ArrayList<>();
          for (int i = 0; i < reports.size(); i++) {
            VerificationReport report = reports.get(i);
            runs.add(
                new SarifReport.MatrixRun(
                    lines.get(i), report.serverVersion(), report.location(), report.findings()));
          }
          write(p, SarifReport.renderMatrix(runs, paths, toolVersion), out);
        });
    junitXml.ifPresent(
        p -> write(p, JUnitXmlReport.withTimings().renderMatrix(lines, reports), out));
    if (annotations.enabled(environment)) {
      for (int i = 0; i < reports.size(); i++) {
        VerificationReport report = reports.get(i);
        GitHubAnnotations.linesOnSurrealDb(
                report.findings(), paths, report.location(), lines.get(i))
            .forEach(out);
      }
      stepSummary(VersionMatrixReports.toMarkdown(reports));
    }
  }

  /**
   * Writes the outputs of a run whose migrations could not be loaded: SARIF, JUnit XML and
   * annotations with the load findings ({@code SQ9xx}); JSON and Markdown need a verification and
   * are not written.
   */
  public void writeLoadFailure(String location, List<Finding> findings, Consumer<String> out) {
    SourcePaths paths = paths();
    sarif.ifPresent(p -> write(p, SarifReport.render(findings, paths, location, toolVersion), out));
    junitXml.ifPresent(
        p -> write(p, JUnitXmlReport.withTimings().renderLoadFailure(location, findings), out));
    if (annotations.enabled(environment)) {
      GitHubAnnotations.lines(findings, paths, location).forEach(out);
      stepSummary(
          "# Migration verification: FAILED\n\nThe migrations at `"
              + location
              + "` could not be loaded.\n"
              + VerificationReports.findingsMarkdown(findings));
    }
  }

  private void stepSummary(String markdownText) {
    String summary = environment.get("GITHUB_STEP_SUMMARY");
    if (summary == null || summary.isBlank()) {
      return;
    }
    try {
      Files.writeString(
          Path.of(summary),
          markdownText + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new SurqlException(
          ErrorCode.INVALID_CONFIGURATION,
          "Cannot append the report to GITHUB_STEP_SUMMARY ("
              + summary
              + "): "
              + e.getMessage()
              + ". Check that the file is writable.",
          e);
    }
  }

  private static void write(Path path, String content, Consumer<String> out) {
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new SurqlException(
          ErrorCode.INVALID_CONFIGURATION,
          "Cannot write the report to "
              + path
              + ": "
              + e.getMessage()
              + ". Check that the directory is writable.",
          e);
    }
    out.accept("Report written to " + path);
  }

  private static String defaultVersion() {
    String version = ReportOutputs.class.getPackage().getImplementationVersion();
    return version == null ? "unknown" : version;
  }
}

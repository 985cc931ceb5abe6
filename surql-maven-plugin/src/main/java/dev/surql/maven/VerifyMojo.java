package dev.surql.maven;

import com.fasterxml.jackson.databind.JsonNode;
import dev.surql.core.internal.json.SurqlJson;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code surql:verify}, bound to the {@code verify} phase: verifies every migration on fresh
 * databases (apply from empty, each down restores the schema, re-applying gives the same schema,
 * declared rollback safety matches the analysis), writes JSON, Markdown, SARIF and JUnit XML
 * reports under {@code target/surql-reports}, prints GitHub annotations on GitHub Actions, and
 * fails the build on a finding at or above {@code failOn}, naming its file, line and rule code.
 */
@Mojo(
    name = "verify",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    requiresProject = true)
public class VerifyMojo extends AbstractSurqlMojo {
  static final String JSON = "surql-verify.json";
  static final String MARKDOWN = "surql-verify.md";
  static final String SARIF = "surql-verify.sarif";
  static final String JUNIT_XML = "TEST-surql-verify.xml";

  /** Where the reports go: surql-verify.json, .md, .sarif and TEST-surql-verify.xml (JUnit XML). */
  @Parameter(
      property = "surql.reportsDirectory",
      defaultValue = "${project.build.directory}/surql-reports")
  File reportsDirectory;

  /**
   * What fails the build: {@code error} (a failed check, i.e. an error no {@code -- @allow:}
   * accepted), {@code warning} (also a warning), or {@code none} (report only).
   */
  @Parameter(property = "surql.failOn", defaultValue = "error")
  String failOn;

  /**
   * GitHub annotations and the step summary: {@code auto} (on when {@code GITHUB_ACTIONS=true}),
   * {@code github} or {@code none}.
   */
  @Parameter(property = "surql.annotations", defaultValue = "auto")
  String annotations;

  @Override
  String subcommand() {
    return "verify";
  }

  @Override
  void goalArgs(List<String> args) throws MojoExecutionException {
    String level = level();
    if (!List.of("error", "warning", "none").contains(level)) {
      throw new MojoExecutionException(
          "Invalid <failOn> '" + failOn + "' (-Dsurql.failOn): use error, warning or" + " none.");
    }
    String mode = annotations == null ? "auto" : annotations.strip().toLowerCase(Locale.ROOT);
    if (!List.of("auto", "github", "none").contains(mode)) {
      throw new MojoExecutionException(
          "Invalid <annotations> '"
              + annotations
              + "' (-Dsurql.annotations): use auto,"
              + " github or none.");
    }
    for (String name : List.of(JSON, MARKDOWN, SARIF, JUNIT_XML)) {
      File stale = new File(reportsDirectory, name);
      if (stale.exists() && !stale.delete()) {
        throw new MojoExecutionException(
            "Cannot delete the old report " + stale + ": check that it is writable.");
      }
    }
    args.addAll(
        List.of(
            "--report",
            report(JSON),
            "--markdown",
            report(MARKDOWN),
            "--sarif",
            report(SARIF),
            "--junit-xml",
            report(JUNIT_XML),
            "--fail-on",
            level,
            "--annotations",
            mode));
  }

  private String level() {
    return failOn == null ? "error" : failOn.strip().toLowerCase(Locale.ROOT);
  }

  private String report(String name) {
    return new File(reportsDirectory, name).getPath();
  }

  @Override
  void handle(int exitCode) throws MojoExecutionException, MojoFailureException {
    if (exitCode == 1) {
      throw new MojoFailureException(failureMessage());
    }
    super.handle(exitCode);
  }

  /**
   * The findings that fail the build, each with its file, line and code, read from the SARIF report
   * (written for a verification and for migrations that could not be loaded alike); for a version
   * matrix from every line's run, each message naming its line.
   */
  String failureMessage() {
    File sarif = new File(reportsDirectory, SARIF);
    if (!sarif.isFile()) {
      return "surql verify failed before verifying: see the error above.";
    }
    List<String> lines = new ArrayList<>();
    try {
      JsonNode log = SurqlJson.mapper().readTree(sarif);
      boolean warnings = "warning".equals(level());
      // One run per SurrealDB line for a version matrix (<surrealdb>2.6,3.0</surrealdb>).
      for (JsonNode run : log.path("runs")) {
        for (JsonNode result : run.path("results")) {
          String level = result.path("level").asText();
          boolean fails =
              !result.has("suppressions")
                  && (level.equals("error") || warnings && level.equals("warning"));
          if (fails) {
            JsonNode physical = result.at("/locations/0/physicalLocation");
            String where =
                physical.at("/artifactLocation/uri").asText()
                    + ":"
                    + physical.at("/region/startLine").asInt()
                    + (physical.at("/region/startColumn").asInt() > 0
                        ? ":" + physical.at("/region/startColumn").asInt()
                        : "");
            lines.add("  " + where + ": " + result.at("/message/text").asText());
          }
        }
      }
    } catch (IOException e) {
      return "surql verify failed: see the output above (the report "
          + sarif
          + " could not be read: "
          + e.getMessage()
          + ").";
    }
    return "surql verify failed: "
        + lines.size()
        + (lines.size() == 1 ? " finding fails" : " findings fail")
        + " the build (failOn="
        + level()
        + "):\n"
        + String.join("\n", lines)
        + "\nReports: "
        + reportsDirectory
        + ". Every code is explained in docs/rules.md; accept a finding with"
        + " -- @allow: <code> <reason> before its statement.";
  }
}

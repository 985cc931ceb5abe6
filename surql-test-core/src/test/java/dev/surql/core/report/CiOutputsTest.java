package dev.surql.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.report.Findings;
import dev.surql.core.internal.report.GitHubAnnotations;
import dev.surql.core.internal.report.JUnitXmlReport;
import dev.surql.core.internal.report.SarifReport;
import dev.surql.core.internal.report.SourcePaths;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationValidationException;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.verify.MigrationVerifier;
import dev.surql.core.verify.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI outputs of a verification of a fixed example (src/test/resources/ci-example): JUnit XML
 * and GitHub annotations byte for byte, SARIF against the SARIF 2.1.0 schema, the step summary.
 */
class CiOutputsTest {
  private static final Path EXAMPLE = Path.of("src/test/resources/ci-example");
  private static final Path REPOSITORY = Path.of("..");
  private static VerificationReport report;

  @TempDir Path dir;

  @BeforeAll
  static void verifyTheExample() {
    report =
        MigrationVerifier.of(SurqlEngines.shared(), MigrationLoader.load(EXAMPLE))
            .withDatabasePrefix("ci_outputs")
            .verify();
  }

  /**
   * Asserts {@code actual} equals the resource {@code name} byte for byte; the actual output is
   * also written to {@code target/ci-outputs/<name>} to compare by hand when it does not.
   */
  private static void assertSameBytes(String actual, String name) throws IOException {
    Path written = Path.of("target", "ci-outputs", name);
    Files.createDirectories(written.getParent());
    Files.writeString(written, actual, StandardCharsets.UTF_8);
    try (InputStream in = CiOutputsTest.class.getResourceAsStream(name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      assertThat(actual.getBytes(StandardCharsets.UTF_8))
          .as("%s (actual output in %s)", name, written)
          .isEqualTo(in.readAllBytes());
    }
  }

  @Test
  void should_write_one_junit_test_case_per_migration_and_check_byte_for_byte() throws IOException {
    String xml = JUnitXmlReport.withoutTimings().render(report);

    assertSameBytes(xml, "ci-example.junit.xml");
  }

  @Test
  void should_print_github_annotations_byte_for_byte() throws IOException {
    List<String> lines =
        GitHubAnnotations.lines(
            report.findings(), SourcePaths.relativeTo(REPOSITORY), report.location());

    assertSameBytes(String.join("\n", lines) + "\n", "ci-example.annotations.txt");
  }

  @Test
  void
      should_write_sarif_that_validates_against_the_sarif_2_1_0_schema_with_a_location_for_every_result()
          throws IOException {
    String sarif =
        SarifReport.render(
            report.findings(), SourcePaths.relativeTo(REPOSITORY), report.location(), "1.2.3");

    JsonNode log = new ObjectMapper().readTree(sarif);
    assertThat(schemaErrors(log)).isEmpty();
    JsonNode results = log.at("/runs/0/results");
    assertThat(results).hasSize(report.findings().size());
    for (JsonNode result : results) {
      assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
          .startsWith("surql-test-core/src/test/resources/ci-example/2026");
      assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    }
    JsonNode sq202 = first(results, "SQ202");
    assertThat(sq202.at("/level").asText()).isEqualTo("error");
    assertThat(sq202.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("surql-test-core/src/test/resources/ci-example/20260103_000000_nickname.surql");
    assertThat(sq202.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(7);
    assertThat(sq202.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(1);
    assertThat(results.findValues("justification"))
        .extracting(JsonNode::asText)
        .containsExactly("the audit log is rebuilt from events");
    JsonNode rule = log.at("/runs/0/tool/driver/rules/" + sq202.at("/ruleIndex").asInt());
    assertThat(rule.at("/id").asText()).isEqualTo("SQ202");
    assertThat(rule.at("/help/markdown").asText()).contains("Example:").contains("Fix:");
    assertThat(log.at("/runs/0/tool/driver/version").asText()).isEqualTo("1.2.3");
  }

  @Test
  void should_place_a_finding_about_the_whole_set_at_the_migrations_location_in_sarif()
      throws IOException {
    List<Finding> findings = List.of(Finding.of(Rule.VERSION_GRAPH, "", "two heads"));

    String sarif =
        SarifReport.render(findings, SourcePaths.relativeTo(REPOSITORY), EXAMPLE.toString(), "1");

    JsonNode log = new ObjectMapper().readTree(sarif);
    assertThat(schemaErrors(log)).isEmpty();
    assertThat(
            log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("surql-test-core/src/test/resources/ci-example");
  }

  @Test
  void should_report_load_problems_as_SQ901_in_sarif_junit_and_annotations() throws IOException {
    Files.writeString(
        dir.resolve("20260101_000000_bad.surql"),
        "-- @up\nDEFINE TABLE a;\n-- @down\n-- @allow: SQ101\n");
    MigrationValidationException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            MigrationValidationException.class, () -> MigrationLoader.load(dir));
    List<String> out = new ArrayList<>();
    Path sarif = dir.resolve("out/report.sarif");
    Path junit = dir.resolve("out/report.xml");

    ReportOutputs.create()
        .withSarif(sarif)
        .withJUnitXml(junit)
        .withAnnotations(AnnotationMode.GITHUB)
        .withEnvironment(Map.of())
        .withRepositoryRoot(dir)
        .writeLoadFailure(dir.toString(), Findings.ofLoadProblems(e.problems()), out::add);

    assertThat(out)
        .contains(
            "::error file=20260101_000000_bad.surql,line=4,title=SQ901 invalid-migration::"
                + "-- @allow: SQ101 gives no reason: say why the finding is acceptable, e.g. -- @allow: SQ101 the audit log"
                + " is rebuilt from events%0AFix: Correct the file and run again; docs/rules.md lists what a"
                + " migration file may hold");
    assertThat(schemaErrors(new ObjectMapper().readTree(Files.readString(sarif)))).isEmpty();
    assertThat(Files.readString(junit))
        .contains(
            "<failure message=\"SQ901 invalid-migration: -- @allow: SQ101 gives" + " no reason")
        .contains("type=\"SQ901\"");
  }

  @Test
  void should_annotate_on_github_actions_only_and_append_the_markdown_to_the_step_summary()
      throws IOException {
    Path summary = Files.writeString(dir.resolve("summary.md"), "earlier step\n");
    List<String> onGitHub = new ArrayList<>();
    List<String> elsewhere = new ArrayList<>();

    ReportOutputs.create()
        .withEnvironment(
            Map.of(
                "GITHUB_ACTIONS",
                "true",
                "GITHUB_STEP_SUMMARY",
                summary.toString(),
                "GITHUB_WORKSPACE",
                REPOSITORY.toString()))
        .write(report, onGitHub::add);
    ReportOutputs.create()
        .withEnvironment(Map.of("GITHUB_STEP_SUMMARY", summary.toString()))
        .write(report, elsewhere::add);

    assertThat(onGitHub)
        .isEqualTo(
            GitHubAnnotations.lines(
                report.findings(), SourcePaths.relativeTo(REPOSITORY), report.location()));
    assertThat(elsewhere).isEmpty();
    assertThat(Files.readString(summary))
        .isEqualTo("earlier step\n" + VerificationReports.toMarkdown(report) + "\n");
  }

  private static JsonNode first(JsonNode results, String ruleId) {
    for (JsonNode result : results) {
      if (result.path("ruleId").asText().equals(ruleId)) {
        return result;
      }
    }
    throw new AssertionError("no result of " + ruleId + " in " + results);
  }

  private static List<Error> schemaErrors(JsonNode log) throws IOException {
    try (InputStream schema = CiOutputsTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
      Schema sarifSchema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
      return sarifSchema.validate(log);
    }
  }
}

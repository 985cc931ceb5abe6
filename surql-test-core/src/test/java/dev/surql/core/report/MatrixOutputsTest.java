package dev.surql.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.internal.report.JUnitXmlReport;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.rule.Rule;
import dev.surql.core.verify.MigrationVerifier;
import dev.surql.core.verify.VerificationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The CI outputs of a version matrix: src/test/resources/matrix-example verified on the embedded
 * 2.6 and 3.0 engines, where its first migration uses {@code string::is::email} (2.x only) and so
 * fails on 3.0 alone. SARIF, JUnit XML and annotations must keep the findings of each line apart
 * and name the line.
 */
class MatrixOutputsTest {
  private static final Path EXAMPLE = Path.of("src/test/resources/matrix-example");
  private static final Path REPOSITORY = Path.of("..");
  private static final String USER_FILE =
      "surql-test-core/src/test/resources/matrix-example/20260102_000000_create_user.surql";
  private static final String POST_FILE =
      "surql-test-core/src/test/resources/matrix-example/20260101_000000_create_post.surql";
  private static List<VerificationReport> reports;

  @TempDir Path dir;

  @BeforeAll
  static void verifyTheExampleOnTwoLines() {
    reports = new ArrayList<>();
    for (SurrealVersion line : List.of(SurrealVersion.V2_6, SurrealVersion.V3_0)) {
      reports.add(
          MigrationVerifier.of(
                  SurqlEngines.shared(
                      EngineConfig.defaults().withKind(EngineKind.EMBEDDED).withVersion(line)),
                  MigrationLoader.load(EXAMPLE))
              .withDatabasePrefix("matrix_outputs")
              .verify());
    }
    assertThat(reports.get(0).passed()).as("2.6: %s", reports.get(0)).isTrue();
    assertThat(reports.get(1).passed()).as("3.0: %s", reports.get(1)).isFalse();
  }

  private ReportOutputs outputs() {
    return ReportOutputs.create()
        .withAnnotations(AnnotationMode.NONE)
        .withEnvironment(Map.of())
        .withRepositoryRoot(REPOSITORY)
        .withToolVersion("1.2.3");
  }

  @Test
  void should_write_one_sarif_run_per_line_with_the_failure_in_the_failing_lines_run_only()
      throws IOException {
    Path sarif = dir.resolve("matrix.sarif");
    List<String> out = new ArrayList<>();

    outputs().withSarif(sarif).writeMatrix(reports, out::add);

    assertThat(out).containsExactly("Report written to " + sarif);
    JsonNode log = new ObjectMapper().readTree(Files.readString(sarif));
    assertThat(schemaErrors(log)).isEmpty();
    JsonNode runs = log.path("runs");
    assertThat(runs).hasSize(2);
    JsonNode on26 = runs.get(0);
    JsonNode on30 = runs.get(1);
    assertThat(on26.at("/automationDetails/id").asText()).isEqualTo("surql-verify/surrealdb-2.6/");
    assertThat(on30.at("/automationDetails/id").asText()).isEqualTo("surql-verify/surrealdb-3.0/");
    assertThat(on26.at("/properties/surrealdb").asText()).isEqualTo("2.6");
    assertThat(on26.at("/properties/serverVersion").asText()).isEqualTo("surrealdb-2.6.0");
    assertThat(on30.at("/properties/surrealdb").asText()).isEqualTo("3.0");
    assertThat(on30.at("/tool/driver/version").asText()).isEqualTo("1.2.3");
    assertThat(on26.path("results")).hasSize(reports.get(0).findings().size());
    assertThat(on30.path("results")).hasSize(reports.get(1).findings().size());

    assertThat(on26.path("results").findValuesAsText("level")).doesNotContain("error");
    assertThat(ruleIds(on26)).doesNotContain(Rule.UP_FAILED.code());
    JsonNode failure = first(on30, "error");
    assertThat(failure.path("ruleId").asText()).isEqualTo(Rule.UP_FAILED.code());
    assertThat(failure.at("/message/text").asText())
        .startsWith("SurrealDB 3.0: 20260102_000000: SQ205 up-failed: ")
        .contains("string::is::email");
    assertThat(failure.at("/properties/surrealdbVersion").asText()).isEqualTo("3.0");
    assertThat(failure.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(USER_FILE);
    assertThat(failure.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(6);
    JsonNode rule = on30.at("/tool/driver/rules/" + failure.path("ruleIndex").asInt());
    assertThat(rule.path("id").asText()).isEqualTo(Rule.UP_FAILED.code());

    // SQ101 on REMOVE TABLE post is found on both lines: two results, two fingerprints.
    JsonNode removeOn26 = remove(on26);
    JsonNode removeOn30 = remove(on30);
    assertThat(removeOn26.at("/message/text").asText()).startsWith("SurrealDB 2.6: ");
    assertThat(removeOn30.at("/message/text").asText()).startsWith("SurrealDB 3.0: ");
    String fingerprint26 = removeOn26.at("/partialFingerprints/surqlFinding~1v1").asText();
    String fingerprint30 = removeOn30.at("/partialFingerprints/surqlFinding~1v1").asText();
    assertThat(fingerprint26).hasSize(32).isNotEqualTo(fingerprint30);
    assertThat(fingerprints(on26))
        .as("no result of 2.6 shares a fingerprint with one of 3.0")
        .doesNotContainAnyElementsOf(fingerprints(on30));

    // Stable from one verification to the next: the 3.0 message names the server's port, the
    // fingerprint does not.
    Path again = dir.resolve("again.sarif");
    outputs().withSarif(again).writeMatrix(reports, line -> {});
    JsonNode second = new ObjectMapper().readTree(Files.readString(again));
    assertThat(
            remove(second.path("runs").get(1)).at("/partialFingerprints/surqlFinding~1v1").asText())
        .isEqualTo(fingerprint30);
  }

  @Test
  void should_keep_the_single_version_sarif_without_matrix_fields() throws IOException {
    Path sarif = dir.resolve("single.sarif");

    outputs().withSarif(sarif).write(reports.get(1), line -> {});

    JsonNode log = new ObjectMapper().readTree(Files.readString(sarif));
    assertThat(log.path("runs")).hasSize(1);
    assertThat(log.at("/runs/0").has("automationDetails")).isFalse();
    assertThat(log.at("/runs/0/results/0").has("partialFingerprints")).isFalse();
    assertThat(first(log.at("/runs/0"), "error").at("/message/text").asText())
        .startsWith("20260102_000000: SQ205 up-failed: ");
  }

  @Test
  void should_write_one_junit_suite_per_line_with_the_failure_in_the_failing_lines_suite_only()
      throws Exception {
    Path junit = dir.resolve("TEST-matrix.xml");

    outputs().withJUnitXml(junit).writeMatrix(reports, line -> {});

    Document xml = parse(Files.readString(junit));
    Element root = xml.getDocumentElement();
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element on26 = (Element) suites.item(0);
    Element on30 = (Element) suites.item(1);
    assertThat(on26.getAttribute("name")).isEqualTo("surql-verify [SurrealDB 2.6]");
    assertThat(on30.getAttribute("name")).isEqualTo("surql-verify [SurrealDB 3.0]");
    assertThat(on26.getAttribute("failures")).isEqualTo("0");
    assertThat(on26.getElementsByTagName("failure").getLength()).isZero();
    int failures30 = on30.getElementsByTagName("failure").getLength();
    assertThat(failures30).isPositive();
    assertThat(on30.getAttribute("failures")).isEqualTo(String.valueOf(failures30));
    for (Element suite : List.of(on26, on30)) {
      assertThat(suite.getAttribute("tests"))
          .isEqualTo(String.valueOf(suite.getElementsByTagName("testcase").getLength()));
    }
    assertThat(root.getAttribute("tests"))
        .isEqualTo(String.valueOf(root.getElementsByTagName("testcase").getLength()));
    assertThat(root.getAttribute("failures")).isEqualTo(String.valueOf(failures30));
    assertThat(property(on30, "surrealdb")).isEqualTo("3.0");
    assertThat(property(on30, "serverVersion")).isEqualTo("surrealdb-3.0.2");
    assertThat(property(on26, "serverVersion")).isEqualTo("surrealdb-2.6.0");

    Element failure = (Element) on30.getElementsByTagName("failure").item(0);
    Element testcase = (Element) failure.getParentNode();
    assertThat(testcase.getAttribute("classname"))
        .isEqualTo("20260102_000000 Users with a checked e-mail address");
    assertThat(testcase.getAttribute("name"))
        .isEqualTo("all migrations apply from empty [SurrealDB 3.0]");
    assertThat(failure.getAttribute("type")).isEqualTo("SQ205");
    assertThat(failure.getAttribute("message"))
        .startsWith(
            "SurrealDB 3.0: SQ205 up-failed ["
                + EXAMPLE.resolve("20260102_000000_create_user.surql")
                + ":6:1]: up failed: ");
    assertThat(failure.getTextContent())
        .contains(EXAMPLE.resolve("20260102_000000_create_user.surql") + ":6:1]")
        .contains("string::is::email");
  }

  @Test
  void should_write_the_same_junit_xml_for_one_line_as_before() {
    String single = JUnitXmlReport.withoutTimings().render(reports.get(0));
    String matrix =
        JUnitXmlReport.withoutTimings().renderMatrix(List.of("2.6"), reports.subList(0, 1));

    assertThat(single).contains("<testsuite name=\"surql verify " + EXAMPLE + "\"");
    assertThat(matrix)
        .contains("<testsuite name=\"surql-verify [SurrealDB 2.6]\"")
        .contains(" [SurrealDB 2.6]\"");
  }

  @Test
  void should_annotate_each_finding_per_line_naming_the_line_and_summarise_the_matrix()
      throws IOException {
    Path summary = Files.writeString(dir.resolve("summary.md"), "earlier step\n");
    List<String> out = new ArrayList<>();

    ReportOutputs.create()
        .withAnnotations(AnnotationMode.AUTO)
        .withEnvironment(
            Map.of(
                "GITHUB_ACTIONS",
                "true",
                "GITHUB_STEP_SUMMARY",
                summary.toString(),
                "GITHUB_WORKSPACE",
                REPOSITORY.toString()))
        .writeMatrix(reports, out::add);

    assertThat(out)
        .hasSize(reports.get(0).findings().size() + reports.get(1).findings().size())
        .allMatch(line -> line.startsWith("::"));
    List<String> errors = out.stream().filter(l -> l.startsWith("::error ")).toList();
    assertThat(errors)
        .isNotEmpty()
        .allMatch(l -> l.contains("(SurrealDB 3.0)::SurrealDB 3.0: "))
        .noneMatch(l -> l.contains("SurrealDB 2.6"));
    assertThat(errors.get(0))
        .startsWith(
            "::error file="
                + USER_FILE
                + ",line=6,col=1,title=SQ205 up-failed (SurrealDB 3.0)::SurrealDB 3.0: 20260102_000000: up failed: ");
    assertThat(out)
        .anyMatch(
            l ->
                l.startsWith(
                    "::warning file="
                        + POST_FILE
                        + ",line=7,col=1,title=SQ101 remove-table (SurrealDB 2.6)::SurrealDB 2.6:"
                        + " 20260101_000000: `REMOVE TABLE post`: Removes table post"))
        .anyMatch(
            l ->
                l.startsWith(
                    "::warning file="
                        + POST_FILE
                        + ",line=7,col=1,title=SQ101 remove-table (SurrealDB 3.0)::SurrealDB 3.0:"
                        + " 20260101_000000: `REMOVE TABLE post`: Removes table post"));
    assertThat(Files.readString(summary))
        .isEqualTo("earlier step\n" + VersionMatrixReports.toMarkdown(reports) + "\n");
  }

  private static Set<String> fingerprints(JsonNode run) {
    Set<String> fingerprints = new HashSet<>();
    for (JsonNode result : run.path("results")) {
      fingerprints.add(result.at("/partialFingerprints/surqlFinding~1v1").asText());
    }
    return fingerprints;
  }

  private static List<String> ruleIds(JsonNode run) {
    return run.path("results").findValuesAsText("ruleId");
  }

  private static JsonNode first(JsonNode run, String level) {
    for (JsonNode result : run.path("results")) {
      if (result.path("level").asText().equals(level)) {
        return result;
      }
    }
    throw new AssertionError("no " + level + " result in " + run);
  }

  /** The SQ101 result of {@code REMOVE TABLE post}. */
  private static JsonNode remove(JsonNode run) {
    for (JsonNode result : run.path("results")) {
      if (result.path("ruleId").asText().equals(Rule.REMOVE_TABLE.code())
          && result.at("/message/text").asText().contains("REMOVE TABLE post")) {
        return result;
      }
    }
    throw new AssertionError("no SQ101 result for REMOVE TABLE post in " + run);
  }

  private static String property(Element suite, String name) {
    NodeList properties = suite.getElementsByTagName("property");
    for (int i = 0; i < properties.getLength(); i++) {
      Element property = (Element) properties.item(i);
      if (property.getAttribute("name").equals(name)) {
        return property.getAttribute("value");
      }
    }
    throw new AssertionError("no property " + name);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static List<Error> schemaErrors(JsonNode log) throws IOException {
    try (InputStream schema = CiOutputsTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
      Schema sarifSchema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(schema);
      return sarifSchema.validate(log);
    }
  }
}

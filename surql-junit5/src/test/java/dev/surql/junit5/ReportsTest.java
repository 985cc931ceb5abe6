package dev.surql.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class ReportsTest {
  @TempDir Path reports;

  private static Map<String, String> entry(EngineExecutionResults results) {
    List<ReportEntry> entries =
        results
            .allEvents()
            .reportingEntryPublished()
            .map(e -> e.getRequiredPayload(ReportEntry.class))
            .toList();
    assertThat(entries).hasSize(1);
    return entries.get(0).getKeyValuePairs();
  }

  private static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(n -> n.path(field).asText())
        .toList();
  }

  @Test
  void a_class_that_ran_reversibility_tests_writes_json_and_markdown_with_their_results()
      throws Exception {
    EngineExecutionResults results = SurqlTestKit.run(reports, VerifiedTestCases.class);

    Map<String, String> entry = entry(results);
    Path json =
        reports.resolve("dev.surql.junit5.ReportsTest_VerifiedTestCases.json").toAbsolutePath();
    assertThat(entry.get("surql.report.json")).isEqualTo(json.toString());
    assertThat(entry.get("surql.report.markdown"))
        .isEqualTo(
            reports
                .resolve("dev.surql.junit5.ReportsTest_VerifiedTestCases.md")
                .toAbsolutePath()
                .toString());
    assertThat(entry.get("surql.summary"))
        .matches(
            "surql: VerifiedTestCases — 3 migrations, 3 reversible, 0 failed, declared safety ok \\(\\d+ ms\\)");
    JsonNode report = new ObjectMapper().readTree(Files.readString(json));
    assertThat(report.path("formatVersion").asInt()).isEqualTo(1);
    assertThat(report.path("location").asText()).isEqualTo("classpath:fixtures/good");
    assertThat(report.path("passed").asBoolean()).isTrue();
    assertThat(texts(report.path("migrations"), "version"))
        .containsExactly("20260101_090000", "20260102_090000", "20260103_090000");
    assertThat(report.path("migrations").get(0).path("reversibility").path("status").asText())
        .isEqualTo("REVERSIBLE");
    assertThat(report.path("migrations").get(2).path("declaredSafety").asText())
        .isEqualTo("DATA_LOSS");
    assertThat(texts(report.path("checks"), "check"))
        .contains("EVERY_MIGRATION_REVERSIBLE", "DECLARED_SAFETY_MATCHES");
    assertThat(Files.readString(Path.of(entry.get("surql.report.markdown"))))
        .startsWith("# Migration verification: passed");
  }

  @Test
  void a_class_that_only_applied_migrations_reports_its_timeline_and_the_checks_a_timeline_answers()
      throws Exception {
    EngineExecutionResults results = SurqlTestKit.run(reports, TimelineOnlyTestCases.class);

    Map<String, String> entry = entry(results);
    assertThat(entry.get("surql.summary"))
        .matches(
            "surql: TimelineOnlyTestCases — 3 migrations applied,"
                + " reversibility not checked, declared safety mismatched for 1 migration \\(\\d+ ms\\)");
    JsonNode report =
        new ObjectMapper().readTree(Files.readString(Path.of(entry.get("surql.report.json"))));
    assertThat(report.path("location").asText()).isEqualTo("classpath:fixtures/broken");
    assertThat(report.path("passed").asBoolean()).isFalse();
    assertThat(report.path("migrations")).hasSize(3);
    assertThat(report.path("migrations").get(0).has("reversibility")).isFalse();
    assertThat(texts(report.path("checks"), "check"))
        .containsExactly("DECLARED_SAFETY_MATCHES", "FORWARD_SAFETY_MATCHES", "SINGLE_HEAD");
    JsonNode declared = report.path("checks").get(0);
    assertThat(declared.path("passed").asBoolean()).isFalse();
    assertThat(declared.path("failures").get(0).asText())
        .startsWith(
            "20260203_100000: SQ301 riskier-than-declared [classpath:fixtures/broken/"
                + "20260203_100000_login_sessions.surql:9:1] down is unsafe but declared");
    assertThat(texts(declared.path("findings"), "rule")).contains("SQ301");
    JsonNode sarif =
        new ObjectMapper().readTree(Files.readString(Path.of(entry.get("surql.report.sarif"))));
    assertThat(sarif.at("/runs/0/results").findValuesAsText("ruleId")).contains("SQ301");
    assertThat(Files.readString(Path.of(entry.get("surql.report.junit"))))
        .contains("<failure message=\"SQ301 riskier-than-declared: ");
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good")
  static class VerifiedTestCases {
    @TestFactory
    Stream<DynamicTest> reversible(SurqlMigrations migrations) {
      return migrations.reversibilityTests();
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/broken")
  static class TimelineOnlyTestCases {
    @Test
    void applied(SurqlMigrations migrations) {
      assertThat(migrations.appliedVersions()).hasSize(3);
    }
  }
}

package dev.surql.cli;

import static dev.surql.cli.Cli.EXAMPLES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code surql migrate upgrade-check} and {@code surql migrate verify --surrealdb 2.6,3.0} on real
 * 2.6 and 3.0 engines.
 */
class UpgradeCheckCommandTest {
  private static final Path BLOG_2X = Path.of("../examples/src/main/resources/history-2x");

  @Test
  void the_2x_history_fails_naming_each_breaking_statement_its_line_and_replacement(
      @TempDir Path dir) throws Exception {
    Path json = dir.resolve("upgrade.json");
    Path markdown = dir.resolve("upgrade.md");

    Cli.Result check =
        Cli.run(
            "migrate",
            "upgrade-check",
            "--from",
            "2.6",
            "--to",
            "3.0",
            "--migrations",
            BLOG_2X.toString(),
            "--report",
            json.toString(),
            "--markdown",
            markdown.toString());

    assertThat(check.exitCode()).as(check.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(check.out())
        .contains(
            "Upgrade check of 8 migrations from " + BLOG_2X + ": surrealdb-2.6.0 → surrealdb-3.0.2")
        .containsPattern(
            "20250101_090000\\s+Users with a checked e-mail address and free-form settings\\s+fails on 3.0")
        .containsPattern(
            "20250102_090000\\s+Posts with tags and an optional publication date\\s+applies on both")
        .containsPattern(
            "20250105_090000\\s+Attachments with free-form metadata\\s+different schema on 3.0")
        .contains(
            "  SQ501 renamed-function "
                + BLOG_2X.resolve("20250101_090000_create_user.surql")
                + ":8:47:"
                + " string::is::email fails on 3.0: ")
        .contains(
            "      hint: Replace string::is::email with string::is_email (SurrealDB 3.x: string::is::* →"
                + " string::is_*).")
        .contains(
            "SQ502 flexible-before-type",
            "SQ503 mtree-index",
            "SQ504 search-index",
            "SQ510 fails-on-target",
            "SQ511 schema-differs-on-target")
        .contains(
            "      2.6: DEFINE FIELD attachments.* ON post TYPE object FLEXIBLE PERMISSIONS FULL")
        .contains("      3.0: DEFINE FIELD attachments.* ON post TYPE object PERMISSIONS FULL")
        .contains(
            "Upgrade check FAILED: 6 of 8 migrations break on 3.0 (5 fail, 1 give a different schema;");
    JsonNode report = new ObjectMapper().readTree(Files.readString(json));
    assertThat(report.path("from").asText()).isEqualTo("2.6");
    assertThat(report.path("to").asText()).isEqualTo("3.0");
    assertThat(report.path("passed").asBoolean()).isFalse();
    JsonNode first = report.path("migrations").get(0);
    assertThat(first.path("status").asText()).isEqualTo("FAILS_ON_TARGET");
    assertThat(first.path("findings").get(0).path("rule").asText()).isEqualTo("SQ501");
    assertThat(first.path("findings").get(0).path("line").asInt()).isEqualTo(8);
    assertThat(first.path("findings").get(0).path("hint").asText()).contains("string::is_email");
    assertThat(first.path("findings").get(0).path("surrealdb").asText()).isEqualTo("3.0");
    assertThat(Files.readString(markdown))
        .startsWith("# Upgrade check 2.6 → 3.0: FAILED")
        .contains(
            "| 20250101_090000 | Users with a checked e-mail address and free-form settings | **fails on 3.0** |")
        .contains(
            "- `SQ501 renamed-function` `"
                + BLOG_2X.resolve("20250101_090000_create_user.surql")
                + ":8:47`");
  }

  @Test
  void the_shop_history_applies_on_both_lines() {
    Cli.Result check =
        Cli.run(
            "migrate",
            "upgrade-check",
            "--from",
            "2.6",
            "--to",
            "3.0",
            "--migrations",
            EXAMPLES.toString(),
            "--format",
            "json");

    assertThat(check.exitCode()).as(check.toString()).isZero();
    assertThat(check.out())
        .contains("\"passed\" : true")
        .doesNotContain("FAILS_ON_TARGET", "SCHEMA_DIFFERS");
  }

  @Test
  void an_unknown_line_is_a_usage_error() {
    Cli.Result check =
        Cli.run(
            "migrate",
            "upgrade-check",
            "--from",
            "1.4",
            "--to",
            "3.0",
            "--migrations",
            EXAMPLES.toString());

    assertThat(check.exitCode()).as(check.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(check.err()).contains("--from").contains("1.4");
  }

  @Test
  void verify_on_two_lines_prints_a_migration_by_version_table_and_reports_the_version_per_result(
      @TempDir Path dir) throws Exception {
    Path json = dir.resolve("matrix.json");

    Cli.Result verify =
        Cli.run(
            "migrate",
            "verify",
            "--surrealdb",
            "2.6,3.0",
            "--migrations",
            EXAMPLES.toString(),
            "--report",
            json.toString(),
            "--markdown",
            dir.resolve("matrix.md").toString());

    assertThat(verify.exitCode()).as(verify.toString()).isZero();
    assertThat(verify.out())
        .containsPattern("Version\\s+Description\\s+SurrealDB 2.6\\s+SurrealDB 3.0")
        .containsPattern("20260103_090000\\s+One account per e-mail address\\s+yes\\s+yes")
        .contains("Verification passed on 2.6, 3.0: 10 migrations.");
    JsonNode report = new ObjectMapper().readTree(Files.readString(json));
    JsonNode results = report.path("migrations").get(0).path("results");
    assertThat(results.get(0).path("surrealdb").asText()).isEqualTo("2.6");
    assertThat(results.get(0).path("serverVersion").asText()).isEqualTo("surrealdb-2.6.0");
    assertThat(results.get(1).path("surrealdb").asText()).isEqualTo("3.0");
    assertThat(results.get(1).path("status").asText()).isEqualTo("REVERSIBLE");
    assertThat(Files.readString(dir.resolve("matrix.md")))
        .contains("| Version | Description | 2.6 | 3.0 |");
  }

  @Test
  void verify_on_two_lines_exits_1_when_a_cell_fails() {
    Cli.Result verify =
        Cli.run("migrate", "verify", "--surrealdb", "2.6,3.0", "--migrations", BLOG_2X.toString());

    assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(verify.out())
        .containsPattern(
            "20250101_090000\\s+Users with a checked e-mail address and free-form settings\\s+yes\\s+FAILED")
        .contains("SQ520 fails-on-version 20250101_090000 ")
        .contains("Verification FAILED on 3.0.");
  }

  @Test
  void verify_on_two_lines_writes_sarif_junit_xml_and_annotations_naming_the_line_of_each_result(
      @TempDir Path dir) throws Exception {
    Path sarif = dir.resolve("reports/matrix.sarif");
    Path junit = dir.resolve("reports/TEST-matrix.xml");
    String userFile = BLOG_2X.resolve("20250101_090000_create_user.surql").toString();

    Cli.Result verify =
        Cli.run(
            "migrate",
            "verify",
            "--surrealdb",
            "2.6,3.0",
            "--migrations",
            BLOG_2X.toString(),
            "--sarif",
            sarif.toString(),
            "--junit-xml",
            junit.toString(),
            "--annotations",
            "github");

    assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(verify.out())
        .contains("Verification FAILED on 3.0.")
        .contains("Report written to " + sarif, "Report written to " + junit)
        .containsPattern(
            "(?m)^::error file=[^,]*20250101_090000_create_user.surql,line=\\d+,col=1,"
                + "title=SQ205 up-failed \\(SurrealDB 3.0\\)::SurrealDB 3.0: 20250101_090000: up failed: ")
        .doesNotContainPattern("(?m)^::error .*SurrealDB 2.6");

    JsonNode log = new ObjectMapper().readTree(Files.readString(sarif));
    assertThat(log.at("/version").asText()).isEqualTo("2.1.0");
    JsonNode runs = log.path("runs");
    assertThat(runs).hasSize(2);
    assertThat(runs.get(0).at("/automationDetails/id").asText())
        .isEqualTo("surql-verify/surrealdb-2.6/");
    assertThat(runs.get(1).at("/automationDetails/id").asText())
        .isEqualTo("surql-verify/surrealdb-3.0/");
    assertThat(runs.get(0).at("/properties/serverVersion").asText()).isEqualTo("surrealdb-2.6.0");
    assertThat(runs.get(0).path("results").findValuesAsText("level")).doesNotContain("error");
    JsonNode failure = null;
    for (JsonNode result : runs.get(1).path("results")) {
      if (result.path("level").asText().equals("error")) {
        failure = result;
        break;
      }
    }
    assertThat(failure).as("an error result on 3.0").isNotNull();
    assertThat(failure.path("ruleId").asText()).isEqualTo("SQ205");
    assertThat(failure.at("/properties/surrealdbVersion").asText()).isEqualTo("3.0");
    assertThat(failure.at("/message/text").asText()).startsWith("SurrealDB 3.0: 20250101_090000: ");
    assertThat(failure.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .endsWith("examples/src/main/resources/history-2x/20250101_090000_create_user.surql");
    assertThat(failure.at("/partialFingerprints/surqlFinding~1v1").asText()).isNotEmpty();

    String xml = Files.readString(junit);
    assertThat(xml)
        .contains("<testsuite name=\"surql-verify [SurrealDB 2.6]\" tests=\"")
        .contains("<testsuite name=\"surql-verify [SurrealDB 3.0]\" tests=\"")
        .containsPattern(
            "<testsuite name=\"surql-verify \\[SurrealDB 2.6\\]\" tests=\"\\d+\" failures=\"0\"")
        .containsPattern(
            "<testsuite name=\"surql-verify \\[SurrealDB 3.0\\]\" tests=\"\\d+\" failures=\"[1-9]")
        .contains(
            "name=\"all migrations apply from empty [SurrealDB 3.0]\"",
            "<failure message=\"SurrealDB 3.0: SQ205 up-failed [" + userFile + ":")
        .doesNotContain("<failure message=\"SurrealDB 2.6");
    String on26 = xml.substring(xml.indexOf("[SurrealDB 2.6]\""), xml.indexOf("[SurrealDB 3.0]\""));
    assertThat(on26).doesNotContain("<failure");
  }

  @Test
  void verify_on_two_lines_exits_as_fail_on_says(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("20260101_000000_user.surql"),
        "-- @up\nDEFINE TABLE user SCHEMAFULL;\n-- @down\nREMOVE TABLE user;\n");
    String[] warned = {
      "migrate", "verify", "--surrealdb", "2.6,3.0", "--migrations", dir.toString()
    };

    Cli.Result byDefault = Cli.run(warned);
    Cli.Result onWarning =
        Cli.run(
            "migrate",
            "verify",
            "--surrealdb",
            "2.6,3.0",
            "--migrations",
            dir.toString(),
            "--fail-on",
            "warning");
    Cli.Result never =
        Cli.run(
            "migrate",
            "verify",
            "--surrealdb",
            "2.6,3.0",
            "--migrations",
            BLOG_2X.toString(),
            "--fail-on",
            "none");

    assertThat(byDefault.exitCode()).as(byDefault.toString()).isZero();
    assertThat(byDefault.out()).contains("Verification passed on 2.6, 3.0: 1 migrations.");
    assertThat(onWarning.exitCode()).as(onWarning.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(never.exitCode()).as(never.toString()).isZero();
    assertThat(never.out()).contains("Verification FAILED on 3.0.");
  }
}

package dev.surql.cli;

import static dev.surql.cli.Cli.EXAMPLES;
import static dev.surql.cli.Cli.FIXTURES;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.surql.core.client.ConnectionSettings;
import dev.surql.core.engine.SurqlEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyCommandTest {
  private static final Path BROKEN = FIXTURES.resolve("cli-broken");

  private static String[] onSharedEngine(Path migrations, String... extra) {
    ConnectionSettings root = SurqlEngines.shared().rootSettings();
    String[] base = {
      "migrate",
      "verify",
      "--url",
      root.url().toString(),
      "--user",
      root.user(),
      "--pass",
      root.password(),
      "--migrations",
      migrations.toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    return args;
  }

  @Test
  void verify_embedded_passes_on_the_example_migrations_and_writes_both_reports(@TempDir Path dir)
      throws Exception {
    Path json = dir.resolve("reports/verify.json");
    Path markdown = dir.resolve("reports/verify.md");

    Cli.Result verify =
        Cli.run(
            "migrate",
            "verify",
            "--embedded",
            "--migrations",
            EXAMPLES.toString(),
            "--report",
            json.toString(),
            "--markdown",
            markdown.toString());

    assertThat(verify.exitCode()).as(verify.toString()).isZero();
    assertThat(verify.out())
        .containsPattern("Version\\s+Description\\s+Reversible\\s+Declared\\s+Analysed\\s+Duration")
        .containsPattern(
            "20260103_090000\\s+One account per e-mail address\\s+yes\\s+SAFE\\s+SAFE\\s+\\d+")
        .contains("20260101_090000", "20260110_090000")
        .contains(
            "Checks:\n",
            "  ✔ all migrations apply from empty",
            "  ✔ every migration is reversible",
            "  ✔ declared rollback safety matches the analysis")
        .doesNotContain("✘")
        .contains("Verification passed: 10 migrations, ")
        .contains("Report written to " + json, "Report written to " + markdown);
    JsonNode report = new ObjectMapper().readTree(Files.readString(json));
    assertThat(report.get("serverVersion").asText()).startsWith("surrealdb-");
    assertThat(Files.readString(markdown)).startsWith("# Migration verification: passed");
  }

  @Test
  void verify_fails_on_the_broken_set_naming_the_forgotten_index_and_the_safety_mismatch() {
    Cli.Result verify = Cli.run(onSharedEngine(BROKEN));

    assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(verify.out())
        .containsPattern(
            "20260102_090000\\s+Unique e-mail addresses; the down forgets the index\\s+NO\\s")
        .containsPattern(
            "20260103_090000\\s+Nicknames; declared safe, but the down removes a field\\s+yes\\s+SAFE\\s+"
                + "DATA_LOSS \\(riskier!\\)")
        .contains("down does not restore the schema from before up:")
        .contains("+ index person.person_email  (left behind: down does not remove it)")
        .contains(
            "  ✘ every migration is reversible",
            "  ✘ declared rollback safety matches the analysis")
        .contains("Verification FAILED: ");
    String safetyCheck = verify.out().substring(verify.out().indexOf("✘ declared rollback safety"));
    assertThat(safetyCheck).contains("20260103_090000");
  }

  @Test
  void verify_without_migrations_says_where_it_looked(@TempDir Path dir) {
    Cli.Result verify = Cli.run(onSharedEngine(dir));

    assertThat(verify.exitCode()).isEqualTo(ExitCodes.FAILURE);
    assertThat(verify.err()).contains("surql: No migrations in " + dir + ": nothing to verify.");
  }

  @Test
  void verify_notes_placeholders_no_op_downs_and_ups_that_change_nothing(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("20260101_120000_person.surql"),
        "-- @up\nDEFINE TABLE person;\n-- @down\nREMOVE TABLE person;\n");
    Files.writeString(
        dir.resolve("20260102_120000_todo.surql"), "-- @up\n-- TODO: record ids\n-- @down\n");
    Files.writeString(
        dir.resolve("20260103_120000_again.surql"),
        "-- @up\nDEFINE TABLE IF NOT EXISTS person;\n-- @down\n-- nothing\n");

    Cli.Result verify = Cli.run(onSharedEngine(dir));

    assertThat(verify.exitCode()).as(verify.toString()).isZero();
    assertThat(verify.out())
        .containsPattern("20260102_120000\\s+todo\\s+yes \\(no-op up\\)")
        .containsPattern("20260103_120000\\s+again\\s+yes \\(up changed nothing\\)")
        .contains("  note SQ210 no-op-up: the up holds only comments")
        .contains("  note SQ212 no-op-down: the down section holds only comments")
        .contains(
            "  note SQ211 up-changed-nothing: up changed nothing: neither the schema nor any data");
  }

  @Test
  void verify_writes_sarif_and_junit_xml_prints_annotations_and_fails_on_the_broken_set(
      @TempDir Path dir) throws Exception {
    Path sarif = dir.resolve("surql.sarif");
    Path junit = dir.resolve("TEST-surql.xml");

    Cli.Result verify =
        Cli.run(
            onSharedEngine(
                BROKEN,
                "--sarif",
                sarif.toString(),
                "--junit-xml",
                junit.toString(),
                "--annotations",
                "github"));

    assertThat(verify.exitCode()).as(verify.toString()).isEqualTo(ExitCodes.FAILURE);
    assertThat(verify.out())
        .contains("Report written to " + sarif, "Report written to " + junit)
        .containsPattern(
            "(?m)^::error file=[^,]*20260102_090000[^,]*,line=\\d+,col=1,title=SQ202 down-not-restoring::");
    JsonNode log = new ObjectMapper().readTree(Files.readString(sarif));
    assertThat(log.at("/version").asText()).isEqualTo("2.1.0");
    assertThat(log.at("/runs/0/results").findValuesAsText("ruleId")).contains("SQ202", "SQ301");
    assertThat(Files.readString(junit)).contains("type=\"SQ202\"").contains("type=\"SQ301\"");
  }

  @Test
  void verify_rejects_an_unknown_annotations_or_fail_on_value() {
    Cli.Result annotations = Cli.run(onSharedEngine(BROKEN, "--annotations", "gitlab"));
    Cli.Result failOn = Cli.run(onSharedEngine(BROKEN, "--fail-on", "sometimes"));

    assertThat(annotations.exitCode()).as(annotations.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(annotations.err())
        .contains("Invalid --annotations value 'gitlab': use auto, github or none.");
    assertThat(failOn.exitCode()).as(failOn.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(failOn.err())
        .contains("Invalid --fail-on value 'sometimes': use error, warning or none.");
  }
}

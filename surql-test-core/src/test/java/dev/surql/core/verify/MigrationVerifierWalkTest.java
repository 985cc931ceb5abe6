package dev.surql.core.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.EngineKind;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.migration.Migrator;
import dev.surql.core.snapshot.Snapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verifier's forward walk: statuses per migration, including the rebuild after a bad down. */
class MigrationVerifierWalkTest {

  @TempDir Path dir;

  @Test
  void should_report_each_round_trip_and_go_on_after_a_down_that_leaves_something_behind()
      throws IOException {
    Files.writeString(
        dir.resolve("20260101_120000_one.surql"),
        "-- @up\nDEFINE TABLE one SCHEMAFULL;\nDEFINE FIELD a ON one TYPE string;\n-- @down\nREMOVE TABLE one;\n");
    Files.writeString(
        dir.resolve("20260102_120000_two.surql"),
        "-- @up\nDEFINE FIELD b ON one TYPE int;\nDEFINE TABLE two;\n-- @down\nREMOVE TABLE two;\n");
    Files.writeString(
        dir.resolve("20260103_120000_three.surql"),
        "-- @up\nDEFINE TABLE three;\n-- @down\nREMOVE TABLE three;\n");
    Files.writeString(dir.resolve("20260104_120000_four.surql"), "-- @up\nDEFINE TABLE four;\n");
    MigrationSet migrations = MigrationLoader.load(dir);

    VerificationReport report =
        MigrationVerifier.of(SurqlEngines.shared(), migrations)
            .withDatabasePrefix("verify_walk")
            .verify();

    assertThat(report.results())
        .extracting(ReversibilityResult::version, ReversibilityResult::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("20260101_120000", ReversibilityStatus.REVERSIBLE),
            org.assertj.core.groups.Tuple.tuple(
                "20260102_120000", ReversibilityStatus.NOT_REVERSIBLE),
            org.assertj.core.groups.Tuple.tuple("20260103_120000", ReversibilityStatus.REVERSIBLE),
            org.assertj.core.groups.Tuple.tuple(
                "20260104_120000", ReversibilityStatus.IRREVERSIBLE));
    assertThat(report.result("20260102_120000").orElseThrow().downDiff().orElseThrow().changes())
        .extracting(c -> c.type() + " " + c.name())
        .containsExactly("ADDED one.b");
    // the walk continued from the state a correct set would reach: three's S0 has one.b and two
    assertThat(
            report
                .result("20260103_120000")
                .orElseThrow()
                .s0()
                .orElseThrow()
                .schema()
                .tables()
                .keySet())
        .containsExactly("one", "two");
    assertThat(
            report
                .result("20260103_120000")
                .orElseThrow()
                .s0()
                .orElseThrow()
                .schema()
                .tables()
                .get("one")
                .fields()
                .keySet())
        .containsExactly("a", "b");
    assertThat(report.timeline().steps()).hasSize(4);
  }

  @Test
  void snapshots_read_within_each_step_equal_a_full_capture_even_for_tables_the_reads_missed()
      throws IOException {
    Files.writeString(
        dir.resolve("20260101_120000_one.surql"),
        "-- @up\nDEFINE TABLE one SCHEMAFULL;\nDEFINE FIELD x ON one TYPE int;\n"
            + "-- @down\nREMOVE TABLE one;\n");
    // CREATE defines the table implicitly: no TABLE or ON names it, so the step's own reads miss it
    Files.writeString(
        dir.resolve("20260102_120000_two.surql"),
        "-- @up\nCREATE implicit:1 SET v = 1;\nDEFINE FIELD y ON one TYPE string;\n"
            + "-- @down\nREMOVE FIELD y ON one;\nREMOVE TABLE implicit;\n");
    // a custom function call: every table is re-read
    Files.writeString(
        dir.resolve("20260103_120000_three.surql"),
        "-- @up\nDEFINE FUNCTION fn::one() { RETURN 1; };\nDEFINE FIELD z ON one VALUE fn::one();\n"
            + "-- @down\nREMOVE FIELD z ON one;\nREMOVE FUNCTION fn::one;\n");
    MigrationSet migrations = MigrationLoader.load(dir);
    SurrealEngine engine = SurqlEngines.shared();

    VerificationReport report =
        MigrationVerifier.of(engine, migrations).withDatabasePrefix("verify_reads").verify();

    assertThat(report.results())
        .extracting(ReversibilityResult::status)
        .containsOnly(ReversibilityStatus.REVERSIBLE);
    assertThat(report.result("20260102_120000").orElseThrow().s1().orElseThrow().schema().tables())
        .containsOnlyKeys("one", "implicit");
    try (SurqlDatabase full = SurqlDatabase.create(engine, "verify_reads_full")) {
      new Migrator(full.client(), migrations).migrate();
      assertThat(report.result("20260103_120000").orElseThrow().s3().orElseThrow().schema())
          .isEqualTo(Snapshots.captureSchema(full.client()));
    }
  }

  @Test
  void every_verdict_names_the_server_version_it_was_proven_on() throws IOException {
    Files.writeString(
        dir.resolve("20260101_120000_one.surql"),
        "-- @up\nDEFINE TABLE one SCHEMAFULL;\nDEFINE FIELD tags ON one TYPE array<string>;\n-- @down\nREMOVE TABLE one;\n");
    MigrationSet migrations = MigrationLoader.load(dir);
    for (SurrealVersion line : List.of(SurrealVersion.V2_6, SurrealVersion.V3_0)) {
      SurrealEngine engine =
          SurqlEngines.shared(
              EngineConfig.defaults().withKind(EngineKind.EMBEDDED).withVersion(line));

      VerificationReport report =
          MigrationVerifier.of(engine, migrations).withDatabasePrefix("verify_line").verify();

      assertThat(report.serverVersion()).isEqualTo("surrealdb-" + line.engineVersion());
      assertThat(report.verdicts())
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.status()).contains(ReversibilityStatus.REVERSIBLE);
                assertThat(v.serverVersion()).contains(report.serverVersion());
                assertThat(v.serverVersion().flatMap(SurrealVersion::fromServerVersion))
                    .contains(line);
              });
    }
  }
}

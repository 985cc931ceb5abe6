package dev.surql.core.upgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.core.SurqlException;
import dev.surql.core.engine.EngineConfig;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.Snapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The upgrade check and every row of the 2.x → 3.x table, on real SurrealDB 2.6.0 and 3.0.2
 * engines.
 */
class UpgradeCheckTest {
  private static SurrealEngine v26;
  private static SurrealEngine v30;

  @TempDir Path dir;

  @BeforeAll
  static void engines() {
    v26 = SurqlEngines.shared(EngineConfig.fromEnvironment().withVersion(SurrealVersion.V2_6));
    v30 = SurqlEngines.shared(EngineConfig.fromEnvironment().withVersion(SurrealVersion.V3_0));
  }

  @ParameterizedTest
  @EnumSource(KnownChange.class)
  void every_row_applies_on_2_6_breaks_on_3_0_and_its_replacement_applies_on_3_0(KnownChange change)
      throws IOException {
    try (SurqlDatabase on26 = SurqlDatabase.create(v26, "row26");
        SurqlDatabase on30 = SurqlDatabase.create(v30, "row30")) {
      on26.client()
          .query(KnownChange.EXAMPLE_PRELUDE + ";\n" + String.join(";\n", change.example()) + ";");
      on30.client().query(KnownChange.EXAMPLE_PRELUDE + ";");
      assertThatThrownBy(() -> on30.client().query(String.join(";\n", change.example()) + ";"))
          .isInstanceOf(SurqlException.class);
    }
    try (SurqlDatabase on30 = SurqlDatabase.create(v30, "fix30")) {
      assertThatCode(
              () ->
                  on30.client()
                      .query(
                          KnownChange.EXAMPLE_PRELUDE
                              + ";\n"
                              + String.join(";\n", change.fixedExample())
                              + ";"))
          .doesNotThrowAnyException();
    }

    UpgradeReport report =
        UpgradeCheck.of(
                history(
                    KnownChange.EXAMPLE_PRELUDE
                        + ";\n"
                        + String.join(";\n", change.example())
                        + ";"))
            .from(v26)
            .to(v30)
            .run();

    assertThat(report.fromVersion()).isEqualTo("surrealdb-2.6.0");
    assertThat(report.toVersion()).isEqualTo("surrealdb-3.0.2");
    assertThat(report.passed()).isFalse();
    UpgradeResult result = report.results().get(0);
    assertThat(result.status()).isEqualTo(UpgradeStatus.FAILS_ON_TARGET);
    assertThat(result.serverMessage()).isPresent();
    Finding finding = result.findings().get(0);
    assertThat(result.findings()).singleElement();
    assertThat(finding.rule()).isEqualTo(change.rule());
    assertThat(finding.location())
        .hasValueSatisfying(
            l -> {
              assertThat(l.file()).endsWith("20250101_090000_row.surql");
              assertThat(l.line())
                  .isEqualTo(4 + change.example().size()); // the last example statement
              assertThat(l.column()).isPositive();
            });
    assertThat(finding.hint())
        .hasValueSatisfying(h -> assertThat(h).startsWith("Replace ").contains(change.after()));
    assertThat(finding.message()).contains("fails on 3.0: ");
    assertThat(finding.surrealVersion()).contains("3.0");
  }

  @Test
  void a_history_valid_on_both_lines_applies_on_both_and_compares_equal_after_normalising()
      throws IOException {
    MigrationSet migrations =
        history(
            """
        DEFINE TABLE person SCHEMAFULL;
        DEFINE FIELD tags ON person TYPE array<string> DEFAULT [];
        DEFINE FIELD bio ON person TYPE option<string>;
        DEFINE FIELD settings ON person TYPE object FLEXIBLE;
        DEFINE ANALYZER words TOKENIZERS blank, class FILTERS lowercase, ascii;
        DEFINE FUNCTION fn::greet($name: string) -> string {
            RETURN 'Hello ' + $name;
        };
        """);

    UpgradeReport report = UpgradeCheck.of(migrations).from(v26).to(v30).run();

    assertThat(report.passed()).as(report.toString()).isTrue();
    assertThat(report.results())
        .extracting(UpgradeResult::status)
        .containsExactly(UpgradeStatus.APPLIES_ON_BOTH);
  }

  @Test
  void snapshots_of_the_same_schema_on_two_lines_compare_equal_and_the_diff_says_it_normalised() {
    String schema =
        """
        DEFINE TABLE person SCHEMAFULL;
        DEFINE FIELD tags ON person TYPE array<string>;
        DEFINE FIELD bio ON person TYPE option<string>;
        DEFINE FIELD settings ON person TYPE object FLEXIBLE;
        DEFINE EVENT created ON person WHEN $event = 'CREATE' THEN { CREATE log SET at = time::now(); };
        """;
    try (SurqlDatabase on26 = SurqlDatabase.create(v26, "snap26");
        SurqlDatabase on30 = SurqlDatabase.create(v30, "snap30")) {
      on26.client().query(schema);
      on30.client().query(schema);
      SchemaSnapshot a = Snapshots.createSnapshot(on26.client(), "1", 1);
      SchemaSnapshot b = Snapshots.createSnapshot(on30.client(), "1", 1);

      SnapshotDiff diff = Snapshots.compareSnapshots(a, b);

      assertThat(diff.changes()).isEmpty();
      assertThat(diff.warning()).hasValueSatisfying(w -> assertThat(w).contains("normalised"));
      assertThat(a.schema().table("person").orElseThrow().fields()).containsKey("tags[*]");
      assertThat(b.schema().table("person").orElseThrow().fields()).containsKey("tags.*");
      assertThat(a.checksum()).isNotEqualTo(b.checksum()); // checksums stay per version
    }
  }

  @Test
  void a_migration_that_fails_on_the_source_is_reported_and_the_rest_is_not_checked()
      throws IOException {
    Path folder = Files.createTempDirectory(dir, "m");
    Files.writeString(
        folder.resolve("20250101_090000_ok.surql"), "-- @up\nDEFINE TABLE a SCHEMAFULL;\n");
    Files.writeString(
        folder.resolve("20250102_090000_new.surql"),
        "-- @up\nDEFINE ANALYZER w TOKENIZERS blank;\n"
            + "DEFINE INDEX s ON a FIELDS x FULLTEXT ANALYZER w BM25;\n");
    Files.writeString(folder.resolve("20250103_090000_later.surql"), "-- @up\nDEFINE TABLE c;\n");

    UpgradeReport report = UpgradeCheck.of(MigrationLoader.load(folder)).from(v26).to(v30).run();

    assertThat(report.results())
        .extracting(UpgradeResult::status)
        .containsExactly(
            UpgradeStatus.APPLIES_ON_BOTH,
            UpgradeStatus.FAILS_ON_SOURCE,
            UpgradeStatus.NOT_CHECKED);
    assertThat(report.results().get(1).findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.FAILS_ON_SOURCE);
              assertThat(f.message()).contains("fails on surrealdb-2.6.0 itself");
            });
    assertThat(report.passed()).isFalse();
  }

  @Test
  void without_engines_it_says_which_to_name() {
    assertThatThrownBy(() -> UpgradeCheck.of(MigrationSet.empty("x")).to(v30).run())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call from(engine)");
    assertThatThrownBy(() -> UpgradeCheck.of(MigrationSet.empty("x")).from(v26).run())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("call to(engine)");
  }

  private MigrationSet history(String up) throws IOException {
    Path folder = Files.createTempDirectory(dir, "m");
    Files.writeString(
        folder.resolve("20250101_090000_row.surql"), "-- @description: row\n\n-- @up\n" + up);
    return MigrationLoader.load(folder);
  }
}

package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.plan;
import static dev.surql.assertj.Fixtures.userSnapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.Snapshots;
import java.util.List;
import java.util.ServiceLoader;
import org.assertj.core.presentation.Representation;
import org.junit.jupiter.api.Test;

class SurqlRepresentation_Test {

  private final SchemaSnapshot snapshot = userSnapshot("v1");

  @Test
  void should_show_a_snapshot_as_version_checksum_prefix_and_tables() {
    assertThat(SurqlRepresentation.SURQL_REPRESENTATION.toStringOf(snapshot))
        .isEqualTo(
            "SchemaSnapshot[version=v1, checksum="
                + snapshot.checksum().substring(0, 12)
                + "…, server=surrealdb-3.0.2, tables=[post, user, wrote]]");
  }

  @Test
  void should_show_diffs_tables_and_plans_readably() {
    SurqlRepresentation representation = SurqlRepresentation.SURQL_REPRESENTATION;
    assertThat(
            representation.toStringOf(
                Snapshots.compareSnapshots(Fixtures.snapshot("v0"), snapshot)))
        .isEqualTo(
            "SnapshotDiff[v0 → v1: [+ table post, + table user, + edge wrote, + function fn::greet, "
                + "+ param $max, + analyzer ascii, + access account]]");
    assertThat(representation.toStringOf(snapshot.schema().tables().get("post")))
        .isEqualTo("DEFINE TABLE post TYPE NORMAL SCHEMALESS PERMISSIONS NONE");
    assertThat(representation.toStringOf(plan(RollbackSafety.SAFE, List.of("V2", "V1"))))
        .isEqualTo("RollbackPlan[V2 → 20260101_000000, undoes [V2, V1], SAFE, 0 issues]");
    assertThat(representation.toStringOf("text")).isEqualTo("\"text\"");
    assertThat(representation.getPriority()).isEqualTo(Integer.MIN_VALUE);
  }

  @Test
  void should_show_a_verdict_as_its_outcome_and_safety() {
    SurqlRepresentation representation = SurqlRepresentation.SURQL_REPRESENTATION;
    assertThat(representation.toStringOf(VerdictFixtures.BROKEN))
        .isEqualTo("MigrationVerdict[V2: NOT_REVERSIBLE, analysed DATA_LOSS, declared SAFE]");
    assertThat(representation.toStringOf(VerdictFixtures.APPLIED_ONLY))
        .isEqualTo("MigrationVerdict[V3: no round trip, analysed UNSAFE]");
  }

  @Test
  void should_be_used_by_every_surql_assertion() {
    // WHEN
    Throwable error =
        catchThrowable(() -> SurqlAssertions.assertThat(snapshot).isEqualTo(userSnapshot("v2")));
    // THEN
    assertThat(error)
        .hasMessageContaining("SchemaSnapshot[version=v1, checksum=")
        .hasMessageContaining("SchemaSnapshot[version=v2, checksum=");
  }

  @Test
  void should_not_be_registered_globally_so_assertj_prints_no_banner() {
    assertThat(
            ServiceLoader.load(Representation.class, SurqlRepresentation.class.getClassLoader())
                .stream()
                .map(ServiceLoader.Provider::type))
        .doesNotContain(SurqlRepresentation.class);
    assertThat(
            SurqlRepresentation.class
                .getClassLoader()
                .getResource("META-INF/services/org.assertj.core.presentation.Representation"))
        .isNull();
  }
}

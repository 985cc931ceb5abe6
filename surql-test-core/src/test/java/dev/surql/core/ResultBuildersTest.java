package dev.surql.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.surql.core.forward.ForwardIssue;
import dev.surql.core.migration.AppliedMigration;
import dev.surql.core.migration.FailedMigration;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationEvent;
import dev.surql.core.migration.MigrationStatus;
import dev.surql.core.migration.TransactionMode;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackResult;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.rule.Rule;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.IndexSchema;
import dev.surql.core.snapshot.SchemaChange;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.TableKind;
import dev.surql.core.snapshot.TableSchema;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.upgrade.UpgradeResult;
import dev.surql.core.verify.CheckResult;
import dev.surql.core.verify.MigrationCheck;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.MigrationVerdict;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.ReversibilityStatus;
import dev.surql.core.verify.TimelineStep;
import dev.surql.core.verify.VerificationReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builders of the result types users read: a missing required value fails {@code build()} with
 * a message naming it, optional values default to empty, and {@code toBuilder()} copies a value to
 * change.
 */
class ResultBuildersTest {

  private static final Migration MIGRATION =
      Migration.builder()
          .version("20260101_120000")
          .description("init")
          .source("migrations/20260101_120000_init.surql")
          .checksum("0".repeat(64))
          .build();

  static Stream<Arguments> emptyBuilders() {
    return Stream.of(
        arguments("RollbackIssue", "version", call(() -> RollbackIssue.builder().build())),
        arguments(
            "ReversibilityResult", "migration", call(() -> ReversibilityResult.builder().build())),
        arguments("RollbackResult", "duration", call(() -> RollbackResult.builder().build())),
        arguments("RollbackPlan", "fromVersion", call(() -> RollbackPlan.builder().build())),
        arguments("TableSchema", "name", call(() -> TableSchema.builder().build())),
        arguments("FieldSchema", "name", call(() -> FieldSchema.builder().build())),
        arguments("IndexSchema", "name", call(() -> IndexSchema.builder().build())),
        arguments("SchemaSnapshot", "version", call(() -> SchemaSnapshot.builder().build())),
        arguments("SnapshotDiff", "fromVersion", call(() -> SnapshotDiff.builder().build())),
        arguments("SchemaChange", "type", call(() -> SchemaChange.builder().build())),
        arguments("Migration", "version", call(() -> Migration.builder().build())),
        arguments("AppliedMigration", "version", call(() -> AppliedMigration.builder().build())),
        arguments("FailedMigration", "version", call(() -> FailedMigration.builder().build())),
        arguments("MigrationEvent", "client", call(() -> MigrationEvent.builder().build())),
        arguments(
            "VerificationReport", "location", call(() -> VerificationReport.builder().build())),
        arguments("TimelineStep", "migration", call(() -> TimelineStep.builder().build())),
        arguments("MigrationVerdict", "migration", call(() -> MigrationVerdict.builder().build())),
        arguments("CheckResult", "check", call(() -> CheckResult.builder().build())),
        arguments("UpgradeResult", "migration", call(() -> UpgradeResult.builder().build())),
        arguments("UpgradeReport", "location", call(() -> UpgradeReport.builder().build())),
        arguments("ForwardIssue", "version", call(() -> ForwardIssue.builder().build())));
  }

  private static ThrowingCallable call(ThrowingCallable callable) {
    return callable;
  }

  @ParameterizedTest(name = "{0} needs {1}")
  @MethodSource("emptyBuilders")
  void buildWithoutARequiredValueNamesIt(String type, String field, ThrowingCallable build) {
    assertThatThrownBy(build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(type + " needs " + field + "; call " + field + "(…) before build()");
  }

  @Test
  void aLaterMissingValueIsNamedToo() {
    assertThatThrownBy(() -> Migration.builder().version("1").description("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Migration needs source; call source(…) before build()");
    assertThatThrownBy(
            () -> RollbackIssue.builder().version("1").staticSafety(RollbackSafety.SAFE).build())
        .hasMessage("RollbackIssue needs safety; call safety(…) before build()");
  }

  @Test
  void aNullValueIsRefusedWhenSet() {
    assertThatThrownBy(() -> TableSchema.builder().name(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> RollbackIssue.builder().affectedData((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("affectedData");
  }

  @Test
  void optionalValuesDefaultToEmpty() {
    RollbackIssue issue = issue();
    assertThat(issue.affectedData()).isEmpty();
    assertThat(issue.affectedRecords()).isEmpty();
    assertThat(MIGRATION.down()).isEmpty();
    assertThat(MIGRATION.reversible()).isFalse();
    assertThat(MIGRATION.transaction()).isEqualTo(TransactionMode.MIGRATION);
    assertThat(MIGRATION.up()).isEmpty();
    assertThat(MigrationStatus.builder().build().isConsistent()).isTrue();
    assertThat(DatabaseSchema.builder().build()).isEqualTo(DatabaseSchema.empty());
  }

  @Test
  void valuesAreComparedByContentAndToBuilderCopiesThem() {
    RollbackIssue issue = issue();
    assertThat(issue.toBuilder().build())
        .isEqualTo(issue)
        .hasSameHashCodeAs(issue)
        .isNotSameAs(issue);
    RollbackIssue counted =
        issue.toBuilder()
            .safety(RollbackSafety.SAFE)
            .affectedData("0 records in `user`")
            .affectedRecords(0)
            .build();
    assertThat(counted).isNotEqualTo(issue);
    assertThat(counted.staticSafety()).isEqualTo(RollbackSafety.DATA_LOSS);
    assertThat(counted.safety()).isEqualTo(RollbackSafety.SAFE);
    assertThat(counted.affectedRecords()).isEqualTo(OptionalLong.of(0));
    assertThat(counted.toString())
        .startsWith("RollbackIssue[version=20260101_120000, staticSafety=DATA_LOSS");
  }

  @Test
  void collectionsAreCopiedAndUnmodifiable() {
    TreeMap<String, FieldSchema> fields = new TreeMap<>();
    fields.put(
        "name",
        FieldSchema.builder()
            .name("name")
            .type("string")
            .definition("DEFINE FIELD name ON user TYPE string")
            .build());
    TableSchema table =
        TableSchema.builder()
            .name("user")
            .kind(TableKind.NORMAL)
            .schemafull(true)
            .definition("DEFINE TABLE user SCHEMAFULL")
            .fields(fields)
            .build();
    fields.clear();
    assertThat(table.fields()).containsOnlyKeys("name");
    assertThat(table.field("name"))
        .get()
        .extracting(FieldSchema::type)
        .isEqualTo(Optional.of("string"));
    assertThatThrownBy(() -> table.fields().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aSnapshotBuiltWithoutAChecksumGetsTheSchemasChecksum() {
    DatabaseSchema schema =
        DatabaseSchema.builder()
            .functions(
                new TreeMap<>(Map.of("greet", "DEFINE FUNCTION fn::greet() { RETURN 'hi' }")))
            .build();
    SchemaSnapshot built =
        SchemaSnapshot.builder()
            .version("1")
            .createdAt(Instant.EPOCH)
            .serverVersion("surrealdb-3.0.2")
            .schema(schema)
            .build();
    assertThat(built.checksumValid()).isTrue();
    assertThat(built)
        .isEqualTo(SchemaSnapshot.of("1", Instant.EPOCH, "surrealdb-3.0.2", 0, schema));
    assertThat(built.toBuilder().checksum("f".repeat(64)).build().checksumValid()).isFalse();
  }

  @Test
  void aReportBuiltWithoutFindingsFindsThemInItsChecks() {
    CheckResult failed =
        CheckResult.builder()
            .check(MigrationCheck.EVERY_MIGRATION_REVERSIBLE)
            .failures(List.of("SQ202 20260101_120000: down does not restore the schema"))
            .build();
    VerificationReport report =
        VerificationReport.builder()
            .location("migrations")
            .serverVersion("surrealdb-3.0.2")
            .timeline(
                new MigrationTimeline(
                    SchemaSnapshot.of(
                        "initial", Instant.EPOCH, "surrealdb-3.0.2", 0, DatabaseSchema.empty()),
                    List.of()))
            .checks(List.of(failed))
            .duration(Duration.ZERO)
            .build();
    assertThat(report.passed()).isFalse();
    assertThat(report.toBuilder().checks(List.of()).findings(List.of()).build().passed()).isTrue();
  }

  @Test
  void aReversibilityResultNeedsOnlyWhatEveryOutcomeHas() {
    ReversibilityResult result =
        ReversibilityResult.builder()
            .migration(MIGRATION)
            .status(ReversibilityStatus.IRREVERSIBLE)
            .error("no down section")
            .duration(Duration.ofMillis(3))
            .build();
    assertThat(result.rule()).contains(Rule.NO_DOWN);
    assertThat(result.serverVersion()).isEmpty();
    assertThat(result.notes()).isEmpty();
    assertThat(result.version()).isEqualTo("20260101_120000");
  }

  private static RollbackIssue issue() {
    return RollbackIssue.builder()
        .version("20260101_120000")
        .staticSafety(RollbackSafety.DATA_LOSS)
        .safety(RollbackSafety.DATA_LOSS)
        .statement("REMOVE FIELD bio ON user")
        .source("migrations/20260101_120000_init.surql")
        .line(3)
        .description("Removes field bio on table user")
        .recommendation("Back up the values first")
        .rule(Rule.REMOVE_FIELD)
        .build();
  }
}

package dev.surql.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.migration.Migration;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.rule.Rule;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.EventSchema;
import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.IndexKind;
import dev.surql.core.snapshot.IndexSchema;
import dev.surql.core.snapshot.RelationSchema;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.Snapshots;
import dev.surql.core.snapshot.TableKind;
import dev.surql.core.snapshot.TableSchema;
import dev.surql.core.verify.DataLoss;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.ReversibilityStatus;
import dev.surql.core.verify.TimelineStep;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.description.Description;
import org.assertj.core.description.TextDescription;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.presentation.Representation;

/** Hand-built records for the unit tests, and the helpers to check failure messages. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2026-01-09T12:00:00Z");
  static final String SERVER = "surrealdb-3.0.2";

  private Fixtures() {}

  // --- messages ---------------------------------------------------------------------------------

  static AssertionError expectAssertionError(ThrowingCallable call) {
    AssertionError error = catchThrowableOfType(AssertionError.class, call);
    assertThat(error).as("an AssertionError should have been thrown").isNotNull();
    return error;
  }

  static Representation representation() {
    return SurqlRepresentation.SURQL_REPRESENTATION;
  }

  /** The message a factory builds with an assertion's description, as the assertion builds it. */
  static String message(ErrorMessageFactory factory, String description) {
    Description text = new TextDescription("%s", description);
    return factory.create(text, representation());
  }

  static String actualIsNull() {
    return String.format("%nExpecting actual not to be null");
  }

  // --- schema -----------------------------------------------------------------------------------

  static FieldSchema field(String table, String name, String type) {
    return FieldSchema.builder()
        .name(name)
        .type(type)
        .definition("DEFINE FIELD " + name + " ON " + table + " TYPE " + type + " PERMISSIONS FULL")
        .build();
  }

  static FieldSchema readonlyField(String table, String name, String type, String defaultValue) {
    return FieldSchema.builder()
        .name(name)
        .type(type)
        .readonly(true)
        .defaultValue(defaultValue)
        .definition(
            "DEFINE FIELD "
                + name
                + " ON "
                + table
                + " TYPE "
                + type
                + " DEFAULT "
                + defaultValue
                + " READONLY PERMISSIONS FULL")
        .build();
  }

  static FieldSchema assertedField(String table, String name, String type, String assertion) {
    return FieldSchema.builder()
        .name(name)
        .type(type)
        .assertion(assertion)
        .definition(
            "DEFINE FIELD "
                + name
                + " ON "
                + table
                + " TYPE "
                + type
                + " ASSERT "
                + assertion
                + " PERMISSIONS FULL")
        .build();
  }

  static FieldSchema computedField(String table, String name, String type, String value) {
    return FieldSchema.builder()
        .name(name)
        .type(type)
        .value(value)
        .definition(
            "DEFINE FIELD "
                + name
                + " ON "
                + table
                + " TYPE "
                + type
                + " VALUE "
                + value
                + " PERMISSIONS FULL")
        .build();
  }

  static IndexSchema index(String table, String name, IndexKind kind, String... columns) {
    String suffix =
        switch (kind) {
          case UNIQUE -> " UNIQUE";
          case FULLTEXT -> " FULLTEXT ANALYZER ascii BM25(1.2,0.75)";
          case VECTOR -> " HNSW DIMENSION 3 DIST EUCLIDEAN";
          case COUNT -> " COUNT";
          case STANDARD -> "";
        };
    return IndexSchema.builder()
        .name(name)
        .columns(Arrays.asList(columns))
        .kind(kind)
        .definition(
            "DEFINE INDEX "
                + name
                + " ON "
                + table
                + " FIELDS "
                + String.join(", ", columns)
                + suffix)
        .build();
  }

  static EventSchema event(String table, String name) {
    return new EventSchema(
        name, "DEFINE EVENT " + name + " ON " + table + " WHEN $event = 'CREATE' THEN {}");
  }

  static TableSchema table(
      String name,
      boolean schemafull,
      List<FieldSchema> fields,
      List<IndexSchema> indexes,
      List<EventSchema> events) {
    return TableSchema.builder()
        .name(name)
        .kind(TableKind.NORMAL)
        .schemafull(schemafull)
        .definition(
            "DEFINE TABLE "
                + name
                + " TYPE NORMAL "
                + (schemafull ? "SCHEMAFULL" : "SCHEMALESS")
                + " PERMISSIONS NONE")
        .fields(byName(fields, FieldSchema::name))
        .indexes(byName(indexes, IndexSchema::name))
        .events(byName(events, EventSchema::name))
        .build();
  }

  static TableSchema table(String name, FieldSchema... fields) {
    return table(name, true, List.of(fields), List.of(), List.of());
  }

  static TableSchema edge(String name, String in, String out) {
    return TableSchema.builder()
        .name(name)
        .kind(TableKind.RELATION)
        .relation(new RelationSchema(List.of(in), List.of(out), false))
        .definition(
            "DEFINE TABLE "
                + name
                + " TYPE RELATION IN "
                + in
                + " OUT "
                + out
                + " SCHEMALESS PERMISSIONS NONE")
        .build();
  }

  static DatabaseSchema schema(
      List<TableSchema> tables,
      Map<String, String> functions,
      Map<String, String> params,
      Map<String, String> analyzers,
      Map<String, String> accesses) {
    return DatabaseSchema.builder()
        .tables(byName(tables, TableSchema::name))
        .functions(functions)
        .params(params)
        .analyzers(analyzers)
        .accesses(accesses)
        .build();
  }

  static SchemaSnapshot snapshot(String version, TableSchema... tables) {
    return snapshot(version, schema(List.of(tables), Map.of(), Map.of(), Map.of(), Map.of()));
  }

  static SchemaSnapshot snapshot(String version, DatabaseSchema schema) {
    return SchemaSnapshot.of(version, NOW, SERVER, 1, schema);
  }

  /**
   * Before {@link #everyKindAfter()}: from one to the other, exactly one element of every kind but
   * sequences is added, one removed and one modified (tables {@code post} / {@code log} / {@code
   * tag}, edges {@code likes} / {@code wrote} / {@code follows}, fields, indexes and events of
   * {@code user} named {@code name} / {@code bio} / {@code age} and {@code name_idx} / {@code
   * bio_idx} / {@code age_idx} and {@code on_update} / {@code on_delete} / {@code on_create},
   * functions {@code greet} / {@code old} / {@code calc}, params {@code max} / {@code min} / {@code
   * limit}, analyzers {@code ascii} / {@code plain} / {@code search}, accesses {@code api} / {@code
   * legacy} / {@code account}).
   */
  static SchemaSnapshot everyKindBefore() {
    TableSchema user =
        table(
            "user",
            true,
            List.of(
                field("user", "email", "string"),
                field("user", "bio", "string"),
                field("user", "age", "int")),
            List.of(
                index("user", "email_idx", IndexKind.UNIQUE, "email"),
                index("user", "bio_idx", IndexKind.STANDARD, "bio"),
                index("user", "age_idx", IndexKind.STANDARD, "age")),
            List.of(
                new EventSchema(
                    "on_create", "DEFINE EVENT on_create ON user WHEN $event = 'CREATE' THEN {}"),
                event("user", "on_delete")));
    return snapshot(
        "v1",
        schema(
            List.of(
                user,
                table("log"),
                table("tag"),
                edge("wrote", "user", "post"),
                edge("follows", "user", "user")),
            Map.of(
                "old",
                "DEFINE FUNCTION fn::old() { RETURN 1; }",
                "calc",
                "DEFINE FUNCTION fn::calc() { RETURN 1; }"),
            Map.of("min", "DEFINE PARAM $min VALUE 0", "limit", "DEFINE PARAM $limit VALUE 1"),
            Map.of(
                "plain",
                "DEFINE ANALYZER plain TOKENIZERS blank",
                "search",
                "DEFINE ANALYZER search TOKENIZERS blank"),
            Map.of(
                "legacy",
                "DEFINE ACCESS legacy ON DATABASE TYPE RECORD DURATION FOR SESSION 1h",
                "account",
                "DEFINE ACCESS account ON DATABASE TYPE RECORD DURATION FOR SESSION 1h")));
  }

  /** After {@link #everyKindBefore()}. */
  static SchemaSnapshot everyKindAfter() {
    TableSchema user =
        table(
            "user",
            true,
            List.of(
                field("user", "email", "string"),
                field("user", "age", "option<int>"),
                field("user", "name", "string")),
            List.of(
                index("user", "email_idx", IndexKind.UNIQUE, "email"),
                index("user", "age_idx", IndexKind.UNIQUE, "age"),
                index("user", "name_idx", IndexKind.STANDARD, "name")),
            List.of(
                new EventSchema(
                    "on_create",
                    "DEFINE EVENT on_create ON user WHEN $event = 'CREATE' THEN { RETURN 1 }"),
                event("user", "on_update")));
    return snapshot(
        "v2",
        schema(
            List.of(
                user,
                table("post"),
                table("tag", false, List.of(), List.of(), List.of()),
                edge("likes", "user", "post"),
                edge("follows", "user", "post")),
            Map.of(
                "greet",
                "DEFINE FUNCTION fn::greet() { RETURN 1; }",
                "calc",
                "DEFINE FUNCTION fn::calc() { RETURN 2; }"),
            Map.of("max", "DEFINE PARAM $max VALUE 100", "limit", "DEFINE PARAM $limit VALUE 2"),
            Map.of(
                "ascii",
                "DEFINE ANALYZER ascii TOKENIZERS blank FILTERS ascii",
                "search",
                "DEFINE ANALYZER search TOKENIZERS blank FILTERS lowercase"),
            Map.of(
                "api",
                "DEFINE ACCESS api ON DATABASE TYPE BEARER FOR USER",
                "account",
                "DEFINE ACCESS account ON DATABASE TYPE RECORD DURATION FOR SESSION 2h")));
  }

  /**
   * {@code user} (schemafull, three fields, three indexes, one event), {@code post}, edge {@code
   * wrote}, and definitions.
   */
  static SchemaSnapshot userSnapshot(String version) {
    TableSchema user =
        table(
            "user",
            true,
            List.of(
                assertedField("user", "email", "string", "string::is::email($value)"),
                field("user", "name", "string"),
                readonlyField("user", "created_at", "datetime", "time::now()")),
            List.of(
                index("user", "email_idx", IndexKind.UNIQUE, "email"),
                index("user", "name_search", IndexKind.FULLTEXT, "name"),
                index("user", "embedding_idx", IndexKind.VECTOR, "embedding")),
            List.of(event("user", "on_create")));
    TableSchema post =
        table("post", false, List.of(field("post", "title", "string")), List.of(), List.of());
    return snapshot(
        version,
        schema(
            List.of(user, post, edge("wrote", "user", "post")),
            Map.of(
                "greet", "DEFINE FUNCTION fn::greet($name: string) { RETURN 'Hello ' + $name; }"),
            Map.of("max", "DEFINE PARAM $max VALUE 100"),
            Map.of("ascii", "DEFINE ANALYZER ascii TOKENIZERS blank FILTERS ascii"),
            Map.of(
                "account",
                "DEFINE ACCESS account ON DATABASE TYPE RECORD DURATION FOR SESSION 1h")));
  }

  // --- migrations -------------------------------------------------------------------------------

  static Migration migration(String version) {
    return migration(version, Optional.empty());
  }

  static Migration migration(String version, Optional<RollbackSafety> declared) {
    return Migration.builder()
        .version(version)
        .description("change " + version)
        .source("migrations/" + version + ".surql")
        .down(List.of())
        .declaredSafety(declared)
        .checksum("0".repeat(64))
        .build();
  }

  static TimelineStep step(
      Migration migration,
      SchemaSnapshot before,
      SchemaSnapshot after,
      RollbackSafety analysed,
      RollbackIssue... issues) {
    return TimelineStep.builder()
        .migration(migration)
        .before(before)
        .after(after)
        .diff(Snapshots.compareSnapshots(before, after))
        .duration(Duration.ofMillis(5))
        .analysedSafety(analysed)
        .declaredSafety(migration.declaredSafety())
        .issues(List.of(issues))
        .build();
  }

  static RollbackIssue issue(
      String version, RollbackSafety safety, String description, Long affected) {
    return RollbackIssue.builder()
        .version(version)
        .staticSafety(safety)
        .safety(safety)
        .statement("REMOVE FIELD bio ON user")
        .source("migrations/" + version + ".surql")
        .line(3)
        .description(description)
        .recommendation("Back up the values first")
        .affectedData(
            Optional.ofNullable(affected).map(n -> n + " records in `user` have a value in `bio`"))
        .affectedRecords(affected == null ? OptionalLong.empty() : OptionalLong.of(affected))
        .rule(Rule.REMOVE_FIELD)
        .build();
  }

  static RollbackPlan plan(RollbackSafety overall, List<String> versions, RollbackIssue... issues) {
    return RollbackPlan.builder()
        .fromVersion(versions.get(0))
        .toVersion("20260101_000000")
        .migrations(versions.stream().map(Fixtures::migration).toList())
        .issues(List.of(issues))
        .staticSafety(overall)
        .overallSafety(overall)
        .dataAware(true)
        .historyFingerprint("fp")
        .build();
  }

  /**
   * A round trip: reversible (down diff empty) or not (down diff S0 → S2 = the given snapshots).
   */
  static ReversibilityResult roundTrip(
      String version,
      ReversibilityStatus status,
      SchemaSnapshot s0,
      SchemaSnapshot s2,
      SchemaSnapshot s1,
      SchemaSnapshot s3,
      DataLoss... losses) {
    return ReversibilityResult.builder()
        .migration(migration(version))
        .status(status)
        .s0(s0)
        .s1(s1)
        .s2(s2)
        .s3(s3)
        .downDiff(Snapshots.compareSnapshots(s0, s2))
        .reapplyDiff(Snapshots.compareSnapshots(s1, s3))
        .dataLoss(List.of(losses))
        .duration(Duration.ofMillis(7))
        .build();
  }

  private static <V> TreeMap<String, V> byName(
      List<V> values, java.util.function.Function<V, String> name) {
    TreeMap<String, V> map = new TreeMap<>();
    values.forEach(v -> map.put(name.apply(v), v));
    return map;
  }
}

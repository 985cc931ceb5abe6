package dev.surql.core.forward;

import static dev.surql.core.forward.SeededDatabase.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.internal.analysis.NextWrites;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.RuleLevel;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SQ401–SQ406 on the real engine: each up meets seeded records, the analysis counts the records at
 * stake without writing, and the engine then refuses (or rewrites) exactly those records.
 */
class FieldRulesEngineTest {

  private static final String PEOPLE =
      """
      DEFINE TABLE person SCHEMAFULL;
      DEFINE FIELD name ON person TYPE string;
      DEFINE FIELD nick ON person TYPE option<string>;
      DEFINE FIELD age ON person TYPE int;
      DEFINE FIELD prefs ON person TYPE option<object> FLEXIBLE;
      CREATE person:1 SET name = 'ann', age = 12, nick = 'a', prefs = { theme: 'dark' };
      CREATE person:2 SET name = 'bob', age = 30;
      CREATE person:3 SET name = 'cy', age = 40, nick = 'c';
      """;

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void newRequiredFieldFailsTheNextWriteOfEveryExistingRecord(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, PEOPLE)) {
      String up = "DEFINE FIELD email ON person TYPE string DEFAULT 'none@example.com';";
      ForwardIssue issue = only(db.analyze(up), Rule.NEW_REQUIRED_FIELD);
      assertThat(issue.staticSafety()).isEqualTo(ForwardSafety.UNSAFE);
      assertThat(issue.safety()).isEqualTo(ForwardSafety.UNSAFE);
      assertThat(issue.affectedRecords()).isEqualTo(OptionalLong.of(3));
      assertThat(issue.affectedData())
          .contains(
              "3 records in person have no value in email that fits; they fail "
                  + "their next write");
      assertThat(issue.description()).contains("DEFAULT (applied only when a record is created)");
      assertThat(issue.hint()).contains("UPDATE person SET email = … WHERE email = NONE");
      assertThat(issue.predictsFailedWrites()).isTrue();

      db.apply(up);
      NextWrites.Outcome outcome = db.rewrite(issue);
      assertThat(outcome.refused()).isEqualTo(3);
      assertThat(outcome.messages())
          .allSatisfy(m -> assertThat(m).contains("field `email`").contains("NONE"));
      assertThat(issue.toFinding().rule()).isEqualTo(Rule.NEW_REQUIRED_FIELD);
      assertThat(issue.toFinding().location())
          .hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(1));
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void aBackfillOrAnOptionalTypeOrDefaultAlwaysSettlesANewField(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, PEOPLE)) {
      String up =
          """
          DEFINE FIELD email ON person TYPE string;
          UPDATE person SET email = name + '@example.com' WHERE email = NONE;
          DEFINE FIELD score ON person TYPE int DEFAULT ALWAYS 0;
          DEFINE FIELD motto ON person TYPE option<string>;
          DEFINE FIELD kind ON person TYPE string VALUE 'person';
          """;
      List<ForwardIssue> issues = db.analyze(up);
      db.apply(up);
      NextWrites.Outcome outcome =
          NextWrites.rewrite(db.client, List.of("person:1", "person:2", "person:3"));
      if (db.refusesUndefinedValues()) {
        assertThat(issues).isEmpty();
        assertThat(outcome.refused()).isZero();
      } else {
        // 2.x does not compute a new field's VALUE for an existing record that does not set it
        ForwardIssue value = only(issues, Rule.NEW_REQUIRED_FIELD);
        assertThat(value.description())
            .contains("Adds field kind")
            .contains("a VALUE that this server (2.x)");
        assertThat(value.affectedRecords()).isEqualTo(OptionalLong.of(3));
        assertThat(outcome.refused()).isEqualTo(3);
        assertThat(outcome.messages()).allSatisfy(m -> assertThat(m).contains("field `kind`"));
      }
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void aFieldOnATableTheUpCreatesRaisesNothing(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, PEOPLE)) {
      assertThat(
              db.analyzeStatic(
                  "DEFINE TABLE invoice SCHEMAFULL; DEFINE FIELD total ON invoice TYPE decimal;"))
          .isEmpty();
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void typeNarrowedByRemovingOptionFailsTheRecordsWithoutAValue(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, PEOPLE)) {
      String up = "DEFINE FIELD OVERWRITE nick ON person TYPE string;";
      ForwardIssue issue = only(db.analyze(up), Rule.FIELD_TYPE_NARROWED);
      // 3.x prints option<string> as none | string
      assertThat(issue.description())
          .containsAnyOf(
              "changes its type from none | string to string",
              "changes its type from option<string> to string")
          .contains("records without a value no longer fit");
      assertThat(issue.affectedRecords()).isEqualTo(OptionalLong.of(1));
      assertThat(issue.sampleRecords()).containsExactly("person:2");

      db.apply(up);
      NextWrites.Outcome outcome = db.rewrite(issue);
      assertThat(outcome.refused()).isEqualTo(1);
      assertThat(outcome.messages().get(0)).contains("field `nick`");
      assertThat(NextWrites.rewrite(db.client, List.of("person:1", "person:3")).refused()).isZero();
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void typeChangedToAnotherTypeCountsTheValuesThatDoNotFit(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, PEOPLE)) {
      String up = "DEFINE FIELD OVERWRITE age ON person TYPE string;";
      ForwardIssue issue = only(db.analyze(up), Rule.FIELD_TYPE_NARROWED);
      assertThat(issue.affectedRecords()).isEqualTo(OptionalLong.of(3));
      db.apply(up);
      assertThat(db.rewrite(issue).refused()).isEqualTo(3);
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void numbersThatCoerceWithoutLossFitANarrowedNumericType(SurrealVersion version) {
    try (SeededDatabase db =
        SeededDatabase.with(
            version,
            """
        DEFINE TABLE reading SCHEMAFULL;
        DEFINE FIELD v ON reading TYPE number;
        CREATE reading:1 SET v = 2.5;
        CREATE reading:2 SET v = 3.0;
        CREATE reading:3 SET v = 4dec;
        CREATE reading:4 SET v = 5;
        """)) {
      String up = "DEFINE FIELD OVERWRITE v ON reading TYPE int;";
      ForwardIssue issue = only(db.analyze(up), Rule.FIELD_TYPE_NARROWED);
      assertThat(issue.affectedRecords()).isEqualTo(OptionalLong.of(1));
      assertThat(issue.sampleRecords()).containsExactly("reading:1");
      db.apply(up);
      assertThat(db.rewrite(issue).refused()).isEqualTo(1);
      assertThat(
              NextWrites.rewrite(db.client, List.of("reading:2", "reading:3", "reading:4"))
                  .refused())
          .as("3.0, 4dec and 5 coerce to int")
          .isZero();

      ForwardIssue toFloat =
          only(
              db.analyze("DEFINE FIELD OVERWRITE v ON reading TYPE float;"),
              Rule.FIELD_TYPE_NARROWED);
      assertThat(toFloat.safety())
          .as("every number coerces to float")
          .isEqualTo(ForwardSafety.SAFE);
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void tighterAssertFailsTheRecordsWhoseValueBreaksIt(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, PEOPLE)) {
      String up = "DEFINE FIELD OVERWRITE age ON person TYPE int ASSERT $value >= 18;";
      ForwardIssue issue = only(db.analyze(up), Rule.FIELD_ASSERT_TIGHTENED);
      assertThat(issue.description()).contains("adds ASSERT $value >= 18");
      assertThat(issue.affectedData())
          .contains("1 record in person has a value in age that fails the new ASSERT");
      assertThat(issue.sampleRecords()).containsExactly("person:1");
      db.apply(up);
      NextWrites.Outcome outcome = db.rewrite(issue);
      assertThat(outcome.refused()).isEqualTo(1);
      assertThat(outcome.messages().get(0)).contains("must conform to");
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void anAssertNoRecordBreaksIsDowngradedToSafe(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, PEOPLE)) {
      ForwardIssue issue =
          only(
              db.analyze("DEFINE FIELD OVERWRITE age ON person TYPE int ASSERT $value >= 0;"),
              Rule.FIELD_ASSERT_TIGHTENED);
      assertThat(issue.staticSafety()).isEqualTo(ForwardSafety.UNSAFE);
      assertThat(issue.safety()).isEqualTo(ForwardSafety.SAFE);
      assertThat(issue.description())
          .endsWith("(downgraded to safe: no record in person is affected)");
      assertThat(issue.toFinding().level()).isEqualTo(RuleLevel.NOTE);
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void flexibleRemovedFailsTheRecordsHoldingUndefinedKeys(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, PEOPLE)) {
      String up = "DEFINE FIELD OVERWRITE prefs ON person TYPE option<object>;";
      ForwardIssue issue = only(db.analyze(up), Rule.FIELD_FLEXIBLE_REMOVED);
      assertThat(issue.affectedRecords()).isEqualTo(OptionalLong.of(1));
      assertThat(issue.sampleRecords()).containsExactly("person:1");
      db.apply(up);
      if (db.refusesUndefinedValues()) {
        assertThat(issue.safety()).isEqualTo(ForwardSafety.UNSAFE);
        NextWrites.Outcome outcome = db.rewrite(issue);
        assertThat(outcome.refused()).isEqualTo(1);
        assertThat(outcome.messages().get(0))
            .contains("Found field 'prefs.theme', but no such field exists");
      } else {
        // 2.x strips the undeclared keys on the next write instead of refusing it
        assertThat(issue.safety()).isEqualTo(ForwardSafety.DATA_LOSS);
        assertThat(issue.predictsFailedWrites()).isFalse();
        assertThat(issue.description()).contains("drops those values silently on the next write");
        db.client.query("UPDATE person:1 MERGE {}");
        assertThat(
                JsonResults.tree(db.client.query("SELECT VALUE prefs FROM person:1").last())
                    .get(0)
                    .size())
            .isZero();
      }
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void readonlyAddedRefusesWritesThatChangeTheValue(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, PEOPLE)) {
      String up = "DEFINE FIELD OVERWRITE name ON person TYPE string READONLY;";
      ForwardIssue issue = only(db.analyze(up), Rule.FIELD_READONLY_ADDED);
      assertThat(issue.safety()).isEqualTo(ForwardSafety.DATA_LOSS);
      assertThat(issue.affectedRecords()).isEqualTo(OptionalLong.of(3));
      assertThat(issue.predictsFailedWrites()).isFalse();
      db.apply(up);
      assertThat(NextWrites.rewrite(db.client, issue.sampleRecords()).refused())
          .as("unchanged writes")
          .isZero();
      assertThat(
              db.client
                  .queryAllowingErrors("UPDATE person:2 SET name = 'rob'")
                  .last()
                  .errorMessage())
          .hasValueSatisfying(m -> assertThat(m).contains("field is readonly"));
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void valueChangedRecomputesEveryStoredValueOnItsNextWrite(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, PEOPLE)) {
      String up =
          "DEFINE FIELD OVERWRITE name ON person TYPE string VALUE string::uppercase($value);";
      ForwardIssue issue = only(db.analyze(up), Rule.FIELD_VALUE_CHANGED);
      assertThat(issue.safety()).isEqualTo(ForwardSafety.DATA_LOSS);
      assertThat(issue.affectedData())
          .contains("3 records in person get a recomputed name on their next write");
      db.apply(up);
      assertThat(
              JsonResults.tree(db.client.query("SELECT VALUE name FROM person:2").last())
                  .get(0)
                  .asText())
          .isEqualTo("bob");
      db.client.query("UPDATE person:2 SET age = 31");
      assertThat(
              JsonResults.tree(db.client.query("SELECT VALUE name FROM person:2").last())
                  .get(0)
                  .asText())
          .isEqualTo("BOB");
    }
  }
}

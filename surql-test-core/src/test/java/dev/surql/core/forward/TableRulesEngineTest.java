package dev.surql.core.forward;

import static dev.surql.core.forward.SeededDatabase.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.core.SurqlException;
import dev.surql.core.engine.SurrealVersion;
import dev.surql.core.internal.analysis.NextWrites;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.rule.Rule;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SQ407–SQ410 and SQ413 on the real engine: SCHEMALESS→SCHEMAFULL, unique and blocking indexes,
 * removed fields and renames, each counted on seeded records and then shown by the engine.
 */
class TableRulesEngineTest {

  private static final String ACCOUNTS =
      """
      DEFINE TABLE account SCHEMALESS;
      DEFINE FIELD email ON account TYPE string;
      CREATE account:1 SET email = 'a@x', plan = 'pro', legacy_id = 7;
      CREATE account:2 SET email = 'a@x', legacy_id = NULL;
      CREATE account:3 SET email = 'c@x', plan = 'free', legacy_id = NULL;
      CREATE account:4 SET email = 'd@x';
      """;

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void schemafullSwitchFailsTheRecordsHoldingUndefinedFields(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, ACCOUNTS)) {
      String up =
          """
          DEFINE TABLE OVERWRITE account SCHEMAFULL;
          DEFINE FIELD plan ON account TYPE option<string>;
          """;
      ForwardIssue issue = only(db.analyze(up), Rule.SCHEMAFULL_UNDEFINED_FIELDS);
      assertThat(issue.staticSafety()).isEqualTo(ForwardSafety.UNSAFE);
      assertThat(issue.affectedRecords()).isEqualTo(OptionalLong.of(3));
      assertThat(issue.affectedData())
          .contains("3 records in account hold fields the schema does not define: legacy_id");
      assertThat(issue.sampleRecords())
          .containsExactlyInAnyOrder("account:1", "account:2", "account:3");

      db.apply(up);
      if (db.refusesUndefinedValues()) {
        assertThat(issue.safety()).isEqualTo(ForwardSafety.UNSAFE);
        NextWrites.Outcome outcome = db.rewrite(issue);
        assertThat(outcome.refused()).isEqualTo(3);
        assertThat(outcome.messages())
            .allSatisfy(
                m -> assertThat(m).contains("Found field 'legacy_id', but no such field exists"));
      } else {
        // 2.x drops the undefined fields on the next write instead of refusing it
        assertThat(issue.safety()).isEqualTo(ForwardSafety.DATA_LOSS);
        assertThat(issue.predictsFailedWrites()).isFalse();
        assertThat(db.rewrite(issue).refused()).isZero();
        db.client.query("UPDATE account:1 MERGE {}");
        assertThat(
                JsonResults.tree(db.client.query("SELECT VALUE legacy_id FROM account:1").last())
                    .get(0)
                    .isNull())
            .isTrue();
      }
      assertThat(NextWrites.rewrite(db.client, List.of("account:4")).refused()).isZero();
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void uniqueIndexOverDuplicatesFailsTheUpAndTheGroupsAreCountedBefore(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, ACCOUNTS)) {
      String up = "DEFINE INDEX account_email ON account FIELDS email UNIQUE CONCURRENTLY;";
      ForwardIssue issue = only(db.analyze(up), Rule.UNIQUE_INDEX_DUPLICATES);
      assertThat(issue.safety()).isEqualTo(ForwardSafety.UNSAFE);
      assertThat(issue.affectedData())
          .contains("1 value occurs in more than one record of account");
      assertThat(db.analyze(up))
          .extracting(ForwardIssue::rule)
          .doesNotContain(Rule.INDEX_NOT_CONCURRENT);
      assertThatThrownBy(
              () -> db.apply("DEFINE INDEX account_email ON account FIELDS email UNIQUE;"))
          .isInstanceOf(SurqlException.class)
          .hasMessageContaining("account_email")
          .hasMessageContaining("'a@x'");
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void uniqueIndexWithoutDuplicatesIsDowngradedToSafe(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, ACCOUNTS)) {
      // two records have NULL, one has NONE: the engine indexes neither, so they are no duplicates
      db.apply(
          "DEFINE INDEX probe ON account FIELDS legacy_id UNIQUE; REMOVE INDEX probe ON account;");
      ForwardIssue issue =
          only(
              db.analyze(
                  "DEFINE INDEX account_plan ON account FIELDS legacy_id UNIQUE CONCURRENTLY;"),
              Rule.UNIQUE_INDEX_DUPLICATES);
      assertThat(issue.staticSafety()).isEqualTo(ForwardSafety.UNSAFE);
      assertThat(issue.safety()).isEqualTo(ForwardSafety.SAFE);
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void indexWithoutConcurrentlyIsUnsafeFromTheThreshold(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, ACCOUNTS)) {
      String up = "DEFINE INDEX account_plan ON account FIELDS plan;";
      ForwardIssue below = only(db.analyze(up), Rule.INDEX_NOT_CONCURRENT);
      assertThat(below.staticSafety()).isEqualTo(ForwardSafety.SAFE);
      assertThat(below.safety()).isEqualTo(ForwardSafety.SAFE);
      assertThat(below.affectedData())
          .contains(
              "4 records in account, below the threshold of 10000 (surql.forward.index-threshold)");
      ForwardIssue above =
          only(
              db.analyze(up, ForwardSettings.defaults().withIndexThreshold(4)),
              Rule.INDEX_NOT_CONCURRENT);
      assertThat(above.safety()).isEqualTo(ForwardSafety.UNSAFE);
      assertThat(above.affectedData())
          .contains(
              "4 records in account, at or above the threshold of 4 (surql.forward.index-threshold)");
      assertThat(db.analyze("DEFINE INDEX account_plan ON account FIELDS plan CONCURRENTLY;"))
          .isEmpty();
      db.apply("DEFINE INDEX account_plan ON account FIELDS plan CONCURRENTLY;");
      assertThat(db.schema().table("account").orElseThrow().indexes()).containsKey("account_plan");
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void removedFieldKeepsItsValuesAndWritesFailOnASchemafullTable(SurrealVersion version) {
    try (SeededDatabase db =
        SeededDatabase.with(
            version,
            """
        DEFINE TABLE item SCHEMAFULL;
        DEFINE FIELD name ON item TYPE string;
        DEFINE FIELD colour ON item TYPE option<string>;
        CREATE item:1 SET name = 'pen', colour = 'red';
        CREATE item:2 SET name = 'cup';
        """)) {
      String up = "REMOVE FIELD colour ON item;";
      ForwardIssue issue = only(db.analyze(up), Rule.REMOVED_FIELD_VALUES_KEPT);
      assertThat(issue.affectedData())
          .contains("1 record in item has a value in colour that stays behind");
      db.apply(up);
      assertThat(
              JsonResults.tree(db.client.query("SELECT VALUE colour FROM item:1").last())
                  .get(0)
                  .asText())
          .as("the value is still stored")
          .isEqualTo("red");
      if (db.refusesUndefinedValues()) {
        NextWrites.Outcome outcome = db.rewrite(issue);
        assertThat(outcome.refused()).isEqualTo(1);
        assertThat(outcome.messages().get(0))
            .contains("Found field 'colour', but no such field exists");
      } else {
        // 2.x drops the value on the next write instead of refusing it
        assertThat(issue.safety()).isEqualTo(ForwardSafety.DATA_LOSS);
        assertThat(db.rewrite(issue).refused()).isZero();
        db.client.query("UPDATE item:1 MERGE {}");
        assertThat(
                JsonResults.tree(db.client.query("SELECT VALUE colour FROM item:1").last())
                    .get(0)
                    .isNull())
            .isTrue();
      }
      assertThat(NextWrites.rewrite(db.client, List.of("item:2")).refused()).isZero();

      assertThat(db.analyzeStatic("UPDATE item UNSET colour; REMOVE FIELD colour ON item;"))
          .as("unset first")
          .isEmpty();
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void renameWithoutACopyLeavesTheValuesBehind(SurrealVersion version) {
    try (SeededDatabase db =
        SeededDatabase.with(
            version,
            """
        DEFINE TABLE item SCHEMAFULL;
        DEFINE FIELD colour ON item TYPE option<string>;
        CREATE item:1 SET colour = 'red';
        CREATE item:2;
        """)) {
      assertThat(
              db.analyze(
                  """
          DEFINE FIELD color ON item TYPE option<string>;
          UPDATE item SET color = colour;
          UPDATE item UNSET colour;
          REMOVE FIELD colour ON item;
          """))
          .as("copied, unset, removed")
          .isEmpty();
      String up = "DEFINE FIELD color ON item TYPE option<string>; REMOVE FIELD colour ON item;";
      List<ForwardIssue> issues = db.analyze(up);
      ForwardIssue rename = only(issues, Rule.RENAME_WITHOUT_COPY);
      assertThat(rename.safety()).isEqualTo(ForwardSafety.DATA_LOSS);
      assertThat(rename.affectedData())
          .contains("1 record in item has a value in colour that is not copied");
      only(issues, Rule.REMOVED_FIELD_VALUES_KEPT);
      db.apply(up);
      assertThat(
              JsonResults.tree(db.client.query("SELECT VALUE color FROM item:1").last())
                  .get(0)
                  .isNull())
          .isTrue();
    }
  }

  @ParameterizedTest(name = "SurrealDB {0}")
  @EnumSource(
      value = SurrealVersion.class,
      names = {"V3_0", "V2_6"})
  void tableRenameWithoutACopyDeletesTheRecords(SurrealVersion version) {
    try (SeededDatabase db = SeededDatabase.with(version, "CREATE customer:1 SET name = 'ann';")) {
      ForwardIssue issue =
          only(db.analyze("DEFINE TABLE client; REMOVE TABLE customer;"), Rule.RENAME_WITHOUT_COPY);
      assertThat(issue.affectedData()).contains("1 record in customer is not copied");
      assertThat(
              db.analyzeStatic(
                  "DEFINE TABLE client; INSERT INTO client (SELECT * FROM customer); "
                      + "REMOVE TABLE customer;"))
          .isEmpty();
    }
  }
}

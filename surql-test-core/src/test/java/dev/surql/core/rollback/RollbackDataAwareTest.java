package dev.surql.core.rollback;

import static dev.surql.core.rollback.RollbackSafety.DATA_LOSS;
import static dev.surql.core.rollback.RollbackSafety.SAFE;
import static dev.surql.core.rollback.RollbackSafety.UNSAFE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.surql.core.SharedEngineLine;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.migration.Migration;
import dev.surql.core.snapshot.Snapshots;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Counts on seeded data, one database for the class (the tests only read it). */
class RollbackDataAwareTest {

  private static SurqlDatabase database;
  private static SurqlClient client;

  @BeforeAll
  static void seed() {
    database = SurqlDatabase.create(SurqlEngines.shared(), "rb_data");
    client = database.client();
    client.query(
        """
        DEFINE TABLE user SCHEMALESS;
        DEFINE FIELD bio ON user TYPE option<string>;
        DEFINE FIELD nick ON user TYPE option<string>;
        DEFINE TABLE empty_table SCHEMAFULL;
        CREATE user:1 SET name = 'ann', age = 12, bio = 'hi', email = 'a@x';
        CREATE user:2 SET name = 'bob', age = 30, email = 'a@x';
        CREATE user:3 SET name = 'cy', age = 40, email = 'c@x';
        """);
  }

  @AfterAll
  static void drop() {
    database.close();
  }

  private static List<RollbackIssue> analyze(String down) {
    Migration migration =
        Migration.builder()
            .version("20260101_000000")
            .description("m")
            .source("V1.surql")
            .down(StatementSplitter.split(down, "V1.surql"))
            .checksum("sum")
            .build();
    return RollbackAnalyzer.analyze(migration, client, Snapshots.captureSchema(client));
  }

  private static RollbackIssue only(String down) {
    List<RollbackIssue> issues = analyze(down);
    assertThat(issues).hasSize(1);
    return issues.get(0);
  }

  @Test
  void countsValuesOfARemovedField() {
    RollbackIssue issue = only("REMOVE FIELD bio ON user");
    assertThat(issue.staticSafety()).isEqualTo(DATA_LOSS);
    assertThat(issue.safety()).isEqualTo(DATA_LOSS);
    assertThat(issue.affectedData()).contains("1 record in `user` has a value in `bio`");
    assertThat(issue.affectedRecords()).isEqualTo(OptionalLong.of(1));
    assertThat(issue.line()).isEqualTo(1);
    assertThat(issue.source()).isEqualTo("V1.surql");
  }

  @Test
  void aFieldWithoutValuesIsDowngradedToSafe() {
    RollbackIssue issue = only("REMOVE FIELD nick ON user");
    assertThat(issue.staticSafety()).isEqualTo(DATA_LOSS);
    assertThat(issue.safety()).isEqualTo(SAFE);
    assertThat(issue.affectedData()).contains("no record in `user` has a value in `nick`");
    assertThat(issue.description())
        .endsWith("(downgraded to safe: no record in `user` has a value in `nick`)");
  }

  @Test
  void anEmptyOrMissingTableIsDowngradedButAFullOneIsNot() {
    assertThat(
            analyze(
                "REMOVE TABLE empty_table; REMOVE TABLE IF EXISTS never_defined; REMOVE TABLE user"))
        .extracting(RollbackIssue::staticSafety, RollbackIssue::safety, RollbackIssue::affectedData)
        .containsExactly(
            tuple(UNSAFE, SAFE, Optional.of("table `empty_table` is empty")),
            tuple(UNSAFE, SAFE, Optional.of("table `never_defined` does not exist")),
            tuple(UNSAFE, UNSAFE, Optional.of("3 records in `user`")));
  }

  @Test
  void countsTheRecordsADeleteMatches() {
    assertThat(analyze("DELETE user WHERE age < 18; DELETE user WHERE age > 100; DELETE user"))
        .extracting(RollbackIssue::safety, RollbackIssue::affectedData)
        .containsExactly(
            tuple(DATA_LOSS, Optional.of("1 record in `user` matches the WHERE condition")),
            tuple(SAFE, Optional.of("no record in `user` matches the WHERE condition")),
            tuple(UNSAFE, Optional.of("3 records in `user`")));
  }

  @Test
  void neverExecutesConditionsWithParametersOrStatements() {
    RollbackIssue parameter = only("DELETE user WHERE age < $limit");
    assertThat(parameter.safety()).isEqualTo(DATA_LOSS);
    assertThat(parameter.affectedRecords()).isEmpty();
    assertThat(parameter.affectedData())
        .contains(
            "not counted: the WHERE condition uses parameter $limit, "
                + "whose value is known only when the down runs");
    RollbackIssue nested = only("DELETE empty_table WHERE (DELETE user) = []");
    assertThat(nested.safety()).isEqualTo(UNSAFE);
    assertThat(client.query("RETURN count(SELECT * FROM user)").last().asLong()).isEqualTo(3);
  }

  @Test
  void countsDuplicatesForAUniqueIndexAndValuesForATypeChange() {
    assertThat(
            analyze(
                "DEFINE INDEX email_u ON user FIELDS email UNIQUE; DEFINE INDEX name_u ON user FIELDS name UNIQUE"))
        .extracting(RollbackIssue::safety, RollbackIssue::affectedData)
        .containsExactly(
            tuple(
                DATA_LOSS,
                Optional.of("1 value of (email) occurs in more than one record of `user`")),
            tuple(SAFE, Optional.of("no duplicate (name) values in `user`")));
    RollbackIssue type = only("DEFINE FIELD OVERWRITE bio ON user TYPE int");
    assertThat(type.safety()).isEqualTo(DATA_LOSS);
    assertThat(type.description())
        .contains("changes its type from " + SharedEngineLine.option("string") + " to int");
    assertThat(type.affectedData()).contains("1 record in `user` has a value in `bio`");
  }

  @Test
  void doesNotDowngradeWhenAnEarlierStatementWritesToTheTable() {
    List<RollbackIssue> issues =
        analyze("CREATE empty_table:1 SET a = 1; REMOVE TABLE empty_table");
    assertThat(issues)
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.safety()).isEqualTo(UNSAFE);
              assertThat(issue.affectedData())
                  .contains(
                      "table `empty_table` is empty now, but an earlier statement of the rollback writes to `empty_table`");
            });
  }

  @Test
  void anUnsetCountsTheValuesItClears() {
    assertThat(only("UPDATE user UNSET bio").affectedData())
        .contains("1 record in `user` has a value in `bio`");
    assertThat(only("UPDATE user UNSET nick").safety()).isEqualTo(SAFE);
    assertThat(only("UPDATE user SET age = 1 WHERE age > 18").affectedData())
        .contains("2 records in `user` match the WHERE condition");
  }

  @Test
  void aMigrationWithoutDownIsIrreversible() {
    Migration irreversible =
        Migration.builder()
            .version("20260101_000000")
            .description("seed")
            .source("V1.surql")
            .checksum("sum")
            .build();
    assertThat(RollbackAnalyzer.analyze(irreversible, client, Snapshots.captureSchema(client)))
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.safety()).isEqualTo(UNSAFE);
              assertThat(issue.description())
                  .isEqualTo("Migration 20260101_000000 seed is irreversible: no down section");
            });
  }
}

package dev.surql.core.snapshot;

import static dev.surql.core.snapshot.ChangeType.ADDED;
import static dev.surql.core.snapshot.ChangeType.MODIFIED;
import static dev.surql.core.snapshot.ChangeType.REMOVED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.SharedEngineLine;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of schema change shows in the diff with the right element, type and name, and changes
 * the checksum.
 */
class SnapshotChangesTest {
  private static SurqlDatabase base;
  private static SchemaSnapshot before;

  @BeforeAll
  static void captureBase() {
    base = SurqlDatabase.create(SurqlEngines.shared(), "snap_base");
    RichSchema.define(base.client(), RichSchema.statements());
    before = Snapshots.createSnapshot(base.client(), "1", 1);
  }

  @AfterAll
  static void dropBase() {
    base.close();
  }

  static Stream<Arguments> changes() {
    // sequences exist on 3.x only
    return Stream.of(
            change("DEFINE TABLE profile SCHEMAFULL", SchemaElement.TABLE, ADDED, "profile"),
            change("REMOVE TABLE log", SchemaElement.TABLE, REMOVED, "log"),
            change("REMOVE TABLE post", SchemaElement.TABLE, REMOVED, "post"),
            change("DEFINE TABLE OVERWRITE log SCHEMAFULL", SchemaElement.TABLE, MODIFIED, "log"),
            change(
                "DEFINE TABLE follows TYPE RELATION IN user OUT user",
                SchemaElement.EDGE,
                ADDED,
                "follows"),
            change("REMOVE TABLE likes", SchemaElement.EDGE, REMOVED, "likes"),
            change(
                "DEFINE TABLE OVERWRITE likes TYPE RELATION IN user OUT post ENFORCED",
                SchemaElement.EDGE,
                MODIFIED,
                "likes"),
            change(
                "DEFINE FIELD nickname ON user TYPE string",
                SchemaElement.FIELD,
                ADDED,
                "user.nickname"),
            change(
                "DEFINE FIELD address.zip ON user TYPE string",
                SchemaElement.FIELD,
                ADDED,
                "user.address.zip"),
            change("REMOVE FIELD bio ON user", SchemaElement.FIELD, REMOVED, "user.bio"),
            change(
                "DEFINE FIELD OVERWRITE bio ON user TYPE string",
                SchemaElement.FIELD,
                MODIFIED,
                "user.bio"),
            change(
                "DEFINE FIELD OVERWRITE name ON user TYPE string READONLY",
                SchemaElement.FIELD,
                MODIFIED,
                "user.name"),
            change(
                "DEFINE FIELD OVERWRITE tags.* ON user TYPE string ASSERT $value != ''",
                SchemaElement.FIELD,
                MODIFIED,
                "user." + SharedEngineLine.element("tags")),
            change(
                "DEFINE INDEX name_idx ON user FIELDS name",
                SchemaElement.INDEX,
                ADDED,
                "user.name_idx"),
            change(
                "REMOVE INDEX email_idx ON user", SchemaElement.INDEX, REMOVED, "user.email_idx"),
            change(
                "DEFINE INDEX OVERWRITE email_idx ON user FIELDS email, name UNIQUE",
                SchemaElement.INDEX,
                MODIFIED,
                "user.email_idx"),
            change(
                "DEFINE EVENT user_deleted ON user WHEN $event = 'DELETE' THEN (CREATE log)",
                SchemaElement.EVENT,
                ADDED,
                "user.user_deleted"),
            change(
                "REMOVE EVENT post_deleted ON post",
                SchemaElement.EVENT,
                REMOVED,
                "post.post_deleted"),
            change(
                "DEFINE EVENT OVERWRITE post_deleted ON post WHEN $event = 'DELETE' THEN (CREATE log SET msg = 'bye')",
                SchemaElement.EVENT,
                MODIFIED,
                "post.post_deleted"),
            change(
                "DEFINE FUNCTION fn::add($a: int, $b: int) -> int { RETURN $a + $b; }",
                SchemaElement.FUNCTION,
                ADDED,
                "fn::add"),
            change("REMOVE FUNCTION fn::spare", SchemaElement.FUNCTION, REMOVED, "fn::spare"),
            change(
                "DEFINE FUNCTION OVERWRITE fn::spare() { RETURN 2; }",
                SchemaElement.FUNCTION,
                MODIFIED,
                "fn::spare"),
            change("DEFINE PARAM $min_posts VALUE 1", SchemaElement.PARAM, ADDED, "$min_posts"),
            change("REMOVE PARAM $spare", SchemaElement.PARAM, REMOVED, "$spare"),
            change(
                "DEFINE PARAM OVERWRITE $spare VALUE 'y'", SchemaElement.PARAM, MODIFIED, "$spare"),
            change(
                "DEFINE ANALYZER french TOKENIZERS blank FILTERS snowball(french)",
                SchemaElement.ANALYZER,
                ADDED,
                "french"),
            change("REMOVE ANALYZER spare", SchemaElement.ANALYZER, REMOVED, "spare"),
            change(
                "DEFINE ANALYZER OVERWRITE spare TOKENIZERS blank FILTERS uppercase",
                SchemaElement.ANALYZER,
                MODIFIED,
                "spare"),
            change(
                "DEFINE ACCESS admin ON DATABASE TYPE RECORD",
                SchemaElement.ACCESS,
                ADDED,
                "admin"),
            change("REMOVE ACCESS api ON DATABASE", SchemaElement.ACCESS, REMOVED, "api"),
            change(
                "DEFINE ACCESS OVERWRITE account ON DATABASE TYPE RECORD SIGNIN (SELECT * FROM user WHERE email = $email)"
                    + " DURATION FOR SESSION 2h",
                SchemaElement.ACCESS,
                MODIFIED,
                "account"),
            change("DEFINE SEQUENCE invoice_no", SchemaElement.SEQUENCE, ADDED, "invoice_no"),
            change("REMOVE SEQUENCE order_no", SchemaElement.SEQUENCE, REMOVED, "order_no"),
            change(
                "DEFINE SEQUENCE OVERWRITE order_no BATCH 50 START 1000",
                SchemaElement.SEQUENCE,
                MODIFIED,
                "order_no"))
        .filter(a -> !(SharedEngineLine.is2x() && a.get()[1] == SchemaElement.SEQUENCE));
  }

  private static Arguments change(String sql, SchemaElement element, ChangeType type, String name) {
    return Arguments.of(sql, element, type, name);
  }

  @ParameterizedTest(name = "{0} -> {2} {1} {3}")
  @MethodSource("changes")
  void every_change_shows_in_the_diff_and_changes_the_checksum(
      String sql, SchemaElement element, ChangeType type, String name) {
    try (SurqlDatabase changed = SurqlDatabase.create(SurqlEngines.shared(), "snap_change")) {
      List<String> statements = new ArrayList<>(RichSchema.statements());
      statements.add(sql);
      RichSchema.define(changed.client(), statements);

      SchemaSnapshot after = Snapshots.createSnapshot(changed.client(), "2", 2);
      SnapshotDiff diff = Snapshots.compareSnapshots(before, after);

      assertThat(after.checksum()).isNotEqualTo(before.checksum());
      assertThat(diff.checksumMatch()).isFalse();
      assertThat(diff.changes()).hasSize(1);
      SchemaChange change = diff.changes().get(0);
      assertThat(change.element()).isEqualTo(element);
      assertThat(change.type()).isEqualTo(type);
      assertThat(change.name()).isEqualTo(name);
      assertThat(change.before().isPresent()).isEqualTo(type != ADDED);
      assertThat(change.after().isPresent()).isEqualTo(type != REMOVED);
      assertThat(diff.render())
          .contains((type == ADDED ? "+ " : type == REMOVED ? "- " : "~ ") + name);

      SnapshotDiff back = Snapshots.compareSnapshots(after, before);
      assertThat(back.changes()).hasSize(1);
      assertThat(back.changes().get(0).type())
          .isEqualTo(type == ADDED ? REMOVED : type == REMOVED ? ADDED : MODIFIED);
      assertThat(back.changes().get(0).before()).isEqualTo(change.after());
    }
  }
}

package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.message;
import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.assertj.error.ShouldBeSchemaEqual.shouldBeSchemaEqual;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.Snapshots;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assertions on snapshots taken from the real engine, whose definitions are formatted by the
 * server.
 */
class SurqlAssertions_RealEngine_Test {

  private static SurqlDatabase database;
  private static SchemaSnapshot v0;
  private static SchemaSnapshot v1;
  private static SchemaSnapshot v2;

  @BeforeAll
  static void migrate() {
    database = SurqlDatabase.create(SurqlEngines.shared(), "aj_real");
    SurqlClient client = database.client();
    v0 = Snapshots.createSnapshot(client, "V0", 0);
    client.query(
        """
        DEFINE TABLE user SCHEMAFULL;
        DEFINE FIELD email ON user TYPE string ASSERT string::is_email($value);
        DEFINE FIELD created_at ON user TYPE datetime DEFAULT time::now() READONLY;
        DEFINE INDEX email_idx ON user FIELDS email UNIQUE;
        DEFINE EVENT on_create ON user WHEN $event = 'CREATE' THEN {};
        DEFINE TABLE post SCHEMALESS;
        DEFINE TABLE wrote TYPE RELATION IN user OUT post;
        DEFINE ANALYZER ascii TOKENIZERS blank FILTERS ascii;
        DEFINE INDEX title_search ON post FIELDS title FULLTEXT ANALYZER ascii BM25;
        DEFINE FUNCTION fn::greet($name: string) { RETURN 'Hello ' + $name; };
        DEFINE PARAM $max VALUE 100;
        """);
    v1 = Snapshots.createSnapshot(client, "V1", 1);
    client.query(
        """
        REMOVE FIELD created_at ON user;
        DEFINE FIELD bio ON user TYPE option<string>;
        DEFINE FIELD OVERWRITE email ON user TYPE string;
        REMOVE TABLE post;
        """);
    v2 = Snapshots.createSnapshot(client, "V2", 2);
  }

  @AfterAll
  static void drop() {
    if (database != null) {
      database.close();
    }
  }

  @Test
  void should_assert_on_the_structure_the_server_reports() {
    assertThat(v1)
        .hasTableCount(3)
        .hasTable("user")
        .hasEdge("wrote", "user", "post")
        .hasField("user", "email")
        .hasIndex("user", "email_idx")
        .hasEvent("user", "on_create")
        .hasFunction("fn::greet")
        .hasParam("$max")
        .hasAnalyzer("ascii")
        .table("user")
        .isSchemafull()
        .field("created_at")
        .hasType("datetime")
        .isReadonly()
        .hasDefault("time::now()")
        .returnToTable()
        .index("email_idx")
        .hasColumns("email")
        .isUnique()
        .returnToSnapshot()
        .table("post")
        .isSchemaless()
        .index("title_search")
        .isFullText();
    assertThat(v0).hasTableCount(0).doesNotHaveTable("user");
  }

  @Test
  void should_assert_on_the_diff_between_real_snapshots() {
    assertThat(Snapshots.compareSnapshots(v1, v2))
        .hasTablesRemoved("post")
        .hasFieldsAdded("user.bio")
        .hasFieldsRemoved("user.created_at")
        .hasFieldsModified("user.email")
        .hasNoChecksumMatch();
    assertThat(Snapshots.compareSnapshots(v1, v1)).isEmpty().hasChecksumMatch();
  }

  @Test
  void should_show_the_structural_diff_of_real_snapshots() {
    // WHEN
    AssertionError error = expectAssertionError(() -> assertThat(v2).isSchemaEqualTo(v1));
    // THEN
    assertThat(error)
        .hasMessage(
            message(
                shouldBeSchemaEqual(v2, v1, Snapshots.compareSnapshots(v1, v2)), "snapshot V2"));
    assertThat(error.getMessage())
        .contains(
            "- table post",
            "+ field user.bio",
            "- field user.created_at",
            "~ field user.email",
            "before: DEFINE FIELD email ON user TYPE string ASSERT");
  }
}

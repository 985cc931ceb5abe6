package dev.surql.core.snapshot;

import dev.surql.core.SharedEngineLine;
import dev.surql.core.client.SurqlClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A realistic schema for the snapshot tests: normal and relation tables, nested and array fields,
 * unique and full-text indexes with an analyzer, events, functions, params, accesses, a sequence
 * and a user. Statements come in groups that may be shuffled within themselves. On a 2.x engine
 * there is no sequence (3.x only) and the full-text index is written {@code SEARCH}.
 */
final class RichSchema {

  /** Definitions nothing else depends on. */
  static final List<String> DATABASE =
      List.of(
          "DEFINE ANALYZER english TOKENIZERS blank, class FILTERS lowercase, snowball(english)",
          "DEFINE ANALYZER spare TOKENIZERS blank FILTERS lowercase",
          "DEFINE FUNCTION fn::greet($name: string) -> string { RETURN \"Hello, \" + $name; }",
          "DEFINE FUNCTION fn::spare() { RETURN 1; }",
          "DEFINE PARAM $max_posts VALUE 100",
          "DEFINE PARAM $spare VALUE 'x'",
          "DEFINE ACCESS account ON DATABASE TYPE RECORD SIGNUP (CREATE user SET email = $email) "
              + "SIGNIN (SELECT * FROM user WHERE email = $email) DURATION FOR SESSION 1h",
          "DEFINE ACCESS api ON DATABASE TYPE JWT ALGORITHM HS256 KEY 'secret-key'",
          SharedEngineLine.is2x()
              ? "DEFINE PARAM $no_sequences_on_2x VALUE true"
              : "DEFINE SEQUENCE order_no BATCH 100 START 1000",
          "DEFINE USER reader ON DATABASE PASSWORD 'pw' ROLES VIEWER",
          "DEFINE TABLE user SCHEMAFULL",
          "DEFINE TABLE post SCHEMAFULL",
          "DEFINE TABLE likes TYPE RELATION IN user OUT post",
          "DEFINE TABLE log SCHEMALESS");

  /** Fields and events: need their tables. */
  static final List<String> TABLE_CONTENT =
      List.of(
          "DEFINE FIELD name ON user TYPE string ASSERT string::len($value) > 0",
          "DEFINE FIELD email ON user TYPE string ASSERT $value CONTAINS '@'",
          "DEFINE FIELD bio ON user TYPE option<string>",
          "DEFINE FIELD address ON user TYPE object",
          "DEFINE FIELD address.city ON user TYPE string",
          "DEFINE FIELD tags ON user TYPE array<string> DEFAULT []",
          "DEFINE FIELD created_at ON user TYPE datetime DEFAULT time::now() READONLY",
          "DEFINE FIELD title ON post TYPE string",
          "DEFINE FIELD body ON post TYPE string",
          "DEFINE FIELD author ON post TYPE record<user>",
          "DEFINE FIELD at ON likes TYPE datetime DEFAULT time::now()",
          "DEFINE EVENT user_created ON user WHEN $event = \"CREATE\" THEN (CREATE log SET msg = 'created; ' + <string>$after.id)",
          "DEFINE EVENT post_deleted ON post WHEN $event = 'DELETE' THEN (CREATE log SET msg = 'deleted')");

  /** Indexes: need the analyzer. */
  static final List<String> INDEXES =
      List.of(
          "DEFINE INDEX email_idx ON user FIELDS email UNIQUE",
          "DEFINE INDEX body_search ON post FIELDS body "
              + (SharedEngineLine.is2x() ? "SEARCH" : "FULLTEXT")
              + " ANALYZER english BM25",
          "DEFINE INDEX author_idx ON post FIELDS author");

  private RichSchema() {}

  /** Every statement in dependency order. */
  static List<String> statements() {
    List<String> all = new ArrayList<>(DATABASE);
    all.addAll(TABLE_CONTENT);
    all.addAll(INDEXES);
    return all;
  }

  /** Every statement, each group reversed and then shuffled with a fixed seed. */
  static List<String> shuffled(long seed) {
    Random random = new Random(seed);
    List<String> all = new ArrayList<>();
    for (List<String> group : List.of(DATABASE, TABLE_CONTENT, INDEXES)) {
      List<String> copy = new ArrayList<>(group);
      Collections.reverse(copy);
      Collections.shuffle(copy, random);
      all.addAll(copy);
    }
    return all;
  }

  static void define(SurqlClient client, List<String> statements) {
    client.query(String.join(";\n", statements) + ";");
  }
}

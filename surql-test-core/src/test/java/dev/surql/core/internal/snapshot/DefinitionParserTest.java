package dev.surql.core.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.IndexKind;
import dev.surql.core.snapshot.IndexSchema;
import dev.surql.core.snapshot.RelationSchema;
import dev.surql.core.snapshot.TableKind;
import dev.surql.core.snapshot.TableSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The definitions below are what SurrealDB 3.0.2 (and, where marked, 2.x) prints in INFO FOR DB /
 * TABLE.
 */
class DefinitionParserTest {

  @Test
  void reads_a_normal_schemafull_table() {
    TableSchema table =
        DefinitionParser.table(
            "user",
            "DEFINE TABLE user TYPE NORMAL SCHEMAFULL PERMISSIONS NONE",
            Map.of(),
            Map.of(),
            Map.of());

    assertThat(table.kind()).isEqualTo(TableKind.NORMAL);
    assertThat(table.schemafull()).isTrue();
    assertThat(table.relation()).isEmpty();
    assertThat(table.isRelation()).isFalse();
  }

  @Test
  void reads_an_implicit_table_and_a_view_as_any_schemaless() {
    TableSchema any =
        DefinitionParser.table(
            "anyt",
            "DEFINE TABLE anyt TYPE ANY SCHEMALESS PERMISSIONS NONE",
            Map.of(),
            Map.of(),
            Map.of());
    TableSchema view =
        DefinitionParser.table(
            "view1",
            "DEFINE TABLE view1 TYPE ANY SCHEMALESS AS SELECT count() AS n FROM user WHERE type = 'x' GROUP ALL "
                + "PERMISSIONS NONE",
            Map.of(),
            Map.of(),
            Map.of());

    assertThat(any.kind()).isEqualTo(TableKind.ANY);
    assertThat(any.schemafull()).isFalse();
    assertThat(view.kind()).isEqualTo(TableKind.ANY);
    assertThat(view.schemafull()).isFalse();
  }

  @Test
  void reads_the_in_and_out_tables_of_an_enforced_relation() {
    TableSchema likes =
        DefinitionParser.table(
            "likes",
            "DEFINE TABLE likes TYPE RELATION IN user | post OUT post ENFORCED SCHEMALESS PERMISSIONS NONE",
            Map.of("in", "DEFINE FIELD in ON likes TYPE record<user | post> PERMISSIONS FULL"),
            Map.of(),
            Map.of());

    assertThat(likes.kind()).isEqualTo(TableKind.RELATION);
    assertThat(likes.relation())
        .contains(new RelationSchema(List.of("user", "post"), List.of("post"), true));
    assertThat(likes.field("in").flatMap(FieldSchema::type)).contains("record<user | post>");
  }

  @Test
  void reads_an_unrestricted_relation_and_escaped_names() {
    TableSchema follows =
        DefinitionParser.table(
            "follows",
            "DEFINE TABLE follows TYPE RELATION SCHEMAFULL PERMISSIONS NONE",
            Map.of(),
            Map.of(),
            Map.of());
    TableSchema weird =
        DefinitionParser.table(
            "weird",
            "DEFINE TABLE weird TYPE RELATION FROM `my-table` TO ⟨other table⟩ SCHEMALESS",
            Map.of(),
            Map.of(),
            Map.of());

    assertThat(follows.relation()).contains(new RelationSchema(List.of(), List.of(), false));
    assertThat(follows.schemafull()).isTrue();
    assertThat(weird.relation())
        .contains(new RelationSchema(List.of("my-table"), List.of("other table"), false));
  }

  @Test
  void reads_every_clause_of_a_field() {
    FieldSchema field =
        DefinitionParser.field(
            "a",
            "DEFINE FIELD a ON t TYPE string DEFAULT 'x' READONLY "
                + "VALUE $value ASSERT $value != '' COMMENT 'c' PERMISSIONS FOR select WHERE true, FOR create, update FULL");

    assertThat(field.type()).contains("string");
    assertThat(field.defaultValue()).contains("'x'");
    assertThat(field.readonly()).isTrue();
    assertThat(field.value()).contains("$value");
    assertThat(field.assertion()).contains("$value != ''");
    assertThat(field.defaultAlways()).isFalse();
  }

  @Test
  void keeps_strings_and_keywords_inside_expressions_in_their_clause() {
    FieldSchema field =
        DefinitionParser.field(
            "name",
            "DEFINE FIELD name ON user TYPE string "
                + "ASSERT string::len($value) > 0 AND $value != \"x' TYPE VALUE\" AND $this.value != type::string(1) "
                + "PERMISSIONS FULL");

    assertThat(field.type()).contains("string");
    assertThat(field.assertion())
        .contains(
            "string::len($value) > 0 AND $value != \"x' TYPE VALUE\" AND $this.value != type::string(1)");
    assertThat(field.value()).isEmpty();
    assertThat(field.readonly()).isFalse();
  }

  @Test
  void reads_option_types_default_always_and_nested_paths() {
    FieldSchema bio =
        DefinitionParser.field(
            "bio", "DEFINE FIELD bio ON user TYPE none | string PERMISSIONS FULL");
    FieldSchema updated =
        DefinitionParser.field(
            "updated",
            "DEFINE FIELD updated ON user TYPE datetime DEFAULT ALWAYS time::now() PERMISSIONS FULL");
    FieldSchema city =
        DefinitionParser.field(
            "address.city", "DEFINE FIELD address.city ON TABLE user TYPE string PERMISSIONS FULL");
    FieldSchema tag =
        DefinitionParser.field(
            "tags[*]", "DEFINE FIELD tags[*] ON user TYPE string PERMISSIONS FULL");
    FieldSchema on =
        DefinitionParser.field("on", "DEFINE FIELD on ON user TYPE { on: int } PERMISSIONS FULL");

    assertThat(bio.type()).contains("none | string");
    assertThat(updated.defaultValue()).contains("time::now()");
    assertThat(updated.defaultAlways()).isTrue();
    assertThat(city.type()).contains("string");
    assertThat(tag.type()).contains("string");
    assertThat(on.type()).contains("{ on: int }");
  }

  @Test
  void a_field_without_type_has_only_its_value() {
    FieldSchema slug =
        DefinitionParser.field(
            "slug",
            "DEFINE FIELD slug ON user VALUE string::lowercase($this.name) PERMISSIONS FULL");

    assertThat(slug.type()).isEmpty();
    assertThat(slug.value()).contains("string::lowercase($this.name)");
    assertThat(slug.defaultValue()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      DEFINE INDEX email_idx ON user FIELDS email UNIQUE                                   | UNIQUE   | email
      DEFINE INDEX name_city ON user FIELDS name, address.city                             | STANDARD | name;address.city
      DEFINE INDEX name_city ON user COLUMNS name, address.city                            | STANDARD | name;address.city
      DEFINE INDEX bio_ft ON user FIELDS bio FULLTEXT ANALYZER simple BM25(1.2,0.75) HIGHLIGHTS | FULLTEXT | bio
      DEFINE INDEX bio_ft ON user FIELDS bio SEARCH ANALYZER simple BM25(1.2,0.75) DOC_IDS_ORDER 100 | FULLTEXT | bio
      DEFINE INDEX emb ON user FIELDS emb HNSW DIMENSION 4 DIST COSINE TYPE F32 EFC 150 M 12 M0 24 LM 0.40242960438184466f | VECTOR | emb
      DEFINE INDEX emb ON user FIELDS emb MTREE DIMENSION 4 DIST EUCLIDEAN TYPE F64 CAPACITY 40   | VECTOR   | emb
      DEFINE INDEX cnt ON user COUNT                                                       | COUNT    |
      DEFINE INDEX tag_idx ON TABLE user FIELDS tags[*], `weird, name` COMMENT 'unique'     | STANDARD | tags[*];`weird, name`
      """)
  void reads_index_columns_and_kind(String definition, IndexKind kind, String columns) {
    IndexSchema index = DefinitionParser.index("i", definition);

    assertThat(index.kind()).isEqualTo(kind);
    assertThat(index.columns())
        .isEqualTo(columns == null ? List.of() : List.of(columns.split(";")));
    assertThat(index.definition()).isEqualTo(definition);
  }

  @Test
  void redacts_every_key_of_an_access() {
    String v2 =
        "DEFINE ACCESS acc ON DATABASE TYPE RECORD WITH JWT ALGORITHM HS512 KEY 'a1b2\\'c3' "
            + "WITH ISSUER KEY \"zz\" DURATION FOR TOKEN 1h, FOR SESSION NONE";

    assertThat(DefinitionParser.redactAccess(v2))
        .isEqualTo(
            "DEFINE ACCESS acc ON DATABASE TYPE RECORD WITH JWT "
                + "ALGORITHM HS512 KEY '[REDACTED]' WITH ISSUER KEY '[REDACTED]' DURATION FOR TOKEN 1h, FOR SESSION NONE");
    assertThat(
            DefinitionParser.redactAccess(
                "DEFINE ACCESS a ON DATABASE TYPE JWT URL 'https://x/jwks'"))
        .isEqualTo("DEFINE ACCESS a ON DATABASE TYPE JWT URL 'https://x/jwks'");
  }

  @Test
  void redacts_keys_even_when_the_lexer_cannot_read_the_definition() {
    assertThat(
            DefinitionParser.redactAccess(
                "DEFINE ACCESS a ON DATABASE TYPE JWT KEY 'secret' SIGNIN (("))
        .isEqualTo("DEFINE ACCESS a ON DATABASE TYPE JWT KEY '[REDACTED]' SIGNIN ((");
  }

  @Test
  void keeps_the_text_of_a_definition_it_cannot_lex() {
    FieldSchema field =
        DefinitionParser.field("x", "DEFINE FIELD x ON t TYPE string ASSERT 'unterminated");
    IndexSchema index = DefinitionParser.index("i", "DEFINE INDEX i ON t FIELDS (a");

    assertThat(field)
        .isEqualTo(
            FieldSchema.builder()
                .name("x")
                .definition("DEFINE FIELD x ON t TYPE string ASSERT 'unterminated")
                .build());
    assertThat(index.kind()).isEqualTo(IndexKind.STANDARD);
    assertThat(index.columns()).isEmpty();
  }
}

package dev.surql.core.internal.analysis;

import static dev.surql.core.rollback.RollbackSafety.DATA_LOSS;
import static dev.surql.core.rollback.RollbackSafety.SAFE;
import static dev.surql.core.rollback.RollbackSafety.UNSAFE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.surql.core.internal.sql.StatementSplitter;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.TableKind;
import dev.surql.core.snapshot.TableSchema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementAnalyzerTest {

  private static final StatementAnalyzer STATIC = StatementAnalyzer.withoutSchema();

  private static StatementRisk analyze(String sql) {
    return analyze(STATIC, sql);
  }

  private static StatementRisk analyze(StatementAnalyzer analyzer, String sql) {
    return analyzer.analyze(StatementSplitter.split(sql, "down.surql").get(0));
  }

  /** The reference's safety matrix: the down that undoes each kind of up, and its level. */
  static Stream<Arguments> safetyMatrix() {
    return Stream.of(
        arguments("add table -> down removes it", "REMOVE TABLE user", UNSAFE),
        arguments("remove table -> down re-adds it", "DEFINE TABLE user SCHEMAFULL", SAFE),
        arguments("add field -> down removes it", "REMOVE FIELD bio ON TABLE user", DATA_LOSS),
        arguments(
            "remove field -> down re-adds it", "DEFINE FIELD bio ON TABLE user TYPE string", SAFE),
        arguments("add index -> down removes it", "REMOVE INDEX email_idx ON TABLE user", SAFE),
        arguments(
            "remove index -> down re-adds it",
            "DEFINE INDEX email_idx ON TABLE user COLUMNS email",
            SAFE),
        arguments(
            "modify field type -> down changes it back",
            "DEFINE FIELD OVERWRITE age ON TABLE user TYPE string",
            DATA_LOSS),
        arguments("add event -> down removes it", "REMOVE EVENT audit ON user", SAFE),
        arguments("add function -> down removes it", "REMOVE FUNCTION fn::greet", SAFE),
        arguments("add param -> down removes it", "REMOVE PARAM $limit", SAFE),
        arguments("add analyzer -> down removes it", "REMOVE ANALYZER en", SAFE),
        arguments(
            "add unique index -> down re-adds a unique one",
            "DEFINE INDEX email ON user FIELDS email UNIQUE",
            DATA_LOSS),
        arguments("data backfill -> down unsets it", "UPDATE user UNSET nickname", DATA_LOSS),
        arguments("seed rows -> down deletes some", "DELETE user WHERE age < 18", DATA_LOSS),
        arguments("seed table -> down deletes all", "DELETE user", UNSAFE),
        arguments("add database -> down removes it", "REMOVE DATABASE shop", UNSAFE),
        arguments("add namespace -> down removes it", "REMOVE NAMESPACE acme", UNSAFE),
        arguments("add access -> down removes it", "REMOVE ACCESS account ON DATABASE", DATA_LOSS),
        arguments("add user -> down removes it", "REMOVE USER bob ON DATABASE", DATA_LOSS),
        arguments("add sequence -> down removes it", "REMOVE SEQUENCE order_no", DATA_LOSS),
        arguments("rebuild", "REBUILD INDEX email ON user", SAFE),
        arguments("seed -> create", "CREATE user:1 SET name = 'a'", SAFE),
        arguments("insert", "INSERT INTO user [{id: 1}]", SAFE),
        arguments(
            "insert that updates",
            "INSERT INTO user {id: 1} ON DUPLICATE KEY UPDATE n += 1",
            DATA_LOSS),
        arguments("relate", "RELATE user:1->likes->post:2", SAFE),
        arguments("select", "SELECT * FROM user", SAFE),
        arguments("let", "LET $x = 1", SAFE),
        arguments("alter comment only", "ALTER TABLE user COMMENT 'legacy'", SAFE),
        arguments("alter schema mode", "ALTER TABLE user SCHEMAFULL", DATA_LOSS));
  }

  @ParameterizedTest(name = "{0}: {1} is {2}")
  @MethodSource("safetyMatrix")
  void classifiesTheSafetyMatrix(String name, String sql, RollbackSafety expected) {
    assertThat(analyze(sql).safety()).as(sql).isEqualTo(expected);
  }

  @Test
  void removeTableIfExistsNamesTheTableNotIf() {
    StatementRisk risk = analyze("REMOVE TABLE IF EXISTS x");
    assertThat(risk.kind()).isEqualTo(StatementKind.REMOVE_TABLE);
    assertThat(risk.tables()).containsExactly("x");
    assertThat(risk.safety()).isEqualTo(UNSAFE);
    assertThat(risk.description()).isEqualTo("Removes table x and every record in it");
  }

  @Test
  void removeTableAndExpungeIsUnsafe() {
    assertThat(analyze("REMOVE TABLE user AND EXPUNGE"))
        .extracting(StatementRisk::tables, StatementRisk::safety)
        .containsExactly(List.of("user"), UNSAFE);
  }

  @Test
  void deleteWithoutWhereDeletesAllRecords() {
    StatementRisk risk = analyze("DELETE user");
    assertThat(risk.kind()).isEqualTo(StatementKind.DELETE_ALL);
    assertThat(risk.safety()).isEqualTo(UNSAFE);
    assertThat(risk.description()).isEqualTo("Deletes all records of table user");
    assertThat(analyze("delete from ONLY user RETURN NONE").safety()).isEqualTo(UNSAFE);
  }

  @Test
  void deleteWithWhereOrRecordIdLosesSomeData() {
    StatementRisk where = analyze("DELETE user WHERE age < 18 RETURN BEFORE");
    assertThat(where.kind()).isEqualTo(StatementKind.DELETE_SOME);
    assertThat(where.safety()).isEqualTo(DATA_LOSS);
    assertThat(where.condition()).contains("age < 18");
    StatementRisk record = analyze("DELETE user:⟨a b⟩");
    assertThat(record.safety()).isEqualTo(DATA_LOSS);
    assertThat(record.tables()).containsExactly("user");
    assertThat(record.name()).contains("user:⟨a b⟩");
  }

  @Test
  void keywordsInsideStringsAreNotStatements() {
    StatementRisk risk = analyze("CREATE log SET msg = \"REMOVE TABLE user\"");
    assertThat(risk.kind()).isEqualTo(StatementKind.WRITE);
    assertThat(risk.safety()).isEqualTo(SAFE);
  }

  @Test
  void caseWhitespaceCommentsAndEscapedIdentifiersDoNotMatter() {
    StatementRisk risk = analyze("  remove /* old */ table\n\t-- really\n  `my table`  ");
    assertThat(risk.tables()).containsExactly("my table");
    assertThat(risk.safety()).isEqualTo(UNSAFE);
    StatementRisk field = analyze("Remove Field IF EXISTS ⟨first name⟩ ON TABLE ⟨user⟩");
    assertThat(field.tables()).containsExactly("user");
    assertThat(field.fields()).containsExactly("first name");
    assertThat(field.safety()).isEqualTo(DATA_LOSS);
    assertThat(analyze("REMOVE FIELD address.city ON user").fields())
        .containsExactly("address.city");
  }

  @Test
  void unknownStatementsAreNeverSafe() {
    StatementRisk risk = analyze("FROBNICATE user");
    assertThat(risk.kind()).isEqualTo(StatementKind.UNKNOWN);
    assertThat(risk.understood()).isFalse();
    assertThat(risk.safety()).isEqualTo(DATA_LOSS);
    assertThat(risk.description())
        .startsWith("Could not analyse the statement: unknown statement FROBNICATE");
    assertThat(analyze("USE DB other").safety()).isEqualTo(DATA_LOSS);
    assertThat(analyze("REMOVE MODEL ml::m<1.0.0>").understood()).isFalse();
    assertThat(analyze("DELETE type::table('user')").safety()).isEqualTo(DATA_LOSS);
  }

  @Test
  void blocksAreAnalysedThroughTheirStatements() {
    StatementRisk removing = analyze("IF $cleanup { REMOVE TABLE user; CREATE log SET a = 1; }");
    assertThat(removing.kind()).isEqualTo(StatementKind.BLOCK);
    assertThat(removing.safety()).isEqualTo(UNSAFE);
    assertThat(removing.understood()).isFalse();
    assertThat(removing.description())
        .startsWith("Could not analyse the IF block fully: Removes table user");
    assertThat(analyze("FOR $u IN (SELECT * FROM user) { DELETE user WHERE id = $u.id; }").safety())
        .isEqualTo(DATA_LOSS);
    assertThat(analyze("IF true THEN (DELETE user) END").safety()).isEqualTo(UNSAFE);
    assertThat(analyze("FOR $i IN [1, 2] { CREATE counter SET n = $i; }").safety()).isEqualTo(SAFE);
  }

  @Test
  void subqueriesAndCustomFunctionsAreNotSafe() {
    StatementRisk let = analyze("LET $gone = DELETE user:3");
    assertThat(let.safety()).isEqualTo(DATA_LOSS);
    assertThat(let.understood()).isFalse();
    assertThat(analyze("RETURN (DELETE user)").safety()).isEqualTo(UNSAFE);
    StatementRisk function = analyze("RETURN fn::cleanup('user')");
    assertThat(function.safety()).isEqualTo(DATA_LOSS);
    assertThat(function.description())
        .contains("calls custom function fn::cleanup, whose effects are not analysed");
    assertThat(
            analyze(
                    "DEFINE EVENT purge ON user WHEN $event = 'DELETE' THEN { DELETE post WHERE author = $before.id }")
                .safety())
        .isEqualTo(SAFE);
  }

  @Test
  void noSchemaMakesOverwritesConservative() {
    assertThat(analyze("DEFINE FIELD OVERWRITE bio ON user TYPE string").safety())
        .isEqualTo(DATA_LOSS);
    assertThat(analyze("DEFINE FIELD IF NOT EXISTS bio ON user TYPE string").safety())
        .isEqualTo(SAFE);
    assertThat(
            analyze("DEFINE TABLE OVERWRITE stats AS SELECT count() FROM user GROUP ALL").safety())
        .isEqualTo(DATA_LOSS);
  }

  private static DatabaseSchema schema() {
    FieldSchema age =
        FieldSchema.builder()
            .name("age")
            .type("int")
            .assertion("$value >= 0")
            .definition("DEFINE FIELD age ON user TYPE int ASSERT $value >= 0")
            .build();
    FieldSchema bio =
        FieldSchema.builder()
            .name("bio")
            .type("none | string")
            .definition("DEFINE FIELD bio ON user TYPE none | string")
            .build();
    TableSchema user =
        TableSchema.builder()
            .name("user")
            .kind(TableKind.NORMAL)
            .definition("DEFINE TABLE user TYPE NORMAL SCHEMALESS")
            .fields(new TreeMap<>(Map.of("age", age, "bio", bio)))
            .build();
    TableSchema stats =
        TableSchema.builder()
            .name("stats")
            .kind(TableKind.NORMAL)
            .definition(
                "DEFINE TABLE stats TYPE NORMAL SCHEMALESS AS SELECT count() FROM user GROUP ALL")
            .build();
    DatabaseSchema empty = DatabaseSchema.empty();
    return DatabaseSchema.builder()
        .tables(new TreeMap<>(Map.of("user", user, "stats", stats)))
        .functions(empty.functions())
        .params(empty.params())
        .analyzers(empty.analyzers())
        .accesses(empty.accesses())
        .sequences(empty.sequences())
        .build();
  }

  @Test
  void fieldRedefinitionsAreComparedWithTheCurrentSchema() {
    StatementAnalyzer analyzer = StatementAnalyzer.withSchema(schema());
    StatementRisk changed =
        analyze(
            analyzer, "DEFINE FIELD OVERWRITE age ON TABLE user TYPE string ASSERT $value >= 0");
    assertThat(changed.safety()).isEqualTo(DATA_LOSS);
    assertThat(changed.description()).contains("changes its type from int to string");
    assertThat(
            analyze(analyzer, "DEFINE FIELD OVERWRITE age ON user TYPE int ASSERT $value>=0")
                .safety())
        .isEqualTo(SAFE);
    assertThat(analyze(analyzer, "DEFINE FIELD OVERWRITE bio ON user TYPE option<string>").safety())
        .isEqualTo(SAFE);
    assertThat(
            analyze(analyzer, "DEFINE FIELD OVERWRITE bio ON user TYPE string | none | int")
                .safety())
        .as("a widened type")
        .isEqualTo(SAFE);
    StatementRisk assertion =
        analyze(
            analyzer,
            "DEFINE FIELD OVERWRITE bio ON user TYPE option<string> "
                + "ASSERT string::len($value) < 100");
    assertThat(assertion.safety()).isEqualTo(DATA_LOSS);
    assertThat(assertion.description()).contains("adds ASSERT string::len($value) < 100");
    assertThat(
            analyze(analyzer, "DEFINE FIELD OVERWRITE age ON user TYPE int ASSERT $value > 0")
                .description())
        .contains("changes its ASSERT from $value >= 0 to $value > 0");
    assertThat(analyze(analyzer, "DEFINE FIELD OVERWRITE nick ON user TYPE string").safety())
        .as("a new field")
        .isEqualTo(SAFE);
  }

  /**
   * Found on a real history (conformance/plexus 0003): a down that redefines an object field
   * without the FLEXIBLE its up added. SurrealDB 2.x then drops the undeclared keys of each object
   * on the record's next write, and 3.x refuses that write, so the down loses data although the
   * type stays.
   */
  @Test
  void aRedefinitionThatDropsFlexibleLosesTheUndeclaredKeys() {
    DatabaseSchema flexible =
        schemaWithField(
            FieldSchema.builder()
                .name("attributes")
                .type("object")
                .defaultValue("{}")
                .definition(
                    "DEFINE FIELD attributes ON entities TYPE object FLEXIBLE DEFAULT {} PERMISSIONS FULL")
                .build());
    StatementAnalyzer analyzer = StatementAnalyzer.withSchema(flexible);

    StatementRisk dropped =
        analyze(analyzer, "DEFINE FIELD OVERWRITE attributes ON entities TYPE object DEFAULT {}");
    assertThat(dropped.safety()).isEqualTo(DATA_LOSS);
    assertThat(dropped.description()).contains("drops FLEXIBLE");
    assertThat(
            analyze(
                    analyzer,
                    "DEFINE FIELD OVERWRITE attributes ON entities TYPE object FLEXIBLE DEFAULT {}")
                .safety())
        .as("FLEXIBLE kept")
        .isEqualTo(SAFE);
    assertThat(
            analyze(
                    analyzer,
                    "DEFINE FIELD OVERWRITE attributes ON entities FLEXIBLE TYPE object DEFAULT {}")
                .safety())
        .as("FLEXIBLE kept, 2.x order")
        .isEqualTo(SAFE);

    DatabaseSchema strict =
        schemaWithField(
            FieldSchema.builder()
                .name("attributes")
                .type("object")
                .definition(
                    "DEFINE FIELD attributes ON entities TYPE object DEFAULT { note: 'FLEXIBLE' } PERMISSIONS FULL")
                .build());
    assertThat(
            analyze(
                    StatementAnalyzer.withSchema(strict),
                    "DEFINE FIELD OVERWRITE attributes ON entities FLEXIBLE TYPE object")
                .safety())
        .as("adding FLEXIBLE (the word inside the old DEFAULT is no clause)")
        .isEqualTo(SAFE);

    List<StatementRisk> sequence =
        analyzer.analyzeSource(
            "DEFINE FIELD OVERWRITE attributes ON entities TYPE object;"
                + "DEFINE FIELD OVERWRITE attributes ON entities FLEXIBLE TYPE object;"
                + "DEFINE FIELD OVERWRITE attributes ON entities TYPE object;",
            "down.surql");
    assertThat(sequence)
        .extracting(StatementRisk::safety)
        .as("each compared with the one before it")
        .containsExactly(DATA_LOSS, SAFE, DATA_LOSS);
  }

  private static DatabaseSchema schemaWithField(FieldSchema field) {
    TableSchema entities =
        TableSchema.builder()
            .name("entities")
            .kind(TableKind.NORMAL)
            .schemafull(true)
            .definition("DEFINE TABLE entities TYPE NORMAL SCHEMAFULL")
            .fields(new TreeMap<>(Map.of(field.name(), field)))
            .build();
    DatabaseSchema empty = DatabaseSchema.empty();
    return DatabaseSchema.builder()
        .tables(new TreeMap<>(Map.of("entities", entities)))
        .functions(empty.functions())
        .params(empty.params())
        .analyzers(empty.analyzers())
        .accesses(empty.accesses())
        .sequences(empty.sequences())
        .build();
  }

  @Test
  void viewsReplacingTablesAreUnsafe() {
    StatementAnalyzer analyzer = StatementAnalyzer.withSchema(schema());
    assertThat(analyze(analyzer, "DEFINE TABLE OVERWRITE user AS SELECT * FROM person").safety())
        .isEqualTo(UNSAFE);
    StatementRisk recomputed =
        analyze(analyzer, "DEFINE TABLE OVERWRITE stats AS SELECT count() FROM user GROUP BY age");
    assertThat(recomputed.kind()).isEqualTo(StatementKind.DEFINE_VIEW);
    assertThat(recomputed.safety()).isEqualTo(SAFE);
    assertThat(analyze(analyzer, "DEFINE TABLE OVERWRITE user SCHEMAFULL").safety())
        .isEqualTo(DATA_LOSS);
  }

  @Test
  void statementsAreComparedWithTheSchemaTheStatementsBeforeThemLeave() {
    List<StatementRisk> risks =
        StatementAnalyzer.withSchema(schema())
            .analyzeSource(
                "REMOVE FIELD age ON user; DEFINE FIELD OVERWRITE age ON user TYPE string;",
                "down.surql");
    assertThat(risks).extracting(StatementRisk::safety).containsExactly(DATA_LOSS, SAFE);
    assertThat(risks.get(1).description()).contains("(new)");
  }

  @Test
  void updateReportsTheFieldsItUnsets() {
    StatementRisk risk = analyze("UPDATE user UNSET nickname, address.city WHERE active = false");
    assertThat(risk.fields()).containsExactly("nickname", "address.city");
    assertThat(risk.condition()).contains("active = false");
    assertThat(risk.description())
        .startsWith("Unsets nickname, address.city of the records of table user");
  }
}

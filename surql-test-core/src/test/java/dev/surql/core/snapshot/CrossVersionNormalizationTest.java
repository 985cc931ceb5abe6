package dev.surql.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.internal.snapshot.DefinitionParser;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The representation-only differences between SurrealDB 2.6.0 and 3.0.2 vanish after normalising;
 * the definitions are the ones each server printed for the same statements.
 */
class CrossVersionNormalizationTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
      option type     ; DEFINE FIELD bio ON person TYPE option<string> PERMISSIONS FULL ; DEFINE FIELD bio ON person TYPE none | string PERMISSIONS FULL
      nested option   ; DEFINE FIELD z ON a TYPE option<array<record<a>>> PERMISSIONS FULL ; DEFINE FIELD z ON a TYPE none | array<record<a>> PERMISSIONS FULL
      element field   ; DEFINE FIELD items[*].product ON purchase TYPE record<product> PERMISSIONS FULL ; DEFINE FIELD items.*.product ON purchase TYPE record<product> PERMISSIONS FULL
      flexible        ; DEFINE FIELD o ON a FLEXIBLE TYPE object PERMISSIONS FULL ; DEFINE FIELD o ON a TYPE object FLEXIBLE PERMISSIONS FULL
      flexible option ; DEFINE FIELD o ON a FLEXIBLE TYPE option<object> DEFAULT {} PERMISSIONS FULL ; DEFINE FIELD o ON a TYPE none | object FLEXIBLE DEFAULT {} PERMISSIONS FULL
      default always  ; DEFINE FIELD x ON a TYPE option<string> DEFAULT ALWAYS 'q' PERMISSIONS FULL ; DEFINE FIELD x ON a TYPE none | string DEFAULT ALWAYS 'q' PERMISSIONS FULL
      """)
  void fieldDefinitionsOfBothVersionsAgree(String what, String onTwoSix, String onThreeZero) {
    assertThat(CrossVersionNormalization.fieldDefinition(onTwoSix)).isEqualTo(onThreeZero);
    assertThat(CrossVersionNormalization.fieldDefinition(onThreeZero)).isEqualTo(onThreeZero);
  }

  @Test
  void blocksOfFunctionsAndEventsAgree() {
    String twoSix =
        "DEFINE FUNCTION fn::line_total($price: decimal, $quantity: int) -> decimal {\n"
            + "IF $quantity < 0 { THROW 'quantity must not be negative; got ' + <string> $quantity; };\n"
            + "RETURN $price * $quantity;\n} PERMISSIONS FULL";
    String threeZero =
        "DEFINE FUNCTION fn::line_total($price: decimal, $quantity: int) -> decimal { IF $quantity < 0"
            + " { THROW 'quantity must not be negative; got ' + <string> $quantity }; RETURN $price * $quantity; }"
            + " PERMISSIONS FULL";
    assertThat(CrossVersionNormalization.definition(twoSix))
        .isEqualTo(CrossVersionNormalization.definition(threeZero));
    assertThat(
            CrossVersionNormalization.definition(
                "DEFINE FUNCTION fn::f($a: int) { RETURN $a + 1; } PERMISSIONS FULL"))
        .isEqualTo("DEFINE FUNCTION fn::f($a: int) { RETURN $a + 1 } PERMISSIONS FULL");
    assertThat(
            CrossVersionNormalization.definition(
                "DEFINE EVENT e ON p WHEN $event = 'CREATE' THEN { CREATE log SET"
                    + " action = string::concat('purchase;  ', $event); }"))
        .isEqualTo(
            "DEFINE EVENT e ON p WHEN $event = 'CREATE' THEN { CREATE log SET action ="
                + " string::concat('purchase;  ', $event) }");
  }

  @Test
  void analyzerListsAgree() {
    assertThat(
            CrossVersionNormalization.analyzer(
                "DEFINE ANALYZER an TOKENIZERS BLANK,CLASS FILTERS LOWERCASE,ASCII,SNOWBALL(ENGLISH)"))
        .isEqualTo(
            CrossVersionNormalization.analyzer(
                "DEFINE ANALYZER an TOKENIZERS BLANK,CLASS FILTERS LOWERCASE, ASCII, SNOWBALL(ENGLISH)"));
  }

  @Test
  void realDifferencesStay() {
    assertThat(
            CrossVersionNormalization.fieldDefinition(
                "DEFINE FIELD bio ON p TYPE option<string> PERMISSIONS FULL"))
        .isNotEqualTo(
            CrossVersionNormalization.fieldDefinition(
                "DEFINE FIELD bio ON p TYPE string PERMISSIONS FULL"));
    assertThat(
            CrossVersionNormalization.definition("DEFINE PARAM $p VALUE 'a  b;}' PERMISSIONS FULL"))
        .isEqualTo("DEFINE PARAM $p VALUE 'a  b;}' PERMISSIONS FULL");
  }

  @Test
  void releaseLines() {
    assertThat(CrossVersionNormalization.releaseLine("surrealdb-2.6.0")).isEqualTo("2.6");
    assertThat(CrossVersionNormalization.releaseLine("surrealdb-3.0.2")).isEqualTo("3.0");
    assertThat(CrossVersionNormalization.releaseLine("3.0")).isEqualTo("3.0");
    assertThat(
            CrossVersionNormalization.differentReleaseLines("surrealdb-3.0.2", "surrealdb-3.0.5"))
        .isFalse();
    assertThat(
            CrossVersionNormalization.differentReleaseLines("surrealdb-2.6.0", "surrealdb-3.0.2"))
        .isTrue();
  }

  @Test
  void compareSnapshotsOfDifferentReleaseLinesNormalisesAndSaysSo() {
    SchemaSnapshot twoSix =
        snapshot(
            "surrealdb-2.6.0",
            Map.of(
                "tags", "DEFINE FIELD tags ON person TYPE array<string> PERMISSIONS FULL",
                "tags[*]", "DEFINE FIELD tags[*] ON person TYPE string PERMISSIONS FULL",
                "bio", "DEFINE FIELD bio ON person TYPE option<string> PERMISSIONS FULL"));
    SchemaSnapshot threeZero =
        snapshot(
            "surrealdb-3.0.2",
            Map.of(
                "tags", "DEFINE FIELD tags ON person TYPE array<string> PERMISSIONS FULL",
                "tags.*", "DEFINE FIELD tags.* ON person TYPE string PERMISSIONS FULL",
                "bio", "DEFINE FIELD bio ON person TYPE none | string PERMISSIONS FULL",
                "age", "DEFINE FIELD age ON person TYPE int PERMISSIONS FULL"));

    SnapshotDiff diff = Snapshots.compareSnapshots(twoSix, threeZero);

    assertThat(diff.fieldsAdded()).containsExactly("person.age");
    assertThat(diff.changes()).hasSize(1);
    assertThat(diff.checksumMatch()).isFalse();
    assertThat(diff.warning())
        .hasValueSatisfying(
            w ->
                assertThat(w)
                    .contains(
                        "different SurrealDB release lines (surrealdb-2.6.0 and surrealdb-3.0.2)")
                    .contains("normalised")
                    .contains("checksums are not comparable"));
    // the snapshots themselves keep their own representation and checksum
    assertThat(twoSix.schema().table("person").orElseThrow().fields()).containsKey("tags[*]");
    assertThat(twoSix.checksumValid()).isTrue();
  }

  @Test
  void compareSnapshotsOfOneReleaseLineDoesNotNormalise() {
    SchemaSnapshot a =
        snapshot(
            "surrealdb-3.0.2", Map.of("bio", "DEFINE FIELD bio ON person TYPE option<string>"));
    SchemaSnapshot b =
        snapshot("surrealdb-3.0.2", Map.of("bio", "DEFINE FIELD bio ON person TYPE none | string"));

    assertThat(Snapshots.compareSnapshots(a, b).fieldsModified()).containsExactly("person.bio");
    assertThat(Snapshots.compareSnapshots(a, b).warning()).isEmpty();
  }

  private static SchemaSnapshot snapshot(String server, Map<String, String> fields) {
    TreeMap<String, TableSchema> tables = new TreeMap<>();
    tables.put(
        "person",
        DefinitionParser.table(
            "person",
            "DEFINE TABLE person TYPE NORMAL SCHEMAFULL PERMISSIONS NONE",
            fields,
            Map.of(),
            Map.of()));
    DatabaseSchema schema = DatabaseSchema.builder().tables(tables).build();
    return SchemaSnapshot.of("1", Instant.EPOCH, server, 1, schema);
  }
}

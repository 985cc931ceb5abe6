package dev.surql.core.internal.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.snapshot.DatabaseSchema;
import dev.surql.core.snapshot.FieldSchema;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.TableSchema;
import dev.surql.core.snapshot.TestSnapshots;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SchemaChecksumTest {

  @Test
  void the_empty_schema_has_the_documented_canonical_form_and_checksum() {
    assertThat(SchemaChecksum.canonicalJson(DatabaseSchema.empty()))
        .isEqualTo(
            "{\"accesses\":{},\"analyzers\":{},\"functions\":{},\"params\":{},\"sequences\":{},\"tables\":{}}");
    // sha256 of the string above, computed independently
    assertThat(SchemaChecksum.of(DatabaseSchema.empty()))
        .isEqualTo("d6502dfe08db59d644a96615edf48ad8bcde3c542b4d77ef11d9d7c3968a0a9d");
  }

  @Test
  void canonical_json_holds_only_definitions_sorted_and_escaped_as_documented() {
    String canonical = SchemaChecksum.canonicalJson(TestSnapshots.tricky());

    assertThat(canonical)
        .startsWith(
            "{\"accesses\":{\"api\":\"DEFINE ACCESS api ON DATABASE TYPE JWT ALGORITHM HS256 "
                + "KEY '[REDACTED]'\"},\"analyzers\":{\"simple\":\"DEFINE ANALYZER simple TOKENIZERS BLANK\"},");
    assertThat(canonical)
        .contains(
            "\"tables\":{\"likes\":{\"definition\":\"DEFINE TABLE likes TYPE RELATION IN user "
                + "OUT user | post ENFORCED SCHEMALESS PERMISSIONS NONE\",\"events\":{},\"fields\":{},\"indexes\":{}},"
                + "\"user\":{\"definition\":");
    assertThat(canonical)
        .contains("DEFAULT 'Zoë \\\\\\\\ \\\"q\\\"'", "COMMENT 'tab\\there\\u0001\\u001F 😀'");
    assertThat(canonical).doesNotContain("\"kind\"", "\"type\"", "\"columns\"", " : ", "\n");
  }

  @Test
  void the_checksum_is_the_sha256_of_the_canonical_text_and_stays_what_stored_snapshots_recorded() {
    DatabaseSchema tricky = TestSnapshots.tricky();

    // computed by the implementation that serialised the canonical text first; the checksum is now
    // streamed into the digest, and must not change for snapshots already stored
    assertThat(SchemaChecksum.of(tricky))
        .isEqualTo("c50aa79656a3438da2847caa5354da09516913c414ac9a48b4384d3078568e95");
    assertThat(SchemaChecksum.of(tricky)).isEqualTo(sha256(SchemaChecksum.canonicalJson(tricky)));
  }

  @Test
  void
      a_schema_sharing_table_objects_with_an_earlier_one_gets_the_checksum_of_its_own_canonical_text() {
    DatabaseSchema first = TestSnapshots.tricky();
    String before = SchemaChecksum.of(first);
    // the next snapshot of a walk: the same objects for unchanged tables, a new one for a changed
    // table
    TableSchema user = first.tables().get("user");
    TreeMap<String, FieldSchema> fields = new TreeMap<>(user.fields());
    fields.put(
        "nick",
        FieldSchema.builder()
            .name("nick")
            .type("string")
            .definition("DEFINE FIELD nick ON user TYPE string \"ü\"")
            .build());
    TreeMap<String, TableSchema> tables = new TreeMap<>(first.tables());
    tables.put(
        "user",
        TableSchema.builder()
            .name("user")
            .kind(user.kind())
            .schemafull(user.schemafull())
            .relation(user.relation())
            .definition(user.definition())
            .fields(fields)
            .indexes(user.indexes())
            .events(user.events())
            .build());
    tables.remove("likes");
    DatabaseSchema next =
        DatabaseSchema.builder()
            .tables(tables)
            .functions(first.functions())
            .params(first.params())
            .analyzers(first.analyzers())
            .accesses(first.accesses())
            .sequences(first.sequences())
            .build();

    assertThat(SchemaChecksum.of(next))
        .isNotEqualTo(before)
        .isEqualTo(sha256(SchemaChecksum.canonicalJson(next)));
    assertThat(SchemaChecksum.of(first))
        .isEqualTo(before)
        .isEqualTo(sha256(SchemaChecksum.canonicalJson(first)));
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void the_checksum_depends_on_definitions_not_on_attributes_read_from_them() {
    DatabaseSchema schema = TestSnapshots.tricky();
    TableSchema user = schema.tables().get("user");
    FieldSchema name = user.fields().get("name");
    TreeMap<String, FieldSchema> fields = new TreeMap<>(user.fields());
    fields.put("name", FieldSchema.builder().name("name").definition(name.definition()).build());
    TreeMap<String, TableSchema> tables = new TreeMap<>(schema.tables());
    tables.put(
        "user",
        TableSchema.builder()
            .name("user")
            .kind(user.kind())
            .schemafull(user.schemafull())
            .relation(user.relation())
            .definition(user.definition())
            .fields(fields)
            .indexes(user.indexes())
            .events(user.events())
            .build());
    DatabaseSchema sameDefinitions =
        DatabaseSchema.builder()
            .tables(tables)
            .functions(schema.functions())
            .params(schema.params())
            .analyzers(schema.analyzers())
            .accesses(schema.accesses())
            .sequences(schema.sequences())
            .build();

    assertThat(SchemaChecksum.of(sameDefinitions)).isEqualTo(SchemaChecksum.of(schema));
  }

  @Test
  void any_changed_definition_changes_the_checksum() {
    DatabaseSchema schema = TestSnapshots.tricky();
    TreeMap<String, String> params = new TreeMap<>(schema.params());
    params.put("max", "DEFINE PARAM $max VALUE 11 PERMISSIONS FULL");
    DatabaseSchema changed =
        DatabaseSchema.builder()
            .tables(schema.tables())
            .functions(schema.functions())
            .params(params)
            .analyzers(schema.analyzers())
            .accesses(schema.accesses())
            .sequences(schema.sequences())
            .build();
    TreeMap<String, String> moved = new TreeMap<>();
    moved.put("max2", schema.params().get("max"));
    DatabaseSchema renamed =
        DatabaseSchema.builder()
            .tables(schema.tables())
            .functions(schema.functions())
            .params(moved)
            .analyzers(schema.analyzers())
            .accesses(schema.accesses())
            .sequences(schema.sequences())
            .build();

    assertThat(SchemaChecksum.of(changed)).isNotEqualTo(SchemaChecksum.of(schema));
    assertThat(SchemaChecksum.of(renamed)).isNotEqualTo(SchemaChecksum.of(schema));
  }

  @Test
  void snapshot_of_computes_the_checksum_and_checksum_valid_detects_a_mismatch() {
    SchemaSnapshot snapshot = TestSnapshots.snapshot("1", TestSnapshots.tricky());
    SchemaSnapshot forged =
        SchemaSnapshot.builder()
            .version("1")
            .createdAt(snapshot.createdAt())
            .serverVersion("surrealdb-3.0.2")
            .migrationCount(2)
            .checksum(SchemaChecksum.of(DatabaseSchema.empty()))
            .schema(snapshot.schema())
            .build();

    assertThat(snapshot.checksum()).isEqualTo(SchemaChecksum.of(TestSnapshots.tricky()));
    assertThat(snapshot.checksumValid()).isTrue();
    assertThat(forged.checksumValid()).isFalse();
  }
}

package dev.surql.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.internal.snapshot.SchemaChecksum;
import dev.surql.core.internal.snapshot.SnapshotJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotFilesTest {
  @TempDir Path dir;

  private final SchemaSnapshot snapshot =
      TestSnapshots.snapshot("20260109_120000", TestSnapshots.tricky());

  @Test
  void write_then_read_gives_an_equal_snapshot() {
    Path file = SnapshotFiles.write(snapshot, dir.resolve("nested/dir/v1.json"));

    assertThat(SnapshotFiles.read(file)).isEqualTo(snapshot);
    assertThat(SnapshotJson.fromJson(SnapshotJson.toJson(snapshot))).isEqualTo(snapshot);
    assertThat(SnapshotJson.fromJson(SnapshotJson.toCompactJson(snapshot))).isEqualTo(snapshot);
  }

  @Test
  void writes_pretty_utf8_json_with_a_format_version() throws IOException {
    Path file = SnapshotFiles.write(snapshot, dir.resolve("v1.json"));

    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "{\n  \"formatVersion\" : 1,\n  \"version\" : \"20260109_120000\",\n"
                + "  \"createdAt\" : \"2026-01-09T12:00:00.123456789Z\",")
        .endsWith("}\n")
        .contains("Zoë", "😀");
    assertThat(text)
        .contains(
            "\"relation\" : {",
            "\"kind\" : \"RELATION\"",
            "\"columns\" : [ \"name\", \"address.city\" ]");
  }

  @Test
  void rejects_a_file_whose_schema_was_edited_naming_the_file_and_both_checksums()
      throws IOException {
    Path file = SnapshotFiles.write(snapshot, dir.resolve("v1.json"));
    String edited =
        Files.readString(file).replace("DEFINE PARAM $max VALUE 10", "DEFINE PARAM $max VALUE 99");
    Files.writeString(file, edited);
    DatabaseSchema schema = snapshot.schema();
    java.util.TreeMap<String, String> params = new java.util.TreeMap<>(schema.params());
    params.put("max", "DEFINE PARAM $max VALUE 99 PERMISSIONS FULL");
    String editedChecksum =
        SchemaChecksum.of(
            DatabaseSchema.builder()
                .tables(schema.tables())
                .functions(schema.functions())
                .params(params)
                .analyzers(schema.analyzers())
                .accesses(schema.accesses())
                .sequences(schema.sequences())
                .build());

    assertThatThrownBy(() -> SnapshotFiles.read(file))
        .isInstanceOfSatisfying(
            SurqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SNAPSHOT_INVALID))
        .hasMessageContaining("Snapshot file " + file.toAbsolutePath() + " is invalid")
        .hasMessageContaining("stored checksum is " + snapshot.checksum())
        .hasMessageContaining("the schema's checksum is " + editedChecksum)
        .hasMessageContaining("take a new snapshot instead of editing one");
  }

  @Test
  void rejects_an_unknown_format_version() throws IOException {
    Path file = SnapshotFiles.write(snapshot, dir.resolve("v1.json"));
    Files.writeString(
        file, Files.readString(file).replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"));

    assertThatThrownBy(() -> SnapshotFiles.read(file))
        .isInstanceOfSatisfying(
            SurqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SNAPSHOT_INVALID))
        .hasMessage(
            "Snapshot file "
                + file.toAbsolutePath()
                + " is invalid: its formatVersion is 2 but this version of "
                + "surql-test reads only formatVersion 1. Recreate the snapshot or upgrade surql-test.");
  }

  @Test
  void rejects_invalid_json_with_its_position() throws IOException {
    Path file =
        Files.writeString(dir.resolve("broken.json"), "{\n  \"formatVersion\": 1,\n  oops\n}");

    assertThatThrownBy(() -> SnapshotFiles.read(file))
        .isInstanceOf(SurqlException.class)
        .hasMessageStartingWith(
            "Snapshot file " + file.toAbsolutePath() + " is invalid: it is not valid JSON: ")
        .hasMessageContaining("at line 3");
  }

  @Test
  void rejects_json_that_is_not_an_object() throws IOException {
    Path file = Files.writeString(dir.resolve("array.json"), "[1, 2]");

    assertThatThrownBy(() -> SnapshotFiles.read(file))
        .hasMessage(
            "Snapshot file " + file.toAbsolutePath() + " is invalid: it is not a JSON object");
  }

  @Test
  void names_a_missing_value_by_its_path() throws IOException {
    Path file = SnapshotFiles.write(snapshot, dir.resolve("v1.json"));
    String text = Files.readString(file);
    Files.writeString(file, text.replaceFirst("\"checksum\" : \"[0-9a-f]+\",", ""));
    Path nested =
        Files.writeString(
            dir.resolve("v2.json"),
            text.replace(
                "\"definition\" : \"DEFINE INDEX name_idx ON user FIELDS name, address.city UNIQUE\"",
                "\"unexpected\" : true"));

    assertThatThrownBy(() -> SnapshotFiles.read(file))
        .hasMessage("Snapshot file " + file.toAbsolutePath() + " is invalid: checksum is missing");
    assertThatThrownBy(() -> SnapshotFiles.read(nested))
        .hasMessage(
            "Snapshot file "
                + nested.toAbsolutePath()
                + " is invalid: schema.tables.user.indexes.name_idx.definition is missing");
  }

  @Test
  void names_a_value_of_the_wrong_type() throws IOException {
    Path file = SnapshotFiles.write(snapshot, dir.resolve("v1.json"));
    String text = Files.readString(file);
    Files.writeString(file, text.replace("\"migrationCount\" : 2", "\"migrationCount\" : \"two\""));
    Path kind =
        Files.writeString(
            dir.resolve("v2.json"), text.replace("\"kind\" : \"UNIQUE\"", "\"kind\" : \"HASH\""));
    Path date =
        Files.writeString(
            dir.resolve("v3.json"), text.replace("2026-01-09T12:00:00.123456789Z", "yesterday"));

    assertThatThrownBy(() -> SnapshotFiles.read(file))
        .hasMessage(
            "Snapshot file "
                + file.toAbsolutePath()
                + " is invalid: migrationCount must be an integer, but is \"two\"");
    assertThatThrownBy(() -> SnapshotFiles.read(kind))
        .hasMessage(
            "Snapshot file "
                + kind.toAbsolutePath()
                + " is invalid: schema.tables.user.indexes.name_idx.kind is "
                + "'HASH', which is not one of [STANDARD, UNIQUE, FULLTEXT, VECTOR, COUNT]");
    assertThatThrownBy(() -> SnapshotFiles.read(date))
        .hasMessageContaining("createdAt 'yesterday' is not an ISO-8601 instant");
  }

  @Test
  void a_missing_file_is_named() {
    Path missing = dir.resolve("nope.json");

    assertThatThrownBy(() -> SnapshotFiles.read(missing))
        .isInstanceOfSatisfying(
            SurqlException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SNAPSHOT_INVALID))
        .hasMessage("Snapshot file " + missing.toAbsolutePath() + " does not exist.");
  }

  @Test
  void an_unwritable_path_is_named() throws IOException {
    Path blocker = Files.writeString(dir.resolve("file"), "x");

    assertThatThrownBy(() -> SnapshotFiles.write(snapshot, blocker.resolve("v1.json")))
        .isInstanceOf(SurqlException.class)
        .hasMessageStartingWith(
            "Cannot write snapshot 20260109_120000 to "
                + blocker.resolve("v1.json").toAbsolutePath());
  }

  @Test
  void json_without_origin_is_named_json() {
    assertThatThrownBy(() -> SnapshotJson.fromJson("{}"))
        .hasMessage("Snapshot <json> is invalid: formatVersion is missing");
  }
}

package dev.surql.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.client.SurqlClient;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A capture that re-reads only the tables named by the statements run since the previous capture
 * equals a full capture, as long as DDL names its tables, and still sees tables that appear,
 * disappear or are redefined without being named.
 */
class SnapshotsIncrementalCaptureTest {

  @Test
  void should_equal_a_full_capture_after_changes_to_the_named_tables() {
    try (SurqlDatabase db = SurqlDatabase.create(SurqlEngines.shared(), "snap_incr")) {
      SurqlClient client = db.client();
      client.query(
          "DEFINE TABLE a SCHEMAFULL; DEFINE FIELD x ON a TYPE int;"
              + " DEFINE TABLE b SCHEMAFULL; DEFINE FIELD y ON b TYPE string; DEFINE INDEX b_y ON b FIELDS y;");
      DatabaseSchema before = Snapshots.captureSchema(client);

      client.query(
          "DEFINE FIELD z ON a TYPE string; DEFINE INDEX a_x ON a FIELDS x UNIQUE; DEFINE FUNCTION fn::f() { RETURN 1; };");
      DatabaseSchema incremental = Snapshots.captureSchema(client, before, Set.of("a", "z", "x"));

      assertThat(incremental).isEqualTo(Snapshots.captureSchema(client));
      assertThat(incremental.table("a").orElseThrow().fields()).containsKeys("x", "z");
      assertThat(incremental.functions()).containsKey("f");
      assertThat(incremental.table("b")).containsSame(before.table("b").orElseThrow());
    }
  }

  @Test
  void should_read_tables_that_appear_or_are_redefined_even_when_not_named() {
    try (SurqlDatabase db = SurqlDatabase.create(SurqlEngines.shared(), "snap_incr")) {
      SurqlClient client = db.client();
      client.query("DEFINE TABLE a SCHEMALESS; DEFINE TABLE gone SCHEMALESS;");
      DatabaseSchema before = Snapshots.captureSchema(client);

      client.query(
          "DEFINE TABLE OVERWRITE a SCHEMAFULL; DEFINE TABLE fresh SCHEMAFULL; DEFINE FIELD f ON fresh TYPE int;"
              + " REMOVE TABLE gone;");
      DatabaseSchema incremental = Snapshots.captureSchema(client, before, Set.of());

      assertThat(incremental).isEqualTo(Snapshots.captureSchema(client));
      assertThat(incremental.table("a").orElseThrow().schemafull()).isTrue();
      assertThat(incremental.table("fresh").orElseThrow().fields()).containsKey("f");
      assertThat(incremental.tables()).doesNotContainKey("gone");
    }
  }

  @Test
  void should_miss_unnamed_field_changes_which_is_why_callers_pass_every_name() {
    try (SurqlDatabase db = SurqlDatabase.create(SurqlEngines.shared(), "snap_incr")) {
      SurqlClient client = db.client();
      client.query("DEFINE TABLE a SCHEMAFULL;");
      DatabaseSchema before = Snapshots.captureSchema(client);

      client.query("DEFINE FIELD hidden ON a TYPE int;");

      assertThat(
              Snapshots.captureSchema(client, before, Set.of()).table("a").orElseThrow().fields())
          .isEmpty();
      assertThat(
              Snapshots.captureSchema(client, before, Set.of("a"))
                  .table("a")
                  .orElseThrow()
                  .fields())
          .containsKey("hidden");
    }
  }
}

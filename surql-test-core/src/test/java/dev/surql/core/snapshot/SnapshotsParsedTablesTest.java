package dev.surql.core.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.SharedEngineLine;
import dev.surql.core.engine.SurqlDatabase;
import dev.surql.core.engine.SurqlEngines;
import org.junit.jupiter.api.Test;

/** Snapshots reuse tables parsed before; a changed definition must still be parsed afresh. */
class SnapshotsParsedTablesTest {

  @Test
  void should_see_every_change_between_consecutive_snapshots_and_none_when_nothing_changed() {
    try (SurqlDatabase a = SurqlDatabase.create(SurqlEngines.shared(), "snap_parsed");
        SurqlDatabase b = SurqlDatabase.create(SurqlEngines.shared(), "snap_parsed")) {
      String schema =
          "DEFINE TABLE item SCHEMAFULL; DEFINE FIELD name ON item TYPE string;"
              + " DEFINE INDEX item_name ON item FIELDS name;";
      a.client().query(schema);
      b.client().query(schema);
      SchemaSnapshot first = Snapshots.createSnapshot(a.client(), "1", 1);
      SchemaSnapshot same = Snapshots.createSnapshot(a.client(), "1-again", 1);
      SchemaSnapshot otherDatabase = Snapshots.createSnapshot(b.client(), "1-b", 1);

      a.client().query("DEFINE FIELD OVERWRITE name ON item TYPE option<string>;");
      SchemaSnapshot changed = Snapshots.createSnapshot(a.client(), "2", 2);

      assertThat(Snapshots.compareSnapshots(first, same).isEmpty()).isTrue();
      assertThat(otherDatabase.checksum()).isEqualTo(first.checksum());
      assertThat(changed.schema().tables().get("item").fields().get("name").definition())
          .contains(SharedEngineLine.option("string"));
      assertThat(Snapshots.compareSnapshots(first, changed).changes())
          .extracting(c -> c.type() + " " + c.element() + " " + c.name())
          .containsExactly("MODIFIED FIELD item.name");
      assertThat(Snapshots.compareSnapshots(changed, first).changes()).hasSize(1);
    }
  }
}

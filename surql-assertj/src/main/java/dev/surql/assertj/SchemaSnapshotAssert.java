package dev.surql.assertj;

import dev.surql.core.snapshot.SchemaSnapshot;

/**
 * Assertions on a {@link SchemaSnapshot}; create one with {@link
 * SurqlAssertions#assertThat(SchemaSnapshot)}.
 */
public class SchemaSnapshotAssert extends AbstractSchemaSnapshotAssert<SchemaSnapshotAssert> {

  public SchemaSnapshotAssert(SchemaSnapshot actual) {
    super(actual, SchemaSnapshotAssert.class);
  }
}

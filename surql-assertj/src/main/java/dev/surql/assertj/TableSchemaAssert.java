package dev.surql.assertj;

import dev.surql.core.snapshot.TableSchema;

/**
 * Assertions on a {@link TableSchema}; reach one with {@code assertThat(snapshot).table("user")}.
 */
public class TableSchemaAssert extends AbstractTableSchemaAssert<TableSchemaAssert> {

  public TableSchemaAssert(TableSchema actual) {
    super(actual, TableSchemaAssert.class);
  }
}

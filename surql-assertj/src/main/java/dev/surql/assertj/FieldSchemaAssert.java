package dev.surql.assertj;

import dev.surql.core.snapshot.FieldSchema;

/**
 * Assertions on a {@link FieldSchema}; reach one with {@code
 * assertThat(snapshot).table("user").field("email")}.
 */
public class FieldSchemaAssert extends AbstractFieldSchemaAssert<FieldSchemaAssert> {

  public FieldSchemaAssert(FieldSchema actual) {
    super(actual, FieldSchemaAssert.class);
  }
}

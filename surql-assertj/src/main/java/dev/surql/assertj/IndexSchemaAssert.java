package dev.surql.assertj;

import dev.surql.core.snapshot.IndexSchema;

/**
 * Assertions on an {@link IndexSchema}; reach one with {@code
 * assertThat(snapshot).table("user").index("email_idx")}.
 */
public class IndexSchemaAssert extends AbstractIndexSchemaAssert<IndexSchemaAssert> {

  public IndexSchemaAssert(IndexSchema actual) {
    super(actual, IndexSchemaAssert.class);
  }
}

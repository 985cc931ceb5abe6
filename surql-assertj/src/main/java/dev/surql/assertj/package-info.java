/**
 * AssertJ assertions on the structure of SurrealDB schemas and their migrations: start with {@link
 * dev.surql.assertj.SurqlAssertions#assertThat(dev.surql.core.snapshot.SchemaSnapshot)} (or {@link
 * dev.surql.assertj.SurqlBDDAssertions}, {@link dev.surql.assertj.SurqlSoftAssertions}).
 */
package dev.surql.assertj;

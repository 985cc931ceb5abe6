/**
 * One {@link org.assertj.core.error.ErrorMessageFactory} per kind of failure of the surql-test
 * assertions, in AssertJ's format: the description, then what was expected and what was found, each
 * value on its own line indented by two spaces.
 */
package dev.surql.assertj.error;

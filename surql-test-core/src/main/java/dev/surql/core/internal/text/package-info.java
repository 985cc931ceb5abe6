/**
 * Text helpers shared by surql-test's messages and reports ({@link
 * dev.surql.core.internal.text.Abbreviation}). Internal: no compatibility promise.
 */
package dev.surql.core.internal.text;

/**
 * Forward safety: what a migration's up does to the data already in a database, analysed the way
 * {@code dev.surql.core.rollback} analyses downs. The static level comes from the parsed statements
 * (with the same parser and working-schema model, {@code SchemaWalk}); the data-aware level counts
 * the records at stake in a real database, read-only; {@link
 * dev.surql.core.internal.analysis.NextWrites} re-writes the predicted records in cancelled
 * transactions to show what the engine really does. Findings use the {@code SQ4xx} rules.
 */
package dev.surql.core.forward;

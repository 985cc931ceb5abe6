/**
 * Rollback safety and execution: {@link dev.surql.core.rollback.RollbackPlanner} plans a rollback
 * to a target version from the migrations actually applied, {@link
 * dev.surql.core.rollback.RollbackAnalyzer} finds what their downs would do to the data ({@link
 * dev.surql.core.rollback.RollbackIssue}, {@link dev.surql.core.rollback.RollbackSafety}), and
 * {@link dev.surql.core.rollback.RollbackExecutor} runs the plan. Findings use the {@code SQ1xx}
 * rules.
 */
package dev.surql.core.rollback;

/**
 * Reports for people and machines: JSON and Markdown renderings of verification, upgrade and
 * version matrix results ({@link dev.surql.core.report.VerificationReports}, {@link
 * dev.surql.core.report.UpgradeReports}, {@link dev.surql.core.report.VersionMatrixReports}), and
 * {@link dev.surql.core.report.ReportOutputs}, which writes the files and CI outputs (SARIF, JUnit
 * XML, GitHub annotations) a user asked for.
 */
package dev.surql.core.report;

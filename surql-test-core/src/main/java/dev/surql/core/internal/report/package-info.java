/**
 * CI renderers behind {@code dev.surql.core.report.ReportOutputs}: SARIF, JUnit XML, GitHub
 * annotations, the rule help texts read from {@code docs/rules.md}, and paths relative to the
 * repository root. Internal: no compatibility promise; these types may change or disappear in any
 * release. Use {@code dev.surql.core.report} instead.
 */
package dev.surql.core.internal.report;

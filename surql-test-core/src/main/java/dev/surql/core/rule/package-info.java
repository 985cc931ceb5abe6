/**
 * Rule codes and findings: the stable names ({@code SQ101 remove-table}) every check reports its
 * findings under, and the {@link dev.surql.core.rule.Finding} value that every output renders.
 */
package dev.surql.core.rule;

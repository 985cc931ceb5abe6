/**
 * Statement analysis mechanics shared by the rollback and forward analyses: classifying statements,
 * walking a working schema through a migration history, parsing field definitions, and probing real
 * data. Internal: no compatibility promise; these types may change or disappear in any release. Use
 * {@code dev.surql.core.rollback} and {@code dev.surql.core.forward} instead.
 */
package dev.surql.core.internal.analysis;

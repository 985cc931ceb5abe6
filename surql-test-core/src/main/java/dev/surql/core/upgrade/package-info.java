/**
 * The upgrade check: applies a migration history on two SurrealDB release lines (say 2.6 and 3.0)
 * and reports, per migration, whether it applies on both, fails on the target (with the server's
 * message, the file and line, and a hint from the table of known changes that {@code docs/rules.md}
 * lists under {@code SQ5xx}), or applies on both but gives a different schema. Start with {@link
 * dev.surql.core.upgrade.UpgradeCheck}.
 */
package dev.surql.core.upgrade;

/**
 * The {@code surql} command line ({@link dev.surql.cli.SurqlCommand}, built with picocli): migrate
 * a SurrealDB database, show its status, take and compare schema snapshots, plan and execute
 * rollbacks, verify reversibility and check an upgrade between SurrealDB versions. Its documented
 * interface is the command line and its exit codes ({@link dev.surql.cli.ExitCodes}); the Java
 * types here serve the Maven plugin, which runs the command in-process through {@link
 * dev.surql.cli.SurqlCommand#run}.
 */
package dev.surql.cli;

/**
 * Verification of a migration set on a fresh database: {@link
 * dev.surql.core.verify.MigrationVerifier} applies every migration, runs its down and applies it
 * again (reversibility), records the schema timeline, runs the built-in checks ({@link
 * dev.surql.core.verify.MigrationCheck}) and gathers it all in a {@link
 * dev.surql.core.verify.VerificationReport}.
 */
package dev.surql.core.verify;

/**
 * The surql Maven plugin: one goal per {@code surql} command ({@code migrate}, {@code status},
 * {@code snapshot}, {@code compare}, {@code plan-rollback}, {@code verify}), configured like
 * Flyway's plugin and run in the Maven JVM through the command's own code. Its documented interface
 * is the goals and their {@code surql.*} parameters, not these classes.
 */
package dev.surql.maven;

/**
 * The glue core finds with {@link java.util.ServiceLoader}. No compatibility promise: nothing here
 * is meant to be called directly.
 */
package dev.surql.testcontainers.internal;

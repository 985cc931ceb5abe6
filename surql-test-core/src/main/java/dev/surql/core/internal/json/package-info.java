/**
 * The shared Jackson configuration of surql-test ({@link dev.surql.core.internal.json.SurqlJson}).
 * Internal: no compatibility promise.
 */
package dev.surql.core.internal.json;

/**
 * Internal helpers of the AssertJ module (schema comparison and plain-text renderings). No
 * compatibility guarantees: use {@link dev.surql.assertj.SurqlAssertions} instead.
 */
package dev.surql.assertj.internal;

/**
 * Internal helpers of the AssertJ module (schema comparison and plain-text renderings). No
 * compatibility promise: use {@link dev.surql.assertj.SurqlAssertions} instead.
 */
package dev.surql.assertj.internal;

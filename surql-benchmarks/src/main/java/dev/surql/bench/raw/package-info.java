/**
 * Baselines: the same work as a surql-test benchmark, sent over plain {@code java.net.http} with
 * Jackson parsing and nothing else, so a ratio shows surql-test's own overhead.
 */
package dev.surql.bench.raw;

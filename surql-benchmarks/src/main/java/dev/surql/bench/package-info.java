/**
 * A small benchmark harness: implement {@link dev.surql.bench.Benchmark}, register it in {@code
 * META-INF/services/dev.surql.bench.Benchmark}, and {@link dev.surql.bench.BenchmarkRunner} times
 * it.
 */
package dev.surql.bench;

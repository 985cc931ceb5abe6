/** Benchmarks of the foundation: embedded engine start, fresh databases and query round trips. */
package dev.surql.bench.foundation;

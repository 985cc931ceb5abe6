/** Schema snapshots of generated schemas against the same INFO queries over plain HTTP. */
package dev.surql.bench.snapshot;

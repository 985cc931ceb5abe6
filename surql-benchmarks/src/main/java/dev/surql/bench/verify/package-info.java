/** Reversibility verification of generated migration sets against the same work over plain HTTP. */
package dev.surql.bench.verify;

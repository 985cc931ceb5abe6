/**
 * Core's internals, with no compatibility promise: they may change in any release. The subpackages
 * hold the mechanics (lexer, analyses, codecs, engine processes, renderers); this package holds
 * {@link dev.surql.core.internal.Required}, the check the builders of the API's value types make on
 * {@code build()}.
 */
package dev.surql.core.internal;

/**
 * The engine processes behind {@code dev.surql.core.engine}: the embedded Node.js engine, a
 * SurrealDB binary, an external server, and how {@code AUTO} resolves to one of them. Internal: no
 * compatibility promise; these types may change or disappear in any release. Use {@code
 * dev.surql.core.engine.SurqlEngines} instead.
 */
package dev.surql.core.internal.engine;

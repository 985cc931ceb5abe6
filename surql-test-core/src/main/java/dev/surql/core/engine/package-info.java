/**
 * SurrealDB engines: how surql-test gets a server ({@link dev.surql.core.engine.EngineKind},
 * configured by {@link dev.surql.core.engine.EngineConfig}), the running server ({@link
 * dev.surql.core.engine.SurrealEngine}, started or shared by {@link
 * dev.surql.core.engine.SurqlEngines}), and a fresh namespace and database on it for one test scope
 * ({@link dev.surql.core.engine.SurqlDatabase}).
 */
package dev.surql.core.engine;

/**
 * The CONTAINER engine of surql-test as its own artifact ({@code dev.surql:surql-testcontainers}):
 * {@link dev.surql.testcontainers.SurrealDbContainer}, a Testcontainers module for SurrealDB, and
 * {@link dev.surql.testcontainers.ContainerEngine}, the engine core starts with it. Core finds it
 * at run time through {@link dev.surql.core.engine.spi.EngineProvider}, so users with Docker add
 * this one dependency and users without Docker do not get Testcontainers on their classpath.
 */
package dev.surql.testcontainers;

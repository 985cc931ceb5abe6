/**
 * The service-provider interface through which optional artifacts add engine kinds to core: {@link
 * dev.surql.core.engine.spi.EngineProvider}, found with {@link java.util.ServiceLoader}. The {@code
 * surql-testcontainers} artifact provides the CONTAINER engine through it.
 */
package dev.surql.core.engine.spi;

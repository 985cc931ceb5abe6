/**
 * The entry point of surql-test without JUnit, {@link dev.surql.core.SurqlTest} ({@code
 * SurqlTest.configure()…load()}, in Flyway's manner), its {@link
 * dev.surql.core.SurqlTestConfiguration}, and the one exception surql-test throws, {@link
 * dev.surql.core.SurqlException} with its {@link dev.surql.core.ErrorCode}. The {@code surql}
 * command, the Maven plugin and the JUnit extension do each operation through {@code SurqlTest}.
 */
package dev.surql.core;

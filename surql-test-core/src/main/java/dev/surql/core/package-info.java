/**
 * The entry point of surql-test without JUnit, {@link dev.surql.core.SurqlTest} ({@code
 * SurqlTest.configure()…load()}, in Flyway's manner), its {@link
 * dev.surql.core.SurqlTestConfiguration}, and the one exception surql-test throws, {@link
 * dev.surql.core.SurqlException} with its {@link dev.surql.core.ErrorCode}. The {@code surql}
 * command, the Maven plugin and the JUnit extension do each operation through {@code SurqlTest}.
 * The packages below it hold the engines ({@code engine}), the HTTP client ({@code client}),
 * migrations ({@code migration}), schema snapshots ({@code snapshot}), rollback and forward safety
 * ({@code rollback}, {@code forward}), verification ({@code verify}), the upgrade check ({@code
 * upgrade}), rule codes ({@code rule}) and reports ({@code report}); everything under {@code
 * dev.surql.core.internal} carries no compatibility promise.
 */
package dev.surql.core;

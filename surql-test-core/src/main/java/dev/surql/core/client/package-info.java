/**
 * A client for SurrealDB's HTTP API: {@link dev.surql.core.client.SurqlClient} sends SurrealQL to
 * one namespace and database and returns a {@link dev.surql.core.client.QueryResult} per request,
 * one {@link dev.surql.core.client.StatementResult} per statement; a failed statement or
 * transaction is a {@link dev.surql.core.client.StatementFailedException} or {@link
 * dev.surql.core.client.TransactionFailedException}.
 */
package dev.surql.core.client;

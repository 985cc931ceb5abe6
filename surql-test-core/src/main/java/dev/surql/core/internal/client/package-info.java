/**
 * Internal access to what the client's results keep private: {@link
 * dev.surql.core.internal.client.JsonResults} hands the JSON tree of a {@link
 * dev.surql.core.client.StatementResult} to surql's own snapshot, analysis and history code. No
 * compatibility promise: this package may change in any release.
 */
package dev.surql.core.internal.client;

/**
 * A SurrealQL lexer and statement splitter: {@link dev.surql.core.sql.SurqlLexer} turns source
 * into {@link dev.surql.core.sql.Token}s, {@link dev.surql.core.sql.StatementSplitter} cuts a
 * migration section into {@link dev.surql.core.sql.Statement}s at top-level semicolons, {@link
 * dev.surql.core.sql.SurqlIdentifiers} quotes identifiers safely, and {@link
 * dev.surql.core.sql.ScopeEscapes} finds what acts outside a migration's database ({@code USE},
 * namespace and database definitions, root and namespace users and access methods). Positions are 1-based
 * lines and columns, where a column counts Unicode code points (a surrogate pair is one column).
 */
package dev.surql.core.sql;

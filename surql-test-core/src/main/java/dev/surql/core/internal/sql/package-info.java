/**
 * A SurrealQL lexer and statement splitter: {@link dev.surql.core.internal.sql.SurqlLexer} turns
 * source into {@link dev.surql.core.internal.sql.Token}s, {@link
 * dev.surql.core.internal.sql.StatementSplitter} cuts a migration section into {@link
 * dev.surql.core.migration.Statement}s at top-level semicolons (whose tokens internal code reads
 * through {@link dev.surql.core.internal.sql.Statements}), {@link
 * dev.surql.core.internal.sql.SurqlIdentifiers} quotes identifiers safely, and {@link
 * dev.surql.core.internal.sql.ScopeEscapes} finds what acts outside a migration's database ({@code
 * USE}, namespace and database definitions, root and namespace users and access methods). Positions
 * are 1-based lines and columns, where a column counts Unicode code points (a surrogate pair is one
 * column). Internal: no compatibility promise; these types may change or disappear in any release.
 */
package dev.surql.core.internal.sql;

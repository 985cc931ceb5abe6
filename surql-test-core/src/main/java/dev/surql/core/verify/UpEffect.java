package dev.surql.core.verify;

import dev.surql.core.client.QueryResult;
import dev.surql.core.client.StatementResult;
import dev.surql.core.client.SurqlClient;
import dev.surql.core.internal.client.JsonResults;
import dev.surql.core.internal.migration.MigrationChecksum;
import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.SurqlIdentifiers;
import dev.surql.core.internal.sql.SurqlKeywords;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.Statement;
import dev.surql.core.snapshot.DatabaseSchema;

/**
 * What an up can change, told from its statements, and a digest of every record, so that the
 * verifier can note an up that changed neither the schema nor any data ("up changed nothing"): a
 * statement that ran somewhere else, a definition that already existed, a write that matched
 * nothing. The data digest is taken only for ups that define nothing and may write, so a
 * verification run pays for it only on data-only migrations.
 */
final class UpEffect {

  private UpEffect() {}

  /** Whether a top-level up statement defines, removes, alters or rebuilds something. */
  static boolean changesSchema(Migration migration) {
    return migration.up().stream()
        .anyMatch(s -> SurqlKeywords.SCHEMA_STATEMENTS.contains(s.keyword()));
  }

  /**
   * Whether any up statement, at any depth, may write records (a write keyword or a custom function
   * call).
   */
  static boolean mayWriteData(Migration migration) {
    for (Statement statement : migration.up()) {
      for (Token token : Statements.significantTokens(statement)) {
        if (SurqlKeywords.WRITE_STATEMENTS.stream().anyMatch(token::isWord) || token.isWord("fn")) {
          return true;
        }
      }
    }
    return false;
  }

  /** SHA-256 over every record of every table of {@code schema}, read in one request. */
  static String dataDigest(SurqlClient client, DatabaseSchema schema) {
    if (schema.tables().isEmpty()) {
      return MigrationChecksum.sha256("");
    }
    StringBuilder sql = new StringBuilder();
    for (String table : schema.tables().keySet()) {
      sql.append("SELECT * FROM ").append(SurqlIdentifiers.escape(table)).append(";\n");
    }
    QueryResult result = client.queryAllowingErrors(sql.toString());
    StringBuilder all = new StringBuilder();
    for (StatementResult statement : result.statements()) {
      all.append(statement.ok()).append('\t').append(JsonResults.tree(statement)).append('\n');
    }
    return MigrationChecksum.sha256(all.toString());
  }
}

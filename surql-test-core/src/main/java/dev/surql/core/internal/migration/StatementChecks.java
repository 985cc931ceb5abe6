package dev.surql.core.internal.migration;

import dev.surql.core.internal.sql.ScopeEscape;
import dev.surql.core.internal.sql.ScopeEscapes;
import dev.surql.core.internal.sql.Statements;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import dev.surql.core.migration.MigrationProblem;
import dev.surql.core.migration.Scope;
import dev.surql.core.migration.Statement;
import dev.surql.core.migration.TransactionMode;
import dev.surql.core.rule.Rule;
import java.util.List;
import java.util.Optional;

/**
 * What a migration's statements may not do, checked when it is loaded: act outside the database it
 * is applied to (unless its {@code -- @scope:} allows it), or, with {@code -- @transaction: none},
 * use a {@code LET} variable in a later statement. Also the notes for an up or down that holds only
 * comments.
 */
final class StatementChecks {

  private StatementChecks() {}

  static MigrationProblem noOpUp(String where, int line, String what) {
    return new MigrationProblem(
        where,
        line,
        what
            + " holds only comments: loaded as a no-op migration ("
            + Rule.NO_OP_UP.label()
            + "); applying it changes nothing and records it in "
            + MigrationHistory.TABLE,
        Optional.of(Rule.NO_OP_UP));
  }

  static MigrationProblem noOpDown(String where, int line, String what, String instead) {
    return new MigrationProblem(
        where,
        line,
        what
            + " holds only comments: a no-op down ("
            + Rule.NO_OP_DOWN.label()
            + "), not a missing one; it is judged like any down and restores the schema only where the up changed"
            + " none ("
            + instead
            + ")",
        Optional.of(Rule.NO_OP_DOWN));
  }

  /**
   * Refuses what a migration may not do, reporting each with its file and line: statements that act
   * outside the database (unless {@code scope} allows them) and, for {@code -- @transaction: none},
   * a {@code LET} whose variable a later statement needs. Returns whether the migration may be
   * loaded.
   */
  static boolean checkStatements(
      String where,
      List<Statement> up,
      Optional<List<Statement>> down,
      TransactionMode transaction,
      Scope scope,
      MigrationCollector collector) {
    int before = collector.problems.size();
    checkScope(where, up, scope, collector);
    down.ifPresent(statements -> checkScope(where, statements, scope, collector));
    if (transaction == TransactionMode.NONE) {
      checkLets(where, up, "up", collector);
      down.ifPresent(statements -> checkLets(where, statements, "down", collector));
    }
    return collector.problems.size() == before;
  }

  private static void checkScope(
      String where, List<Statement> statements, Scope allowed, MigrationCollector collector) {
    for (ScopeEscape escape : ScopeEscapes.find(statements)) {
      if (escape.allowable() && allowed.covers(escape.reaches())) {
        continue;
      }
      collector.problem(
          where,
          escape.line(),
          switch (escape.kind()) {
            case USE -> Rule.USE_STATEMENT;
            case NAMESPACE_OR_DATABASE -> Rule.NAMESPACE_OR_DATABASE;
            case USER_OR_ACCESS, ALTER_OUTSIDE -> Rule.OUTSIDE_DATABASE;
          },
          scopeMessage(escape, allowed));
    }
  }

  private static String scopeMessage(ScopeEscape escape, Scope allowed) {
    String at = "'" + escape.text() + "' (";
    return switch (escape.kind()) {
      case USE ->
          at
              + Rule.USE_STATEMENT.label()
              + "): USE switches the namespace or database, so the statements"
              + " after it would run outside the database the migration is applied to (with --url, in that database"
              + " of the real server) and verify would check nothing. Remove it: surql-test and surql apply each"
              + " migration to the database they are given, and no directive allows USE.";
      case NAMESPACE_OR_DATABASE ->
          at
              + Rule.NAMESPACE_OR_DATABASE.label()
              + "): "
              + (escape.reaches() == Scope.ROOT
                  ? "a namespace is part of the whole server"
                  : "a database is part of" + " the namespace")
              + ", outside the database the migration is applied to; on a shared engine it"
              + " reaches other tests' databases. "
              + optIn(
                  escape,
                  allowed,
                  "create namespaces and databases when"
                      + " provisioning, not in a schema migration");
      case USER_OR_ACCESS ->
          at
              + Rule.OUTSIDE_DATABASE.label()
              + "): a user or access method on the "
              + (escape.reaches() == Scope.ROOT ? "root" : "namespace")
              + " level acts outside the database the"
              + " migration is applied to and reaches every database "
              + (escape.reaches() == Scope.ROOT ? "of the server" : "of the namespace")
              + ". "
              + optIn(escape, allowed, "define it ON DATABASE");
      case ALTER_OUTSIDE ->
          at
              + Rule.OUTSIDE_DATABASE.label()
              + "): alters the "
              + (escape.reaches() == Scope.ROOT ? "whole server" : "namespace")
              + ", outside the database the"
              + " migration is applied to. "
              + optIn(escape, allowed, "do it outside the migration");
    };
  }

  private static String optIn(ScopeEscape escape, Scope allowed, String instead) {
    String directive = "-- @scope: " + escape.reaches().directiveValue();
    return "Either "
        + instead
        + ", or, if the migration must do it, opt in with '"
        + directive
        + "' in its header"
        + (allowed == Scope.DATABASE
            ? ""
            : " (it allows only -- @scope: " + allowed.directiveValue() + ")")
        + ".";
  }

  /**
   * With {@code -- @transaction: none}, a {@code LET $x} whose {@code $x} a later statement of the
   * section uses.
   */
  private static void checkLets(
      String where, List<Statement> statements, String section, MigrationCollector collector) {
    for (int i = 0; i < statements.size(); i++) {
      List<Token> tokens = Statements.significantTokens(statements.get(i));
      if (tokens.size() < 2
          || !tokens.get(0).isWord("LET")
          || tokens.get(1).type() != TokenType.PARAMETER) {
        continue;
      }
      String name = tokens.get(1).value();
      for (Statement later : statements.subList(i + 1, statements.size())) {
        boolean uses =
            Statements.significantTokens(later).stream()
                .anyMatch(t -> t.type() == TokenType.PARAMETER && t.value().equals(name));
        if (uses) {
          collector.problem(
              where,
              statements.get(i).line(),
              Rule.LET_WITHOUT_TRANSACTION,
              "LET $"
                  + name
                  + " ("
                  + Rule.LET_WITHOUT_TRANSACTION.label()
                  + "): with -- @transaction: none each "
                  + section
                  + " statement runs on its own, so $"
                  + name
                  + " is gone when the statement at line "
                  + later.line()
                  + " uses it. Compute the value inside the"
                  + " statement that uses it, or remove -- @transaction: none.");
          break;
        }
      }
    }
  }
}

package dev.surql.core.internal.migration;

import dev.surql.core.migration.Scope;
import dev.surql.core.migration.Statement;
import dev.surql.core.migration.TransactionMode;
import dev.surql.core.rule.Allowance;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code -- @name: value} lines of a migration: recognising them, reading {@code
 * -- @transaction:} and {@code -- @scope:} values, and checking {@code -- @allow:} lines and tying
 * each to the statement after it. Problems go to a {@link MigrationCollector}, naming file and
 * line.
 */
final class MigrationDirectives {

  static final Pattern DIRECTIVE =
      Pattern.compile("^--\\s*@([A-Za-z_][A-Za-z0-9_-]*)\\s*(?::(.*))?$");

  private MigrationDirectives() {}

  static boolean isUpMarker(String line) {
    Matcher m = DIRECTIVE.matcher(line.strip());
    return m.matches() && m.group(1).equalsIgnoreCase("up");
  }

  /**
   * An {@code -- @allow:} line as read, before it is checked and tied to the statement after it.
   */
  record PendingAllow(String file, int line, String value) {}

  static List<PendingAllow> pendingAllows(String file, String text) {
    List<PendingAllow> allows = new ArrayList<>();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher directive = DIRECTIVE.matcher(lines.get(i).strip());
      if (directive.matches() && directive.group(1).equalsIgnoreCase("allow")) {
        allows.add(new PendingAllow(file, i + 1, directive.group(2)));
      }
    }
    return allows;
  }

  /**
   * Checks each {@code -- @allow: SQxxx reason} line and ties it to the first of {@code statements}
   * after it; empty after a problem.
   */
  static Optional<List<Allowance>> allowances(
      List<PendingAllow> pending, List<Statement> statements, MigrationCollector collector) {
    List<Allowance> allowances = new ArrayList<>();
    boolean ok = true;
    for (PendingAllow allow : pending) {
      String value = allow.value() == null ? "" : allow.value().strip();
      String[] parts = value.split("\\s+", 2);
      Optional<Rule> rule = parts[0].isEmpty() ? Optional.empty() : Rule.find(parts[0]);
      if (parts[0].isEmpty()) {
        collector.problem(
            allow.file(),
            allow.line(),
            "-- @allow names no rule: write -- @allow: SQxxx reason"
                + " (e.g. -- @allow: SQ101 the audit log is rebuilt from events); the codes are in docs/rules.md");
        ok = false;
      } else if (rule.isEmpty()) {
        collector.problem(
            allow.file(),
            allow.line(),
            "-- @allow names unknown rule '"
                + parts[0]
                + "': use a code or short name from docs/rules.md, e.g. -- @allow: SQ101 reason");
        ok = false;
      } else if (parts.length < 2 || parts[1].isBlank()) {
        collector.problem(
            allow.file(),
            allow.line(),
            "-- @allow: "
                + rule.get().code()
                + " gives no reason:"
                + " say why the finding is acceptable, e.g. -- @allow: "
                + rule.get().code()
                + " the audit log is rebuilt from events");
        ok = false;
      } else {
        int statementLine =
            statements.stream()
                .mapToInt(Statement::line)
                .filter(l -> l > allow.line())
                .min()
                .orElse(0);
        allowances.add(
            new Allowance(
                rule.get(),
                parts[1].strip(),
                SourceLocation.of(allow.file(), allow.line()),
                statementLine));
      }
    }
    return ok ? Optional.of(List.copyOf(allowances)) : Optional.empty();
  }

  static TransactionMode transactionMode(
      String where, int line, String value, MigrationCollector collector) {
    Optional<TransactionMode> mode = TransactionMode.parse(value);
    if (mode.isEmpty()) {
      collector.problem(
          where,
          line,
          "invalid -- @transaction value '"
              + value
              + "': expected none (run the"
              + " migration statement by statement, without atomicity) or migration (the default: one transaction)");
    }
    return mode.orElse(TransactionMode.MIGRATION);
  }

  static Scope scope(String where, int line, String value, MigrationCollector collector) {
    Optional<Scope> scope = Scope.parse(value);
    if (scope.isEmpty()) {
      collector.problem(
          where,
          line,
          "invalid -- @scope value '"
              + value
              + "': expected namespace (the migration"
              + " may also act on its namespace) or root (also on the whole server); database is the default");
    }
    return scope.orElse(Scope.DATABASE);
  }

  static boolean isLineComment(String line) {
    return line.startsWith("--") || line.startsWith("#") || line.startsWith("//");
  }
}

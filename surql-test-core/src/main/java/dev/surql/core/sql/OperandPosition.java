package dev.surql.core.sql;

import java.util.Locale;
import java.util.Set;

/**
 * Tracks whether SurrealDB's parser would read an operand (a "prime" expression) at the next
 * token, the one thing its lexer needs to know to tell a {@code /regex/} literal or an embedded
 * JavaScript {@code function() { … }} from a division or a {@code DEFINE FUNCTION}. SurrealDB
 * decides this in its parser; this follows the same rules from the significant tokens alone:
 * an operand is expected at the start of a statement, after an operator, an opening bracket and
 * {@code ;}; after a keyword that takes an expression ({@code WHERE}, {@code AND}, {@code IN},
 * {@code VALUE}, {@code THEN}, …); and after a keyword that starts one ({@code RETURN}, {@code
 * IF}, {@code SELECT}, {@code THROW}, …) where an operand was expected. Any other word where an
 * operand is expected is a name ({@code WHERE value / 2} divides the field {@code value}).
 */
final class OperandPosition {

  /** Keywords that, read where an operand is expected, start an expression that takes one. */
  private static final Set<String> STARTS_EXPRESSION = Set.of(
      "RETURN", "THROW", "IF", "SELECT", "NOT", "CREATE", "UPDATE", "UPSERT", "DELETE", "RELATE", "LET", "FOR", "SLEEP");

  /** Keywords that, read after an operand, take an expression: infix operators and clauses. */
  private static final Set<String> TAKES_EXPRESSION = Set.of(
      "AND", "OR", "IS", "NOT", "IN", "CONTAINS", "CONTAINSNOT", "CONTAINSALL", "CONTAINSANY", "CONTAINSNONE",
      "INSIDE", "NOTINSIDE", "ALLINSIDE", "ANYINSIDE", "NONEINSIDE", "OUTSIDE", "INTERSECTS",
      "WHERE", "VALUE", "ASSERT", "WHEN", "DEFAULT", "AS", "RETURN", "BY", "FROM", "ONLY", "SET", "UNSET", "INTO",
      "CONTENT", "MERGE", "PATCH", "REPLACE", "LIMIT", "START", "SPLIT", "FETCH", "OMIT", "TIMEOUT");

  private boolean expectsOperand = true;
  private boolean afterSelect;

  /** Whether the next token is read where an operand is expected. */
  boolean expectsOperand() {
    return expectsOperand;
  }

  /** Moves past {@code token}, which must be significant. */
  void accept(Token token) {
    boolean select = false;
    switch (token.type()) {
      case SEMICOLON, OPEN, OPERATOR -> expectsOperand = true;
      case WORD -> {
        String word = token.text().toUpperCase(Locale.ROOT);
        select = word.equals("SELECT");
        if (word.equals("THEN") || word.equals("ELSE")) {
          expectsOperand = true;
        } else if (expectsOperand) {
          expectsOperand = STARTS_EXPRESSION.contains(word) || (afterSelect && word.equals("VALUE"));
        } else {
          expectsOperand = TAKES_EXPRESSION.contains(word);
        }
      }
      default -> expectsOperand = false;
    }
    afterSelect = select;
  }
}

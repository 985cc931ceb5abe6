package dev.surql.core.internal.sql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * Tracks whether SurrealDB's parser would read an operand (a "prime" expression) at the next token,
 * the one thing its lexer needs to know to tell a {@code /regex/} literal or an embedded JavaScript
 * {@code function() { … }} from a division or a {@code DEFINE FUNCTION}. SurrealDB decides this in
 * its parser; this follows the same rules from the significant tokens alone: an operand is expected
 * at the start of a statement, after an operator, an opening bracket and {@code ;}; after a keyword
 * that takes an expression ({@code WHERE}, {@code AND}, {@code IN}, {@code VALUE}, {@code THEN},
 * …); and after a keyword that starts one ({@code RETURN}, {@code IF}, {@code SELECT}, {@code
 * THROW}, …) where an operand was expected. Any other word where an operand is expected is a name
 * ({@code WHERE value / 2} divides the field {@code value}). Angle brackets are told apart: a cast
 * ({@code <string> /a/}) is followed by an operand, a generic type ({@code TYPE option<string>
 * ASSERT /a/}) ends one, anything else compares; and {@code *} where an operand is expected is the
 * wildcard ({@code SELECT * FROM}), an operand itself.
 */
final class OperandPosition {

  /** Keywords that, read where an operand is expected, start an expression that takes one. */
  private static final Set<String> STARTS_EXPRESSION =
      Set.of(
          "RETURN", "THROW", "IF", "SELECT", "NOT", "CREATE", "UPDATE", "UPSERT", "DELETE",
          "RELATE", "LET", "FOR", "SLEEP");

  /** Keywords that, read after an operand, take an expression: infix operators and clauses. */
  private static final Set<String> TAKES_EXPRESSION =
      Set.of(
          "AND",
          "OR",
          "IS",
          "NOT",
          "IN",
          "CONTAINS",
          "CONTAINSNOT",
          "CONTAINSALL",
          "CONTAINSANY",
          "CONTAINSNONE",
          "INSIDE",
          "NOTINSIDE",
          "ALLINSIDE",
          "ANYINSIDE",
          "NONEINSIDE",
          "OUTSIDE",
          "INTERSECTS",
          "WHERE",
          "VALUE",
          "ASSERT",
          "WHEN",
          "DEFAULT",
          "AS",
          "RETURN",
          "BY",
          "FROM",
          "ONLY",
          "SET",
          "UNSET",
          "INTO",
          "CONTENT",
          "MERGE",
          "PATCH",
          "REPLACE",
          "LIMIT",
          "START",
          "SPLIT",
          "FETCH",
          "OMIT",
          "TIMEOUT");

  /**
   * Type names that take generic arguments, as in {@code option<string>} or {@code record<user>}.
   */
  private static final Set<String> GENERIC_TYPES =
      Set.of(
          "OPTION",
          "ARRAY",
          "SET",
          "RECORD",
          "GEOMETRY",
          "RANGE",
          "REFERENCES",
          "FUTURE",
          "EITHER",
          "TABLE",
          "FILE");

  private enum Angle {
    CAST,
    GENERIC
  }

  private final Deque<Angle> angles = new ArrayDeque<>();
  private boolean expectsOperand = true;
  private boolean afterSelect;
  private Token previous;

  /** Whether the next token is read where an operand is expected. */
  boolean expectsOperand() {
    return expectsOperand;
  }

  /** Moves past {@code token}, which must be significant. */
  void accept(Token token) {
    boolean select = false;
    switch (token.type()) {
      case SEMICOLON -> {
        expectsOperand = true;
        angles.clear();
      }
      case OPEN -> expectsOperand = true;
      case OPERATOR -> expectsOperand = afterOperator(token);
      case WORD -> {
        String word = token.text().toUpperCase(Locale.ROOT);
        select = word.equals("SELECT");
        if (word.equals("THEN") || word.equals("ELSE")) {
          expectsOperand = true;
        } else if (expectsOperand) {
          expectsOperand =
              STARTS_EXPRESSION.contains(word) || (afterSelect && word.equals("VALUE"));
        } else {
          expectsOperand = TAKES_EXPRESSION.contains(word);
        }
      }
      default -> expectsOperand = false;
    }
    afterSelect = select;
    previous = token;
  }

  private boolean afterOperator(Token token) {
    switch (token.text()) {
      case "*" -> {
        return !expectsOperand; // a wildcard where an operand is expected, else a multiplication
      }
      case "<" -> {
        if (expectsOperand) {
          angles.push(Angle.CAST);
        } else if (previous != null
            && previous.type() == TokenType.WORD
            && previous.endOffset() == token.offset()
            && GENERIC_TYPES.contains(previous.text().toUpperCase(Locale.ROOT))) {
          angles.push(Angle.GENERIC);
        }
        return true;
      }
      case ">" -> {
        return angles.isEmpty()
            || angles.pop() == Angle.CAST; // after a generic type: an operand ended
      }
      default -> {
        return true;
      }
    }
  }
}

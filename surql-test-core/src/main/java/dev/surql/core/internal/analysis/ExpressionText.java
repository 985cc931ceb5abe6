package dev.surql.core.internal.analysis;

import dev.surql.core.internal.sql.SurqlKeywords;
import dev.surql.core.internal.sql.SurqlLexer;
import dev.surql.core.internal.sql.Token;
import dev.surql.core.internal.sql.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Compares SurrealQL expressions ({@code ASSERT}, {@code VALUE}, {@code DEFAULT}) as written in a
 * migration and as the server prints them: the same up to whitespace, comments, quote style and the
 * case of word operators and literals.
 */
final class ExpressionText {

  /** Words whose case does not matter: word operators, literals and {@code IN}. */
  private static final Set<String> CASE_INSENSITIVE_WORDS =
      SurqlKeywords.union(
          SurqlKeywords.union(SurqlKeywords.WORD_OPERATORS, SurqlKeywords.LITERALS), Set.of("IN"));

  private ExpressionText() {}

  /**
   * Whether two expressions are the same up to whitespace, comments, quote style and keyword case.
   */
  static boolean same(Optional<String> old, String now) {
    if (old.isEmpty()) {
      return false;
    }
    try {
      return normalized(old.get()).equals(normalized(now));
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static List<String> normalized(String expression) {
    List<String> out = new ArrayList<>();
    for (Token t : SurqlLexer.tokenize(expression, "<expression>")) {
      if (!t.isSignificant()) {
        continue;
      }
      if (t.type() == TokenType.STRING) {
        out.add("S:" + t.value());
      } else if (t.type() == TokenType.WORD
          && CASE_INSENSITIVE_WORDS.contains(t.text().toUpperCase(Locale.ROOT))) {
        out.add("W:" + t.text().toUpperCase(Locale.ROOT));
      } else if (t.type() == TokenType.ESCAPED_IDENTIFIER) {
        out.add("I:" + t.value());
      } else {
        out.add(
            t.type().name().charAt(0) + ":" + (t.type() == TokenType.WORD ? t.value() : t.text()));
      }
    }
    return out;
  }
}

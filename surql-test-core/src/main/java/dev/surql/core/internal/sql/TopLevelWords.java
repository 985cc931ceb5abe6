package dev.surql.core.internal.sql;

import java.util.List;

/**
 * Finds keywords at the top level of a statement's tokens: outside parentheses, brackets and
 * braces, and not used as a field or function name after {@code .}, {@code ::} or {@code :}. The
 * statement analyses share it to cut a statement at {@code WHERE}, {@code SET}, {@code TYPE} and
 * the like.
 */
public final class TopLevelWords {

  private TopLevelWords() {}

  /** The index of the first top-level {@code word} at or after {@code from}, or -1. */
  public static int indexOf(List<Token> tokens, String word, int from) {
    int depth = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.type() == TokenType.OPEN) {
        depth++;
      } else if (t.type() == TokenType.CLOSE) {
        depth--;
      } else if (i >= from && depth == 0 && t.isWord(word) && !afterPathOperator(tokens, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The index of the first top-level {@code word}, or -1. */
  public static int indexOf(List<Token> tokens, String word) {
    return indexOf(tokens, word, 0);
  }

  /**
   * Whether the token at {@code i} follows {@code .}, {@code ::} or {@code :}: a name, not a
   * keyword.
   */
  public static boolean afterPathOperator(List<Token> tokens, int i) {
    if (i == 0) {
      return false;
    }
    String previous = tokens.get(i - 1).text();
    return previous.equals(".") || previous.equals("::") || previous.equals(":");
  }
}

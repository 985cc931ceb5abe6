package dev.surql.core.internal.sql;

import java.util.Objects;

/**
 * One lexical token of SurrealQL source. {@code text} is the raw source text; {@code value} is the
 * unescaped content of an identifier or string (without quotes, backticks, angle brackets or string
 * prefix), the name of a parameter without its {@code $}, the pattern of a regex literal, the
 * JavaScript between the braces of a {@link TokenType#SCRIPT}, and the text itself for every other
 * token. {@code line} and {@code column} are 1-based (columns count code points); {@code offset} is
 * the UTF-16 index of the token's first char in the lexed source.
 */
public record Token(TokenType type, String text, String value, int line, int column, int offset) {

  public Token {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
  }

  /** Whether this is a bare {@link TokenType#WORD} equal to {@code keyword}, ignoring case. */
  public boolean isWord(String keywordCaseInsensitive) {
    return type == TokenType.WORD && text.equalsIgnoreCase(keywordCaseInsensitive);
  }

  /**
   * Whether this token matters to the meaning of a statement, that is it is neither a comment nor
   * whitespace.
   */
  public boolean isSignificant() {
    return type != TokenType.COMMENT && type != TokenType.WHITESPACE;
  }

  /** The UTF-16 index just past this token's last char in the lexed source. */
  int endOffset() {
    return offset + text.length();
  }
}

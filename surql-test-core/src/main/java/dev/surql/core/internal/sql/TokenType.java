package dev.surql.core.internal.sql;

/**
 * The kind of a {@link Token}. {@link #WORD} is a bare identifier or keyword (letters, digits,
 * {@code _}); {@link #ESCAPED_IDENTIFIER} is a {@code `backtick`} or {@code ⟨angle⟩} identifier;
 * {@link #STRING} is a quoted string, optionally prefixed ({@code r"…"}, {@code d"…"}, …), or a
 * {@code /regex/} literal; {@link #SCRIPT} is the body of an embedded JavaScript function, braces
 * included ({@code value} is what is between them); {@link #PARAMETER} is {@code $name}; {@link
 * #OPEN} and {@link #CLOSE} are <code>( [ &#123;</code> and <code>) ] &#125;</code>; {@link
 * #OPERATOR} is any other punctuation such as {@code . , : = -> <- <=}; {@link #COMMENT} and {@link
 * #WHITESPACE} are insignificant.
 */
public enum TokenType {
  WORD,
  ESCAPED_IDENTIFIER,
  STRING,
  SCRIPT,
  NUMBER,
  PARAMETER,
  OPERATOR,
  SEMICOLON,
  OPEN,
  CLOSE,
  COMMENT,
  WHITESPACE
}

package dev.surql.core.internal.sql;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Quotes table, field, index and other names for safe use in generated SurrealQL. {@link
 * #escape(String)} always wraps a name in backticks, escaping {@code `} and {@code \}, so no name
 * can break out of the identifier; {@link #escapeIfNeeded(String)} leaves plain names such as
 * {@code user} or {@code created_at} bare and quotes everything else, including SurrealQL's
 * reserved keywords.
 */
public final class SurqlIdentifiers {

  /**
   * Words that may not appear bare as identifiers: SurrealDB's own reserved-keyword set plus the
   * word operators and block keywords, matched case-insensitively.
   */
  private static final Set<String> RESERVED =
      SurqlKeywords.union(
          SurqlKeywords.union(SurqlKeywords.STATEMENTS, SurqlKeywords.LITERALS),
          SurqlKeywords.union(
              SurqlKeywords.WORD_OPERATORS,
              // further words SurrealDB reserves, and the block keywords, quoted to be safe across
              // versions
              Set.of(
                  "DIFF",
                  "RAND",
                  "AFTER",
                  "BEFORE",
                  "VALUE",
                  "BY",
                  "ALL",
                  "WHERE",
                  "TABLE",
                  "TB",
                  "SEQUENCE",
                  "FUNCTION",
                  "THEN",
                  "ELSE",
                  "END")));

  private SurqlIdentifiers() {}

  /**
   * Wraps {@code identifier} in backticks, escaping {@code `} as {@code \`} and {@code \} as {@code
   * \\}.
   *
   * @throws NullPointerException if {@code identifier} is null
   * @throws IllegalArgumentException if {@code identifier} is empty or contains a NUL char
   */
  public static String escape(String identifier) {
    validate(identifier);
    StringBuilder out = new StringBuilder(identifier.length() + 8).append('`');
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (c == '`' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('`').toString();
  }

  /**
   * Returns {@code identifier} unchanged if it matches {@code [A-Za-z_][A-Za-z0-9_]*} and is not a
   * reserved keyword (in any case), else {@link #escape(String)}s it.
   *
   * @throws NullPointerException if {@code identifier} is null
   * @throws IllegalArgumentException if {@code identifier} is empty or contains a NUL char
   */
  public static String escapeIfNeeded(String identifier) {
    validate(identifier);
    return isPlain(identifier) && !isReserved(identifier) ? identifier : escape(identifier);
  }

  /** Whether {@code word} is one of the keywords that {@link #escapeIfNeeded} always quotes. */
  static boolean isReserved(String word) {
    return RESERVED.contains(word.toUpperCase(Locale.ROOT));
  }

  private static boolean isPlain(String identifier) {
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  private static void validate(String identifier) {
    Objects.requireNonNull(identifier, "identifier");
    if (identifier.isEmpty()) {
      throw new IllegalArgumentException("a SurrealQL identifier must not be empty");
    }
    if (identifier.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "a SurrealQL identifier must not contain a NUL character: "
              + identifier.replace('\0', '?'));
    }
  }
}

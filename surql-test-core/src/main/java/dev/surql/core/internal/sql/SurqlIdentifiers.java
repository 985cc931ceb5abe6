package dev.surql.core.internal.sql;

import dev.surql.core.migration.Statement;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Quotes table, field, index and other names for safe use in generated SurrealQL. {@link
 * #escape(String)} always wraps a name in backticks, escaping {@code `} and {@code \}, so no name
 * can break out of the identifier; {@link #escapeIfNeeded(String)} leaves plain names such as
 * {@code user} or {@code created_at} bare and quotes everything else, including SurrealQL's reserved
 * keywords.
 */
public final class SurqlIdentifiers {

  /**
   * Words that may not appear bare as identifiers: SurrealDB's own reserved-keyword set plus the
   * word operators and block keywords, matched case-insensitively.
   */
  private static final Set<String> RESERVED =
      Set.of(
          // Statement keywords and literals reserved by SurrealDB itself.
          "ALTER", "BEGIN", "BREAK", "CANCEL", "COMMIT", "CONTINUE", "CREATE", "DEFINE", "DELETE",
          "FOR", "IF", "INFO", "INSERT", "KILL", "LIVE", "OPTION", "REBUILD", "RETURN", "RELATE",
          "REMOVE", "SELECT", "LET", "SHOW", "SLEEP", "THROW", "UPDATE", "UPSERT", "USE", "DIFF",
          "RAND", "NONE", "NULL", "AFTER", "BEFORE", "VALUE", "BY", "ALL", "TRUE", "FALSE", "WHERE",
          "TABLE", "TB", "SEQUENCE", "FUNCTION",
          // Word operators and block keywords, quoted to be safe across SurrealDB versions.
          "AND", "OR", "NOT", "IS", "CONTAINS", "CONTAINSNOT", "CONTAINSALL", "CONTAINSANY",
          "CONTAINSNONE", "INSIDE", "NOTINSIDE", "ALLINSIDE", "ANYINSIDE", "NONEINSIDE", "OUTSIDE",
          "INTERSECTS", "THEN", "ELSE", "END");

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
          "a SurrealQL identifier must not contain a NUL character: " + identifier.replace('\0', '?'));
    }
  }
}

package dev.surql.core.internal.text;

/**
 * Shortens text for messages and tables: a statement, a server answer or a checksum is cut after a
 * given number of characters and marked with {@code …}. One place, so that every message of
 * surql-test shortens alike.
 */
public final class Abbreviation {

  /** The mark of text that was cut. */
  public static final String ELLIPSIS = "…";

  private Abbreviation() {}

  /**
   * {@code text} if it has at most {@code max} characters, else its first {@code max} and {@code
   * …}.
   */
  public static String abbreviate(String text, int max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    return text.length() <= max ? text : text.substring(0, max) + ELLIPSIS;
  }

  /**
   * {@code text} on one line (each run of whitespace one space, none at either end), then {@link
   * #abbreviate abbreviated}: how messages quote a statement.
   */
  public static String oneLine(String text, int max) {
    return abbreviate(text.strip().replaceAll("\\s+", " "), max);
  }
}

package dev.surql.core.sql;

/**
 * One SurrealQL text of the splitter's differential corpus: where it comes from (a migration file
 * and section, or a generator family and number), the text itself, and whether SurrealDB must
 * parse it ({@code valid}) or must refuse it (a deliberately unterminated construct, which the
 * splitter must refuse too).
 */
record CorpusText(String origin, String text, boolean valid) {

  static CorpusText valid(String origin, String text) {
    return new CorpusText(origin, text, true);
  }

  static CorpusText invalid(String origin, String text) {
    return new CorpusText(origin, text, false);
  }
}

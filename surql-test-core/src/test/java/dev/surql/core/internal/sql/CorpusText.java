package dev.surql.core.internal.sql;

/**
 * One SurrealQL text of the splitter's differential corpus: where it comes from (a migration file
 * and section, or a generator family and number), the text itself, whether SurrealDB must parse it
 * ({@code valid}) or must refuse it (a deliberately unterminated construct, which the splitter must
 * refuse too), and whether it is a real migration ({@code real}: one that SurrealDB 3.0.2 cannot
 * parse, e.g. written for 2.x, has no count to compare and is reported as excluded).
 */
record CorpusText(String origin, String text, boolean valid, boolean real) {

  static CorpusText migration(String origin, String text) {
    return new CorpusText(origin, text, true, true);
  }

  static CorpusText valid(String origin, String text) {
    return new CorpusText(origin, text, true, false);
  }

  static CorpusText invalid(String origin, String text) {
    return new CorpusText(origin, text, false, false);
  }
}

package dev.surql.core.internal.sql;

import dev.surql.core.migration.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Cuts SurrealQL source into {@link Statement}s at top-level semicolons, in linear time. A
 * semicolon inside a string, comment, escaped identifier or any <code>( … )</code>, <code>[ …
 * ]</code> or <code>&#123; … &#125;</code> nesting (function bodies, event {@code THEN} blocks,
 * {@code IF}/{@code FOR} blocks, object literals) never splits, nor does the one semicolon
 * SurrealDB allows after each branch of the worded {@code IF … THEN … [ELSE …] END} form; a final
 * statement needs no semicolon; statements that hold only comments or whitespace, and stray
 * semicolons, are dropped. Syntax problems surface as {@link SurqlSyntaxException}. The statements
 * are the ones SurrealDB 3.x reads from the same text: its {@code /sql} endpoint answers once per
 * statement returned here (a build-time differential test compares the two on thousands of texts).
 */
public final class StatementSplitter {

  private StatementSplitter() {}

  /**
   * Splits {@code source}, whose first line is line 1 of {@code origin}.
   *
   * @throws SurqlSyntaxException on an unterminated string, comment, escaped identifier or block
   */
  public static List<Statement> split(String source, String origin) {
    return split(source, origin, 1);
  }

  /**
   * Splits {@code source}, which begins at line {@code firstLine} (1-based) of the file {@code
   * origin}, so statements and errors report file lines, e.g. for the down section of a migration.
   *
   * @throws SurqlSyntaxException on an unterminated string, comment, escaped identifier or block
   * @throws IllegalArgumentException if {@code firstLine} is less than 1
   */
  public static List<Statement> split(String source, String origin, int firstLine) {
    String label = SurqlLexer.originOf(origin);
    List<Token> tokens = SurqlLexer.tokenize(source, label, firstLine);
    List<Statement> statements = new ArrayList<>();
    WordedIfs ifs = new WordedIfs();
    int depth = 0;
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      switch (token.type()) {
        case OPEN -> depth++;
        case CLOSE -> depth--;
        case SEMICOLON -> {
          if (depth == 0 && !ifs.holdsSemicolon(depth)) {
            ifs.accept(token, depth);
            add(statements, source, label, tokens, first, last);
            first = -1;
            last = -1;
            continue;
          }
        }
        default -> {}
      }
      if (token.isSignificant()) {
        ifs.accept(token, depth);
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    add(statements, source, label, tokens, first, last);
    return Collections.unmodifiableList(statements);
  }

  private static void add(
      List<Statement> statements,
      String source,
      String origin,
      List<Token> tokens,
      int first,
      int last) {
    if (first < 0) {
      return;
    }
    Token start = tokens.get(first);
    Token end = tokens.get(last);
    statements.add(
        Statements.of(
            source.substring(start.offset(), end.endOffset()),
            origin,
            start.line(),
            start.column(),
            tokens.subList(first, last + 1)));
  }
}

package dev.surql.core.internal.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A single-pass, linear-time SurrealQL lexer. It recognises quoted and prefixed strings ({@code
 * 'a'}, {@code "b"}, {@code r"user:1"}, {@code d"2026-01-01"}, …) with backslash escapes, {@code
 * /regex/} literals (where SurrealDB's parser reads an operand, see {@link OperandPosition}; they
 * may span lines), the bodies of embedded JavaScript functions ({@code function(…) &#123; …
 * &#125;}, scanned as SurrealDB scans them: braces, quoted and template strings, {@code //} and
 * <code>/* … *&#47;</code> comments), the comment styles {@code --}, {@code //}, {@code #} and
 * <code>/* … *&#47;</code>, {@code `backtick`} and {@code ⟨angle⟩} identifiers, parameters,
 * numbers, brackets and operators, and checks that every <code>( [ &#123;</code> is closed by its
 * partner. Lines and columns are 1-based; a column counts Unicode code points (a surrogate pair is
 * one column, a tab is one column); {@code \r\n}, {@code \n} and a lone {@code \r} each end a line.
 * Any unterminated construct throws a {@link SurqlSyntaxException} pointing at where it starts.
 */
public final class SurqlLexer {

  private static final String DEFAULT_ORIGIN = "<input>";

  /**
   * Multi-char operators, longest first within each shared prefix; anything else is one code point.
   */
  private static final String[] OPERATORS = {
    "<->", "<-", "->", "::", "...", "..=", "..", "<=", ">=", "==", "!=", "?=", "*=", "+?=", "+=",
    "-=", "!~", "?~", "*~", "&&", "||", "??", "?:", "**", "=>", "@@"
  };

  private static final char OPEN_ANGLE = '\u27E8';
  private static final char CLOSE_ANGLE = '\u27E9';

  private final String src;
  private final String origin;
  private final int length;
  private final List<Token> tokens;
  private final List<Token> openers = new ArrayList<>();
  private int pos;
  private int line;
  private int col = 1;
  private final OperandPosition operand = new OperandPosition();

  /**
   * The word {@code function} was read where an operand is expected: a JavaScript function if
   * {@code (} follows.
   */
  private boolean functionWord;

  /** Bracket depths of the argument lists of JavaScript functions being read, innermost last. */
  private final List<Integer> scriptArguments = new ArrayList<>();

  /**
   * The argument list of a JavaScript function just closed: a <code>&#123;</code> next starts its
   * body.
   */
  private boolean scriptBodyNext;

  private SurqlLexer(String src, String origin, int firstLine) {
    this.src = src;
    this.origin = origin == null ? DEFAULT_ORIGIN : origin;
    this.length = src.length();
    this.line = firstLine;
    this.tokens = new ArrayList<>(Math.max(16, length / 4));
  }

  /**
   * Splits {@code source} into tokens, comments and whitespace included, so that concatenating
   * every token's text gives back {@code source}.
   *
   * @param source the SurrealQL text
   * @param origin the file name or other label used in error messages ({@code null} means {@code
   *     <input>})
   * @throws SurqlSyntaxException on an unterminated string, comment, escaped identifier or block,
   *     or an unbalanced bracket
   */
  public static List<Token> tokenize(String source, String origin) {
    return tokenize(source, origin, 1);
  }

  /**
   * Like {@link #tokenize(String, String)}, numbering the first line of {@code source} {@code
   * firstLine}.
   */
  static List<Token> tokenize(String source, String origin, int firstLine) {
    if (source == null) {
      throw new NullPointerException("source");
    }
    if (firstLine < 1) {
      throw new IllegalArgumentException("firstLine must be at least 1, was " + firstLine);
    }
    SurqlLexer lexer = new SurqlLexer(source, origin, firstLine);
    lexer.run();
    return Collections.unmodifiableList(lexer.tokens);
  }

  /** The origin label used for {@code origin}, replacing {@code null}. */
  static String originOf(String origin) {
    return origin == null ? DEFAULT_ORIGIN : origin;
  }

  private void run() {
    while (pos < length) {
      scanToken();
    }
    if (!openers.isEmpty()) {
      Token open = openers.get(openers.size() - 1);
      throw error(
          open.line(),
          open.column(),
          "unterminated block starting here: '"
              + open.text()
              + "' has no matching '"
              + closerFor(open.text().charAt(0))
              + "' before the end of the input");
    }
  }

  private void scanToken() {
    int start = pos;
    int startLine = line;
    int startCol = col;
    char c = src.charAt(pos);
    char next = pos + 1 < length ? src.charAt(pos + 1) : '\0';

    if (isWhitespace(c)) {
      do {
        advance();
      } while (pos < length && isWhitespace(src.charAt(pos)));
      emit(TokenType.WHITESPACE, start, startLine, startCol);
    } else if ((c == '-' && next == '-') || (c == '/' && next == '/') || c == '#') {
      while (pos < length && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
        char d = src.charAt(pos);
        advance();
        if (d == '\u0085' || d == '\u2028' || d == '\u2029') {
          break; // SurrealDB ends the comment with NEL, LS and PS too, and counts them in it
        }
      }
      emit(TokenType.COMMENT, start, startLine, startCol);
    } else if (c == '/' && next == '*') {
      scanBlockComment(start, startLine, startCol);
    } else if (c == '\'' || c == '"') {
      scanQuoted(start, startLine, startCol, TokenType.STRING, c, start + 1, "string literal");
    } else if (c == '`') {
      scanQuoted(
          start,
          startLine,
          startCol,
          TokenType.ESCAPED_IDENTIFIER,
          '`',
          start + 1,
          "escaped identifier");
    } else if (c == OPEN_ANGLE) {
      scanQuoted(
          start,
          startLine,
          startCol,
          TokenType.ESCAPED_IDENTIFIER,
          CLOSE_ANGLE,
          start + 1,
          "escaped identifier");
    } else if (c == '$' && pos + 1 < length && isWordChar(src.codePointAt(pos + 1))) {
      advance();
      skipWordChars();
      emitWithValue(TokenType.PARAMETER, start, startLine, startCol, src.substring(start + 1, pos));
    } else if (c >= '0' && c <= '9') {
      scanNumber(start, startLine, startCol);
    } else if (isWordChar(src.codePointAt(pos))) {
      skipWordChars();
      if (pos - start == 1 && isStringPrefix(c) && pos < length) {
        char quote = src.charAt(pos);
        if (quote == '\'' || quote == '"') {
          advance();
          scanQuoted(start, startLine, startCol, TokenType.STRING, quote, pos, "string literal");
          return;
        }
      }
      emit(TokenType.WORD, start, startLine, startCol);
    } else if (c == ';') {
      advance();
      emit(TokenType.SEMICOLON, start, startLine, startCol);
    } else if (c == '{' && scriptBodyNext) {
      scanScript(start, startLine, startCol);
    } else if (c == '(' || c == '[' || c == '{') {
      advance();
      openers.add(emit(TokenType.OPEN, start, startLine, startCol));
    } else if (c == ')' || c == ']' || c == '}') {
      scanClose(c, start, startLine, startCol);
    } else if (c == '/' && operand.expectsOperand() && scanRegex(start, startLine, startCol)) {
      return;
    } else {
      scanOperator(start, startLine, startCol);
    }
  }

  private void scanBlockComment(int start, int startLine, int startCol) {
    advance();
    advance();
    while (true) {
      if (pos >= length) {
        throw error(startLine, startCol, "unterminated block comment starting here");
      }
      if (src.charAt(pos) == '*' && pos + 1 < length && src.charAt(pos + 1) == '/') {
        advance();
        advance();
        emit(TokenType.COMMENT, start, startLine, startCol);
        return;
      }
      advance();
    }
  }

  /**
   * Scans a quoted construct whose opening delimiter ends just before {@code contentStart} and
   * which is closed by {@code close}; a backslash escapes the next char.
   */
  private void scanQuoted(
      int start,
      int startLine,
      int startCol,
      TokenType type,
      char close,
      int contentStart,
      String what) {
    pos = contentStart;
    col = startCol + src.codePointCount(start, contentStart);
    StringBuilder value = null;
    int segment = contentStart;
    while (true) {
      if (pos >= length) {
        throw error(startLine, startCol, "unterminated " + what + " starting here");
      }
      char c = src.charAt(pos);
      if (c == close) {
        String content;
        if (value == null) {
          content = src.substring(contentStart, pos);
        } else {
          content = value.append(src, segment, pos).toString();
        }
        advance();
        emitWithValue(type, start, startLine, startCol, content);
        return;
      }
      if (c == '\\') {
        if (value == null) {
          value = new StringBuilder(Math.max(16, pos - contentStart + 16));
        }
        value.append(src, segment, pos);
        advance();
        if (pos >= length) {
          throw error(startLine, startCol, "unterminated " + what + " starting here");
        }
        appendEscape(value);
        segment = pos;
      } else {
        advance();
      }
    }
  }

  /** Decodes the escape whose char (after the backslash) is at {@code pos}, consuming it. */
  private void appendEscape(StringBuilder value) {
    char e = src.charAt(pos);
    switch (e) {
      case 'n' -> value.append('\n');
      case 't' -> value.append('\t');
      case 'r' -> value.append('\r');
      case 'b' -> value.append('\b');
      case 'f' -> value.append('\f');
      case '0' -> value.append('\0');
      case 'u' -> {
        advance();
        appendUnicodeEscape(value);
        return;
      }
      default -> {
        // Any other escaped char stands for itself: \\ \' \" \` \⟩ \/ and the rest.
        int from = pos;
        advance();
        value.append(src, from, pos);
        return;
      }
    }
    advance();
  }

  /** Decodes {@code XXXX} or {@code {X…}} after {@code \\u}; keeps a plain {@code u} if neither. */
  private void appendUnicodeEscape(StringBuilder value) {
    if (pos < length && src.charAt(pos) == '{') {
      int end = pos + 1;
      while (end < length && end - pos <= 7 && isHex(src.charAt(end))) {
        end++;
      }
      if (end < length && src.charAt(end) == '}' && end - pos >= 2 && end - pos <= 7) {
        int cp = Integer.parseInt(src, pos + 1, end, 16);
        if (Character.isValidCodePoint(cp)) {
          value.appendCodePoint(cp);
          advanceAscii(end + 1 - pos);
          return;
        }
      }
    } else if (pos + 4 <= length
        && isHex(src.charAt(pos))
        && isHex(src.charAt(pos + 1))
        && isHex(src.charAt(pos + 2))
        && isHex(src.charAt(pos + 3))) {
      value.append((char) Integer.parseInt(src, pos, pos + 4, 16));
      advanceAscii(4);
      return;
    }
    value.append('u');
  }

  private void scanNumber(int start, int startLine, int startCol) {
    skipDigits();
    if (pos + 1 < length && src.charAt(pos) == '.' && isDigit(src.charAt(pos + 1))) {
      advance();
      skipDigits();
    }
    if (pos < length && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
      int sign =
          pos + 1 < length && (src.charAt(pos + 1) == '+' || src.charAt(pos + 1) == '-') ? 1 : 0;
      if (pos + 1 + sign < length && isDigit(src.charAt(pos + 1 + sign))) {
        advanceAscii(1 + sign);
        skipDigits();
      }
    }
    // Suffixes and units: 1.5f, 10dec, 1h30m, 5µs, 1_000.
    skipWordChars();
    emit(TokenType.NUMBER, start, startLine, startCol);
  }

  private void scanClose(char c, int start, int startLine, int startCol) {
    char expectedOpen = c == ')' ? '(' : c == ']' ? '[' : '{';
    if (openers.isEmpty()) {
      throw error(
          startLine, startCol, "unexpected '" + c + "' without a matching '" + expectedOpen + "'");
    }
    Token open = openers.remove(openers.size() - 1);
    char opened = open.text().charAt(0);
    if (opened != expectedOpen) {
      throw error(
          startLine,
          startCol,
          "mismatched '"
              + c
              + "': expected '"
              + closerFor(opened)
              + "' to close the '"
              + opened
              + "' at "
              + open.line()
              + ":"
              + open.column());
    }
    advance();
    emit(TokenType.CLOSE, start, startLine, startCol);
  }

  /**
   * Scans {@code /pattern/} as SurrealDB does: up to the next unescaped {@code /}, across line
   * breaks, a backslash escaping any char. Without a closing slash before the end of the input it
   * leaves {@code pos} alone and the {@code /} is read as a division (SurrealDB refuses the query).
   */
  private boolean scanRegex(int start, int startLine, int startCol) {
    int savedLine = line;
    int savedCol = col;
    advance();
    while (pos < length) {
      char c = src.charAt(pos);
      if (c == '/') {
        int end = pos;
        advance();
        emitWithValue(TokenType.STRING, start, startLine, startCol, src.substring(start + 1, end));
        return true;
      }
      advance();
      if (c == '\\' && pos < length) {
        advance();
      }
    }
    pos = start;
    line = savedLine;
    col = savedCol;
    return false;
  }

  /**
   * Scans the body of an embedded JavaScript function, from its <code>&#123;</code> to the matching
   * <code>&#125;</code>, as SurrealDB does: it counts braces and skips {@code '…'}, {@code "…"} and
   * {@code `…`} strings (backslash escapes) and {@code //} and <code>/* … *&#47;</code> comments,
   * so {@code --}, {@code #} and {@code ;} in JavaScript mean nothing here.
   */
  private void scanScript(int start, int startLine, int startCol) {
    advance();
    int depth = 1;
    while (depth > 0) {
      if (pos >= length) {
        throw error(startLine, startCol, "unterminated JavaScript function body starting here");
      }
      char c = src.charAt(pos);
      char next = pos + 1 < length ? src.charAt(pos + 1) : '\0';
      advance();
      if (c == '\'' || c == '"' || c == '`') {
        skipScriptString(c, startLine, startCol);
      } else if (c == '/' && next == '/') {
        while (pos < length && !endsScriptLine(src.charAt(pos))) {
          advance();
        }
      } else if (c == '/' && next == '*') {
        advance();
        while (!(pos + 1 < length && src.charAt(pos) == '*' && src.charAt(pos + 1) == '/')) {
          if (pos >= length) {
            throw error(startLine, startCol, "unterminated JavaScript function body starting here");
          }
          advance();
        }
        advance();
        advance();
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
    }
    emitWithValue(TokenType.SCRIPT, start, startLine, startCol, src.substring(start + 1, pos - 1));
  }

  private void skipScriptString(char quote, int startLine, int startCol) {
    while (true) {
      if (pos >= length) {
        throw error(startLine, startCol, "unterminated JavaScript function body starting here");
      }
      char c = src.charAt(pos);
      advance();
      if (c == quote) {
        return;
      }
      if (c == '\\' && pos < length) {
        advance();
      }
    }
  }

  private void scanOperator(int start, int startLine, int startCol) {
    for (String op : OPERATORS) {
      if (src.startsWith(op, pos)) {
        advanceAscii(op.length());
        emit(TokenType.OPERATOR, start, startLine, startCol);
        return;
      }
    }
    advance();
    emit(TokenType.OPERATOR, start, startLine, startCol);
  }

  // ---- position bookkeeping ----

  /** Consumes one code point (or one {@code \r\n} pair), keeping line and column up to date. */
  private void advance() {
    char c = src.charAt(pos);
    if (c == '\n') {
      pos++;
      line++;
      col = 1;
    } else if (c == '\r') {
      pos += pos + 1 < length && src.charAt(pos + 1) == '\n' ? 2 : 1;
      line++;
      col = 1;
    } else {
      pos +=
          Character.isHighSurrogate(c)
                  && pos + 1 < length
                  && Character.isLowSurrogate(src.charAt(pos + 1))
              ? 2
              : 1;
      col++;
    }
  }

  /** Consumes {@code n} chars known to be single-char, non-newline code points. */
  private void advanceAscii(int n) {
    pos += n;
    col += n;
  }

  private void skipWordChars() {
    while (pos < length) {
      int cp = src.codePointAt(pos);
      if (!isWordChar(cp)) {
        return;
      }
      pos += Character.charCount(cp);
      col++;
    }
  }

  private void skipDigits() {
    while (pos < length && isDigit(src.charAt(pos))) {
      pos++;
      col++;
    }
  }

  private Token emit(TokenType type, int start, int startLine, int startCol) {
    String text = src.substring(start, pos);
    return add(new Token(type, text, text, startLine, startCol, start));
  }

  private Token emitWithValue(
      TokenType type, int start, int startLine, int startCol, String value) {
    return add(new Token(type, src.substring(start, pos), value, startLine, startCol, start));
  }

  private Token add(Token token) {
    tokens.add(token);
    if (token.isSignificant()) {
      trackScript(token);
      operand.accept(token);
    }
    return token;
  }

  /**
   * Follows {@code function ( … )} where an operand is expected (SurrealDB's embedded JavaScript
   * function), so the <code>&#123;</code> after its argument list is scanned as JavaScript. Called
   * before the token is passed to {@link #operand}; for <code>( )</code> the bracket stack {@link
   * #openers} does not hold the token's own bracket.
   */
  private void trackScript(Token token) {
    scriptBodyNext = false;
    if (functionWord) {
      functionWord = false;
      if (token.type() == TokenType.OPEN && token.text().equals("(")) {
        scriptArguments.add(openers.size());
      }
    }
    if (token.type() == TokenType.CLOSE
        && token.text().equals(")")
        && !scriptArguments.isEmpty()
        && scriptArguments.get(scriptArguments.size() - 1) == openers.size()) {
      scriptArguments.remove(scriptArguments.size() - 1);
      scriptBodyNext = true;
    }
    if (token.isWord("function") && operand.expectsOperand()) {
      functionWord = true;
    }
  }

  private SurqlSyntaxException error(int atLine, int atCol, String detail) {
    return new SurqlSyntaxException(origin, atLine, atCol, detail);
  }

  // ---- character classes ----

  private static boolean isWhitespace(char c) {
    if (c <= 0x7F) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
    return c == '\uFEFF' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isWordChar(int cp) {
    return (cp >= 'a' && cp <= 'z')
        || (cp >= 'A' && cp <= 'Z')
        || (cp >= '0' && cp <= '9')
        || cp == '_'
        || (cp > 0x7F && Character.isLetterOrDigit(cp));
  }

  /** Where a JavaScript {@code //} comment ends: CR, LF, LS and PS. */
  private static boolean endsScriptLine(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Record id, datetime, uuid, string, bytes, file and other SurrealQL string prefixes. */
  private static boolean isStringPrefix(char c) {
    return c == 'r' || c == 'd' || c == 'u' || c == 's' || c == 't' || c == 'b' || c == 'f';
  }

  private static char closerFor(char open) {
    return open == '(' ? ')' : open == '[' ? ']' : '}';
  }
}

package dev.surql.core.internal.sql;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;

/**
 * SurrealQL source that cannot be lexed or split: an unterminated string, comment, escaped
 * identifier or block, or an unbalanced bracket. Its code is {@link ErrorCode#MIGRATION_INVALID};
 * its message starts with {@code origin:line:column:}, the place where the offending construct
 * starts (columns count code points), e.g. {@code 20260101_120000_init.surql:12:5: unterminated
 * string literal starting here}.
 */
public class SurqlSyntaxException extends SurqlException {
  private static final long serialVersionUID = 1L;

  private final String origin;
  private final int line;
  private final int column;

  public SurqlSyntaxException(String origin, int line, int column, String detail) {
    super(ErrorCode.MIGRATION_INVALID, origin + ":" + line + ":" + column + ": " + detail);
    this.origin = origin;
    this.line = line;
    this.column = column;
  }

  /** The file name or other label of the source, as passed to the lexer. */
  public String origin() {
    return origin;
  }

  /** The 1-based line where the offending construct starts. */
  public int line() {
    return line;
  }

  /** The 1-based column (in code points) where the offending construct starts. */
  public int column() {
    return column;
  }
}

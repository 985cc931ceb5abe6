package dev.surql.core.internal.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows SurrealDB's {@code IF} forms so the splitter knows which semicolons end a statement. The
 * worded form {@code IF cond THEN expr [;] [ELSE IF cond THEN expr [;]]… [ELSE expr [;]] END} lets
 * each branch end with a semicolon that SurrealDB's parser eats; the block form {@code IF cond
 * &#123; … &#125; [ELSE IF cond &#123; … &#125;]… [ELSE &#123; … &#125;]} is covered by its
 * brackets but must be told apart, so that its {@code ELSE IF} is not taken for a worded one. An
 * {@code IF} read where an operand is expected opens a chain at its bracket depth; {@code IF} right
 * after {@code ELSE} continues the chain, as in SurrealDB.
 */
final class WordedIfs {

  private enum Stage {
    /** Between {@code IF} and {@code THEN} or the block. */
    CONDITION,
    /** In a worded branch, up to {@code ELSE} or {@code END}. */
    BRANCH,
    /** After a block of the block form: {@code ELSE} continues it, anything else ends it. */
    BLOCK,
    /** After {@code ELSE} in the block form: {@code IF} or a block follows. */
    BLOCK_ELSE
  }

  private record Chain(int depth, Stage stage) {}

  private final List<Chain> open = new ArrayList<>();
  private final OperandPosition operand = new OperandPosition();
  private Token previous;

  /**
   * Whether a {@code ;} at bracket depth {@code depth} ends a worded {@code IF} branch there (and
   * not the statement).
   */
  boolean holdsSemicolon(int depth) {
    for (Chain top = top(); top != null && top.depth() >= depth; top = top()) {
      if (top.depth() == depth && top.stage() == Stage.BRANCH) {
        return true;
      }
      open.remove(open.size() - 1); // a block form that ended, or an IF SurrealDB refuses
    }
    return false;
  }

  /**
   * Moves past the significant {@code token}, read at bracket depth {@code depth} (for an opening
   * bracket, the depth inside it; for a closing one, the depth after it).
   */
  void accept(Token token, int depth) {
    boolean operandExpected = operand.expectsOperand();
    boolean opensBrace = token.type() == TokenType.OPEN && token.text().equals("{");
    int at = token.type() == TokenType.OPEN ? depth - 1 : depth;
    while (top() != null && top().depth() > at) { // left the brackets of an unfinished IF
      open.remove(open.size() - 1);
    }
    boolean chained = false;
    for (Chain top = top(); top != null && top.depth() == at; top = top()) {
      if (top.stage() == Stage.BLOCK) {
        if (token.type() == TokenType.CLOSE) {
          break; // the end of its own block
        }
        if (token.isWord("ELSE")) {
          replaceTop(Stage.BLOCK_ELSE);
          break;
        }
        open.remove(open.size() - 1);
        continue;
      }
      switch (top.stage()) {
        case CONDITION -> {
          if (token.isWord("THEN")) {
            replaceTop(Stage.BRANCH);
          } else if (opensBrace && !operandExpected) {
            replaceTop(Stage.BLOCK);
          }
        }
        case BRANCH -> {
          if (token.isWord("END")) {
            open.remove(open.size() - 1);
          } else if (token.isWord("IF") && previous != null && previous.isWord("ELSE")) {
            replaceTop(Stage.CONDITION);
            chained = true;
          }
        }
        case BLOCK_ELSE -> {
          if (token.isWord("IF")) {
            replaceTop(Stage.CONDITION);
            chained = true;
          } else {
            replaceTop(Stage.BLOCK);
          }
        }
        default -> throw new IllegalStateException(top.stage().name());
      }
      break;
    }
    if (token.isWord("IF") && operandExpected && !chained) {
      open.add(new Chain(depth, Stage.CONDITION));
    }
    operand.accept(token);
    previous = token;
  }

  private Chain top() {
    return open.isEmpty() ? null : open.get(open.size() - 1);
  }

  private void replaceTop(Stage stage) {
    open.set(open.size() - 1, new Chain(top().depth(), stage));
  }
}

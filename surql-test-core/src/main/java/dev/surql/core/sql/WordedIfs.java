package dev.surql.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Follows SurrealDB's worded {@code IF cond THEN expr [;] [ELSE IF cond THEN expr [;]]… [ELSE expr
 * [;]] END} form, whose branches may each end with a semicolon that does not end the statement
 * (SurrealDB's parser eats it). An {@code IF} read where an operand is expected opens a candidate
 * at its bracket depth; {@code THEN} at that depth makes it worded, a <code>&#123;</code> after its
 * condition makes it the block form (which brackets already cover), and {@code END} closes it.
 */
final class WordedIfs {

  private enum Stage { CONDITION, BRANCH }

  private record Candidate(int depth, Stage stage) {}

  private final List<Candidate> open = new ArrayList<>();
  private final OperandPosition operand = new OperandPosition();
  private Token previous;

  /** Whether a {@code ;} at bracket depth {@code depth} is inside a worded {@code IF} branch there. */
  boolean holdsSemicolon(int depth) {
    Candidate top = top();
    if (top != null && top.depth() == depth && top.stage() == Stage.BRANCH) {
      return true;
    }
    while (top != null && top.depth() >= depth) { // an IF that never got its THEN: SurrealDB refuses it
      open.remove(open.size() - 1);
      top = top();
    }
    return false;
  }

  /**
   * Moves past the significant {@code token}, read at bracket depth {@code depth} (for an opening
   * bracket, the depth outside it; for a closing one, the depth after it).
   */
  void accept(Token token, int depth) {
    boolean operandExpected = operand.expectsOperand();
    if (token.type() == TokenType.CLOSE) {
      while (top() != null && top().depth() > depth) { // left the brackets of an unfinished IF
        open.remove(open.size() - 1);
      }
    }
    Candidate top = top();
    boolean here = top != null && top.depth() == depthOutside(token, depth);
    if (token.isWord("IF") && operandExpected) {
      if (here && top.stage() == Stage.BRANCH && previous != null && previous.isWord("ELSE")) {
        replaceTop(new Candidate(top.depth(), Stage.CONDITION)); // ELSE IF continues the same chain
      } else {
        open.add(new Candidate(depth, Stage.CONDITION));
      }
    } else if (here && top.stage() == Stage.CONDITION && token.isWord("THEN")) {
      replaceTop(new Candidate(top.depth(), Stage.BRANCH));
    } else if (here && top.stage() == Stage.CONDITION && token.type() == TokenType.OPEN
        && token.text().equals("{") && !operandExpected) {
      open.remove(open.size() - 1); // the block form: IF cond { … }
    } else if (here && top.stage() == Stage.BRANCH && token.isWord("END")) {
      open.remove(open.size() - 1);
    }
    operand.accept(token);
    previous = token;
  }

  private static int depthOutside(Token token, int depth) {
    return token.type() == TokenType.OPEN ? depth - 1 : depth;
  }

  private Candidate top() {
    return open.isEmpty() ? null : open.get(open.size() - 1);
  }

  private void replaceTop(Candidate candidate) {
    open.set(open.size() - 1, candidate);
  }
}

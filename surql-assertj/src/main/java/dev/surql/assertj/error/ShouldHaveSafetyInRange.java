package dev.surql.assertj.error;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackSafety;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages for a rollback safety level outside a range: below a minimum ({@code
 * isAtLeast}) or above a maximum ({@code isAtMost}), the levels ordered SAFE &lt; DATA_LOSS &lt;
 * UNSAFE.
 */
public class ShouldHaveSafetyInRange extends BasicErrorMessageFactory {

  private static final String ORDER = "(from least to most risky: SAFE < DATA_LOSS < UNSAFE)";

  private ShouldHaveSafetyInRange(String format, Object... arguments) {
    super(format, arguments);
  }

  /** {@code actual} is less risky than {@code minimum}. */
  public static ErrorMessageFactory shouldBeAtLeast(RollbackSafety actual, RollbackSafety minimum) {
    return new ShouldHaveSafetyInRange(
        "%nExpecting rollback safety:%n  <%s>%nto be at least:%n  <%s>%n%s",
        actual, minimum, unquotedString(ORDER));
  }

  /** {@code actual} is riskier than {@code maximum}. */
  public static ErrorMessageFactory shouldBeAtMost(RollbackSafety actual, RollbackSafety maximum) {
    return new ShouldHaveSafetyInRange(
        "%nExpecting rollback safety:%n  <%s>%nto be at most:%n  <%s>%n%s",
        actual, maximum, unquotedString(ORDER));
  }

  /** The analysed safety of a migration's down is less risky than {@code minimum}. */
  public static ErrorMessageFactory shouldHaveAnalysedSafetyAtLeast(
      String version, RollbackSafety analysed, List<RollbackIssue> issues, RollbackSafety minimum) {
    return analysed("at least", version, analysed, issues, minimum);
  }

  /** The analysed safety of a migration's down is riskier than {@code maximum}. */
  public static ErrorMessageFactory shouldHaveAnalysedSafetyAtMost(
      String version, RollbackSafety analysed, List<RollbackIssue> issues, RollbackSafety maximum) {
    return analysed("at most", version, analysed, issues, maximum);
  }

  private static ErrorMessageFactory analysed(
      String bound,
      String version,
      RollbackSafety analysed,
      List<RollbackIssue> issues,
      RollbackSafety limit) {
    return new ShouldHaveSafetyInRange(
        "%nExpecting the analysed rollback safety of migration %s to be "
            + bound
            + ":%n  <%s>%nbut was:%n  <%s>%n%s"
            + "%nIssues:%n%s",
        unquotedString(version),
        limit,
        analysed,
        unquotedString(ORDER),
        unquotedString(Renderings.issues(issues)));
  }
}

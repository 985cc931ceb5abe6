package dev.surql.assertj.error;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.verify.TimelineStep;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages for a rollback safety level other than expected, listing the issues behind
 * it.
 */
public class ShouldHaveRollbackSafety extends BasicErrorMessageFactory {

  private ShouldHaveRollbackSafety(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The step's analysed safety is not {@code expected}. */
  public static ErrorMessageFactory shouldHaveAnalysedSafety(
      TimelineStep actual, RollbackSafety expected) {
    return shouldHaveAnalysedSafety(
        actual.version(), actual.analysedSafety(), actual.issues(), expected);
  }

  /** A migration's analysed safety is not {@code expected}. */
  public static ErrorMessageFactory shouldHaveAnalysedSafety(
      String version,
      RollbackSafety analysed,
      List<RollbackIssue> issues,
      RollbackSafety expected) {
    return new ShouldHaveRollbackSafety(
        "%nExpecting the analysed rollback safety of migration %s to be:%n  <%s>%nbut was:%n  <%s>%nIssues:%n%s",
        unquotedString(version), expected, analysed, unquotedString(Renderings.issues(issues)));
  }

  /** The plan's overall (data-aware) safety is not {@code expected}. */
  public static ErrorMessageFactory shouldHaveOverallSafety(
      RollbackPlan actual, RollbackSafety expected) {
    return new ShouldHaveRollbackSafety(
        "%nExpecting the overall safety of the rollback plan to be:%n  <%s>%nbut was:%n  <%s>%nIssues:%n%s",
        expected, actual.overallSafety(), unquotedString(Renderings.issues(actual.issues())));
  }

  /** The plan's static safety is not {@code expected}. */
  public static ErrorMessageFactory shouldHaveStaticSafety(
      RollbackPlan actual, RollbackSafety expected) {
    return new ShouldHaveRollbackSafety(
        "%nExpecting the static safety of the rollback plan to be:%n  <%s>%nbut was:%n  <%s>%nIssues:%n%s",
        expected, actual.staticSafety(), unquotedString(Renderings.issues(actual.issues())));
  }

  /** The plan would lose no data, although data loss was expected. */
  public static ErrorMessageFactory shouldHaveDataLoss(RollbackPlan actual) {
    return new ShouldHaveRollbackSafety(
        "%nExpecting the rollback plan to lose data (DATA_LOSS or UNSAFE) but its overall safety is:%n  <%s>",
        actual.overallSafety());
  }

  /** The plan needs approval ({@code force}), although it was expected not to. */
  public static ErrorMessageFactory shouldNotRequireApproval(RollbackPlan actual) {
    return new ShouldHaveRollbackSafety(
        "%nExpecting the rollback plan not to require approval but its overall safety is:%n  <%s>%nIssues:%n%s",
        actual.overallSafety(), unquotedString(Renderings.issues(actual.issues())));
  }

  /** The plan does not need approval, although it was expected to. */
  public static ErrorMessageFactory shouldRequireApproval(RollbackPlan actual) {
    return new ShouldHaveRollbackSafety(
        "%nExpecting the rollback plan to require approval but its overall safety is:%n  <%s>",
        actual.overallSafety());
  }
}

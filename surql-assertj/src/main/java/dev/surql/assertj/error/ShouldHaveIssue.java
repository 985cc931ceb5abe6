package dev.surql.assertj.error;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.rollback.RollbackPlan;
import dev.surql.core.rollback.RollbackSafety;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages for a rollback plan missing an expected issue, or with issues when none were
 * expected.
 */
public class ShouldHaveIssue extends BasicErrorMessageFactory {

  private ShouldHaveIssue(String format, Object... arguments) {
    super(format, arguments);
  }

  /** No issue of {@code version} has that safety. */
  public static ErrorMessageFactory shouldHaveIssue(
      RollbackPlan actual, String version, RollbackSafety safety) {
    return new ShouldHaveIssue(
        "%nExpecting the rollback plan to have a %s issue in migration %s but its issues were:%n%s",
        safety, unquotedString(version), unquotedString(Renderings.issues(actual.issues())));
  }

  /** No issue of {@code version} has that safety and a description containing {@code fragment}. */
  public static ErrorMessageFactory shouldHaveIssueContaining(
      RollbackPlan actual, String version, RollbackSafety safety, String fragment) {
    return new ShouldHaveIssue(
        "%nExpecting the rollback plan to have a %s issue in migration %s whose description contains:%n  <%s>%n"
            + "but its issues were:%n%s",
        safety,
        unquotedString(version),
        fragment,
        unquotedString(Renderings.issues(actual.issues())));
  }

  /** The plan has issues. */
  public static ErrorMessageFactory shouldHaveNoIssues(RollbackPlan actual) {
    return new ShouldHaveIssue(
        "%nExpecting the rollback plan to have no issue but it had %s:%n%s",
        actual.issues().size(), unquotedString(Renderings.issues(actual.issues())));
  }

  /** The issues of {@code version} put another number of records at stake. */
  public static ErrorMessageFactory shouldHaveAffectedRecords(
      RollbackPlan actual, String version, long expected, long found) {
    return new ShouldHaveIssue(
        "%nExpecting the issues of migration %s to affect:%n  <%s>%nrecords but they affect:%n  <%s>%nIssues:%n%s",
        unquotedString(version),
        expected,
        found,
        unquotedString(Renderings.issues(actual.issues())));
  }
}

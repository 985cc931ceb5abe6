package dev.surql.assertj.error;

import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.ReversibilityStatus;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the messages for a round trip with another outcome than expected, or a missing one. */
public class ShouldHaveReversibilityStatus extends BasicErrorMessageFactory {

  private ShouldHaveReversibilityStatus(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The round trip's status is not {@code expected}. */
  public static ErrorMessageFactory shouldHaveStatus(
      ReversibilityResult actual, ReversibilityStatus expected) {
    return new ShouldHaveReversibilityStatus(
        "%nExpecting the round trip of migration %s to be:%n  <%s>%nbut was:%n  <%s>%n%s",
        unquotedString(actual.version()),
        expected,
        actual.status(),
        unquotedString(ShouldBeReversible.explanation(actual)));
  }

  /** The round trip's status is none of {@code expected}. */
  public static ErrorMessageFactory shouldHaveStatusIn(
      ReversibilityResult actual, List<ReversibilityStatus> expected) {
    return new ShouldHaveReversibilityStatus(
        "%nExpecting the round trip of migration %s to be one of:%n  <%s>%nbut was:%n  <%s>%n%s",
        unquotedString(actual.version()),
        expected,
        actual.status(),
        unquotedString(ShouldBeReversible.explanation(actual)));
  }

  /** No round trip was made for {@code version}. */
  public static ErrorMessageFactory shouldHaveResult(List<String> versions, String version) {
    return new ShouldHaveReversibilityStatus(
        "%nExpecting round trips:%n  <versions: %s>%nto include version:%n  <%s>",
        versions, version);
  }
}

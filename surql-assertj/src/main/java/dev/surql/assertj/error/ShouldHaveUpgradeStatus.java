package dev.surql.assertj.error;

import dev.surql.core.upgrade.UpgradeResult;
import dev.surql.core.upgrade.UpgradeStatus;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a migration whose upgrade check result is not the expected one. */
public class ShouldHaveUpgradeStatus extends BasicErrorMessageFactory {

  private ShouldHaveUpgradeStatus(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The migration's result differs from {@code expected}. */
  public static ErrorMessageFactory shouldHaveUpgradeStatus(
      UpgradeResult actual, UpgradeStatus expected) {
    return new ShouldHaveUpgradeStatus(
        "%nExpecting migration %s to be:%n  <%s>%nbut it was:%n%s",
        unquotedString(actual.version()),
        expected,
        unquotedString(ShouldApplyOnTarget.describe(actual)));
  }
}

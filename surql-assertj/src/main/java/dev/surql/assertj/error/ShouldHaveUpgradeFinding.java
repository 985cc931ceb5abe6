package dev.surql.assertj.error;

import dev.surql.core.rule.Rule;
import dev.surql.core.upgrade.UpgradeResult;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for a migration that lacks an expected upgrade finding. */
public class ShouldHaveUpgradeFinding extends BasicErrorMessageFactory {

  private ShouldHaveUpgradeFinding(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The migration has no finding of {@code rule}. */
  public static ErrorMessageFactory shouldHaveUpgradeFinding(UpgradeResult actual, Rule rule) {
    return new ShouldHaveUpgradeFinding(
        "%nExpecting migration %s to have a finding:%n  <%s>%nbut it had:%n%s",
        unquotedString(actual.version()),
        unquotedString(rule.label()),
        unquotedString(ShouldApplyOnTarget.describe(actual)));
  }
}

package dev.surql.assertj.error;

import dev.surql.core.rule.Finding;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.upgrade.UpgradeResult;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the message for an upgrade check in which some migrations break on the target. */
public class ShouldApplyOnTarget extends BasicErrorMessageFactory {

  private ShouldApplyOnTarget(String format, Object... arguments) {
    super(format, arguments);
  }

  /** Some migrations fail on the target or give a different schema there. */
  public static ErrorMessageFactory shouldApplyOnTarget(UpgradeReport actual) {
    String details =
        actual.broken().stream()
            .map(ShouldApplyOnTarget::describe)
            .collect(Collectors.joining(String.format("%n")));
    return new ShouldApplyOnTarget(
        "%nExpecting all %s migrations to apply on %s as on %s but %s did not:%n%s",
        actual.results().size(),
        unquotedString(actual.toVersion()),
        unquotedString(actual.fromVersion()),
        actual.broken().size(),
        unquotedString(details));
  }

  static String describe(UpgradeResult result) {
    StringBuilder text =
        new StringBuilder("  ").append(result.version()).append(": ").append(result.status());
    for (Finding f : result.findings()) {
      text.append(
          String.format(
              "%n    %s%s %s",
              f.rule().label(), f.location().map(l -> " [" + l + "]").orElse(""), f.message()));
      f.hint().ifPresent(h -> text.append(String.format("%n      hint: %s", h)));
    }
    return text.toString();
  }
}

package dev.surql.junit5;

import dev.surql.core.migration.Migration;
import dev.surql.core.report.UpgradeReports;
import dev.surql.core.rule.Finding;
import dev.surql.core.snapshot.CrossVersionNormalization;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.upgrade.UpgradeResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns a class's upgrade check into one dynamic test per migration, with the breaking statements
 * in the failure.
 */
final class UpgradeTests {
  private static final String NL = System.lineSeparator();

  private UpgradeTests() {}

  static Stream<DynamicTest> of(SuiteState suite) {
    String to = suite.upgradeTarget().orElse(null);
    if (to == null) {
      return Stream.empty();
    }
    return suite.migrations().migrations().stream()
        .map(
            m ->
                DynamicTest.dynamicTest(
                    m.displayName() + " applies on " + to,
                    ReversibilityTests.source(m),
                    () -> check(suite, m)));
  }

  private static void check(SuiteState suite, Migration migration) {
    UpgradeReport report = suite.upgradeCheck().orElseThrow();
    UpgradeResult result =
        report
            .result(migration.version())
            .orElseThrow(
                () ->
                    new AssertionError(
                        "The upgrade check has no result for " + migration.displayName()));
    if (!result.breaks()) {
      return;
    }
    String from = CrossVersionNormalization.releaseLine(report.fromVersion());
    String to = CrossVersionNormalization.releaseLine(report.toVersion());
    StringBuilder message =
        new StringBuilder("Migration ")
            .append(migration.displayName())
            .append(": ")
            .append(UpgradeReports.status(result.status(), from, to))
            .append(" (")
            .append(report.fromVersion())
            .append(" → ")
            .append(report.toVersion())
            .append(")");
    for (Finding f : result.findings()) {
      message
          .append(NL)
          .append("  ")
          .append(f.rule().label())
          .append(f.location().map(l -> " [" + l + "]").orElse(""))
          .append(" ")
          .append(f.message());
      f.hint().ifPresent(h -> message.append(NL).append("      hint: ").append(h));
    }
    Assertions.fail(message.toString());
  }
}

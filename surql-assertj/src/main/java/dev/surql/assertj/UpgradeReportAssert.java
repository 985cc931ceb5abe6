package dev.surql.assertj;

import dev.surql.core.upgrade.UpgradeReport;

/**
 * Assertions on an {@link UpgradeReport}; create one with {@link
 * SurqlAssertions#assertThat(UpgradeReport)}.
 */
public class UpgradeReportAssert extends AbstractUpgradeReportAssert<UpgradeReportAssert> {

  public UpgradeReportAssert(UpgradeReport actual) {
    super(actual, UpgradeReportAssert.class);
  }
}

package dev.surql.assertj;

import static dev.surql.assertj.error.ShouldApplyOnTarget.shouldApplyOnTarget;
import static dev.surql.assertj.error.ShouldHaveUpgradeFinding.shouldHaveUpgradeFinding;
import static dev.surql.assertj.error.ShouldHaveUpgradeStatus.shouldHaveUpgradeStatus;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.rule.Rule;
import dev.surql.core.snapshot.CrossVersionNormalization;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.upgrade.UpgradeResult;
import dev.surql.core.upgrade.UpgradeStatus;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on an upgrade check ({@code UpgradeCheck}): that every migration applies on the target
 * release line as on the source, or what one migration did there. Failures list every breaking
 * statement with its file:line, the server's message and the hint.
 *
 * <pre>{@code
 * assertThat(UpgradeCheck.of(migrations).from(engine26).to(engine30).run()).appliesOnTarget();
 * }</pre>
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractUpgradeReportAssert<SELF extends AbstractUpgradeReportAssert<SELF>>
    extends AbstractAssert<SELF, UpgradeReport> {

  protected AbstractUpgradeReportAssert(UpgradeReport actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
    if (actual != null) {
      info.description(new TextDescription("upgrade check %s → %s of %s",
          CrossVersionNormalization.releaseLine(actual.fromVersion()),
          CrossVersionNormalization.releaseLine(actual.toVersion()), actual.location()));
    }
  }

  /** Verifies that every migration applies on the target with the same schema as on the source. */
  public SELF appliesOnTarget() {
    isNotNull();
    if (!actual.passed()) {
      throwAssertionError(shouldApplyOnTarget(actual));
    }
    return myself;
  }

  /** Verifies what the check found for one migration. */
  public SELF hasStatus(String version, UpgradeStatus expected) {
    Checks.notNull(version, "version");
    Checks.notNull(expected, "status");
    isNotNull();
    UpgradeResult result = result(version);
    if (result.status() != expected) {
      throwAssertionError(shouldHaveUpgradeStatus(result, expected));
    }
    return myself;
  }

  /** Verifies that one migration has a finding of {@code rule}. */
  public SELF hasFinding(String version, Rule rule) {
    Checks.notNull(version, "version");
    Checks.notNull(rule, "rule");
    isNotNull();
    UpgradeResult result = result(version);
    if (result.findings().stream().noneMatch(f -> f.rule() == rule)) {
      throwAssertionError(shouldHaveUpgradeFinding(result, rule));
    }
    return myself;
  }

  private UpgradeResult result(String version) {
    Optional<UpgradeResult> result = actual.result(version);
    if (result.isEmpty()) {
      throw new IllegalArgumentException("The upgrade check has no migration " + version + "; its versions are "
          + actual.results().stream().map(UpgradeResult::version).toList());
    }
    return result.get();
  }
}

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
      info.description(
          new TextDescription(
              "upgrade check %s → %s of %s",
              CrossVersionNormalization.releaseLine(actual.fromVersion()),
              CrossVersionNormalization.releaseLine(actual.toVersion()),
              actual.location()));
    }
  }

  /**
   * Verifies that every migration applies on the target with the same schema as on the source.
   *
   * <pre>{@code
   * // from 2.6 to 3.0: V1 applies on both with the same schema; V2 calls string::is::email,
   * // which 3.0 renamed, and fails there
   * UpgradeReport ok = …;     // V1 only
   * UpgradeReport report = …; // V1 and V2
   *
   * // assertion will pass
   * assertThat(ok).appliesOnTarget();
   *
   * // assertion will fail
   * assertThat(report).appliesOnTarget();
   * }</pre>
   */
  public SELF appliesOnTarget() {
    isNotNull();
    if (!actual.passed()) {
      throwAssertionError(shouldApplyOnTarget(actual));
    }
    return myself;
  }

  /**
   * Verifies what the check found for one migration.
   *
   * <pre>{@code
   * // from 2.6 to 3.0: V1 applies on both with the same schema; V2 calls string::is::email,
   * // which 3.0 renamed, and fails there
   * UpgradeReport ok = …;     // V1 only
   * UpgradeReport report = …; // V1 and V2
   *
   * // assertions will pass
   * assertThat(report).hasStatus("V1", UpgradeStatus.APPLIES_ON_BOTH)
   *     .hasStatus("V2", UpgradeStatus.FAILS_ON_TARGET);
   *
   * // assertion will fail
   * assertThat(report).hasStatus("V2", UpgradeStatus.APPLIES_ON_BOTH);
   * }</pre>
   */
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

  /**
   * Verifies that one migration has a finding of {@code rule}.
   *
   * <pre>{@code
   * // from 2.6 to 3.0: V1 applies on both with the same schema; V2 calls string::is::email,
   * // which 3.0 renamed, and fails there
   * UpgradeReport ok = …;     // V1 only
   * UpgradeReport report = …; // V1 and V2
   *
   * // assertion will pass
   * assertThat(report).hasFinding("V2", Rule.RENAMED_FUNCTION);
   *
   * // assertion will fail
   * assertThat(report).hasFinding("V1", Rule.RENAMED_FUNCTION);
   * }</pre>
   */
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
      throw new IllegalArgumentException(
          "The upgrade check has no migration "
              + version
              + "; its versions are "
              + actual.results().stream().map(UpgradeResult::version).toList());
    }
    return result.get();
  }
}

package dev.surql.assertj;

import static dev.surql.assertj.error.ShouldBeReversible.shouldBeReversible;
import static dev.surql.assertj.error.ShouldHaveReversibilityStatus.shouldHaveStatus;
import static dev.surql.assertj.error.ShouldHaveReversibilityStatus.shouldHaveStatusIn;
import static dev.surql.assertj.error.ShouldLoseNoData.shouldLoseNoData;
import static dev.surql.assertj.error.ShouldLoseNoData.shouldLoseRecords;
import static dev.surql.assertj.error.ShouldReapplyIdentically.shouldReapplyIdentically;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.ReversibilityStatus;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on one migration's reversibility round trip (up, down, up again): whether down
 * restored the schema (failures show what it did not restore), whether re-applying gave the same
 * schema, and how much seeded data the down destroyed.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractReversibilityResultAssert<SELF extends AbstractReversibilityResultAssert<SELF>>
    extends AbstractAssert<SELF, ReversibilityResult> {

  protected AbstractReversibilityResultAssert(ReversibilityResult actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
    if (actual != null) {
      info.description(new TextDescription("round trip of migration %s", actual.version()));
    }
  }

  /** Verifies that down restored the schema up started from. */
  public SELF isReversible() {
    isNotNull();
    if (!actual.reversible()) {
      throwAssertionError(shouldBeReversible(actual));
    }
    return myself;
  }

  /** Verifies that applying up again after down gave the same schema as the first time. */
  public SELF reappliesIdentically() {
    isNotNull();
    if (!actual.reappliesIdentically()) {
      throwAssertionError(shouldReapplyIdentically(actual));
    }
    return myself;
  }

  /** Verifies that down destroyed none of the seeded records and values. */
  public SELF losesNoData() {
    isNotNull();
    if (actual.recordsLost() != 0) {
      throwAssertionError(shouldLoseNoData(actual));
    }
    return myself;
  }

  /** Verifies how many seeded records and values down destroyed, in total. */
  public SELF losesRecords(long expected) {
    Checks.notNegative(expected, "number of records lost");
    isNotNull();
    if (actual.recordsLost() != expected) {
      throwAssertionError(shouldLoseRecords(actual, expected));
    }
    return myself;
  }

  /** Verifies that the outcome of the round trip is one of {@code expected}. */
  public SELF hasStatusIn(ReversibilityStatus... expected) {
    List<ReversibilityStatus> statuses = Checks.nonEmpty(expected, "statuses");
    isNotNull();
    if (!statuses.contains(actual.status())) {
      throwAssertionError(shouldHaveStatusIn(actual, statuses));
    }
    return myself;
  }

  /** Verifies the outcome of the round trip. */
  public SELF hasStatus(ReversibilityStatus expected) {
    Checks.notNull(expected, "status");
    isNotNull();
    if (actual.status() != expected) {
      throwAssertionError(shouldHaveStatus(actual, expected));
    }
    return myself;
  }
}

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
public abstract class AbstractReversibilityResultAssert<
        SELF extends AbstractReversibilityResultAssert<SELF>>
    extends AbstractAssert<SELF, ReversibilityResult> {

  protected AbstractReversibilityResultAssert(ReversibilityResult actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
    if (actual != null) {
      info.description(new TextDescription("round trip of migration %s", actual.version()));
    }
  }

  /**
   * Verifies that down restored the schema up started from.
   *
   * <pre>{@code
   * // V1's down restores the schema and keeps the data; V2's down drops user.bio, deleting
   * // the 12 values the round trip seeded, and leaves user.email as option<string>
   * ReversibilityResult v1 = …, v2 = …;
   *
   * // assertion will pass
   * assertThat(v1).isReversible();
   *
   * // assertion will fail
   * assertThat(v2).isReversible();
   * }</pre>
   */
  public SELF isReversible() {
    isNotNull();
    if (!actual.reversible()) {
      throwAssertionError(shouldBeReversible(actual));
    }
    return myself;
  }

  /**
   * Verifies that applying up again after down gave the same schema as the first time.
   *
   * <pre>{@code
   * // V1's up, applied again after its down, gives the schema of its first run; V2's does not
   * ReversibilityResult v1 = …, v2 = …;
   *
   * // assertion will pass
   * assertThat(v1).reappliesIdentically();
   *
   * // assertion will fail
   * assertThat(v2).reappliesIdentically();
   * }</pre>
   */
  public SELF reappliesIdentically() {
    isNotNull();
    if (!actual.reappliesIdentically()) {
      throwAssertionError(shouldReapplyIdentically(actual));
    }
    return myself;
  }

  /**
   * Verifies that down destroyed none of the seeded records and values.
   *
   * <pre>{@code
   * // V1's down restores the schema and keeps the data; V2's down drops user.bio, deleting
   * // the 12 values the round trip seeded, and leaves user.email as option<string>
   * ReversibilityResult v1 = …, v2 = …;
   *
   * // assertion will pass
   * assertThat(v1).losesNoData();
   *
   * // assertion will fail
   * assertThat(v2).losesNoData();
   * }</pre>
   */
  public SELF losesNoData() {
    isNotNull();
    if (actual.recordsLost() != 0) {
      throwAssertionError(shouldLoseNoData(actual));
    }
    return myself;
  }

  /**
   * Verifies how many seeded records and values down destroyed, in total.
   *
   * <pre>{@code
   * // V1's down restores the schema and keeps the data; V2's down drops user.bio, deleting
   * // the 12 values the round trip seeded, and leaves user.email as option<string>
   * ReversibilityResult v1 = …, v2 = …;
   *
   * // assertions will pass
   * assertThat(v2).losesRecords(12);
   * assertThat(v1).losesRecords(0);
   *
   * // assertion will fail
   * assertThat(v2).losesRecords(0);
   * }</pre>
   */
  public SELF losesRecords(long expected) {
    Checks.notNegative(expected, "number of records lost");
    isNotNull();
    if (actual.recordsLost() != expected) {
      throwAssertionError(shouldLoseRecords(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies that the outcome of the round trip is one of {@code expected}.
   *
   * <pre>{@code
   * // V1's down restores the schema and keeps the data; V2's down drops user.bio, deleting
   * // the 12 values the round trip seeded, and leaves user.email as option<string>
   * ReversibilityResult v1 = …, v2 = …;
   *
   * // assertion will pass
   * assertThat(v2).hasStatusIn(NOT_REVERSIBLE, REAPPLY_DIFFERS);
   *
   * // assertion will fail
   * assertThat(v2).hasStatusIn(REVERSIBLE);
   * }</pre>
   */
  public SELF hasStatusIn(ReversibilityStatus... expected) {
    List<ReversibilityStatus> statuses = Checks.nonEmpty(expected, "statuses");
    isNotNull();
    if (!statuses.contains(actual.status())) {
      throwAssertionError(shouldHaveStatusIn(actual, statuses));
    }
    return myself;
  }

  /**
   * Verifies the outcome of the round trip.
   *
   * <pre>{@code
   * // V1's down restores the schema and keeps the data; V2's down drops user.bio, deleting
   * // the 12 values the round trip seeded, and leaves user.email as option<string>
   * ReversibilityResult v1 = …, v2 = …;
   *
   * // assertion will pass
   * assertThat(v1).hasStatus(REVERSIBLE);
   *
   * // assertion will fail
   * assertThat(v2).hasStatus(REVERSIBLE);
   * }</pre>
   */
  public SELF hasStatus(ReversibilityStatus expected) {
    Checks.notNull(expected, "status");
    isNotNull();
    if (actual.status() != expected) {
      throwAssertionError(shouldHaveStatus(actual, expected));
    }
    return myself;
  }
}

package dev.surql.assertj;

import static dev.surql.assertj.error.ShouldBeReversible.shouldAllBeReversible;
import static dev.surql.assertj.error.ShouldHaveReversibilityStatus.shouldHaveResult;
import static dev.surql.assertj.error.ShouldLoseNoData.shouldAllLoseNoData;
import static dev.surql.assertj.error.ShouldReapplyIdentically.shouldAllReapplyIdentically;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.verify.ReversibilityResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on the round trips of several migrations, with every list assertion of AssertJ ({@code
 * hasSize}, {@code extracting}, {@code first()}…) plus {@link #allReversible()} and friends, whose
 * failures report every failing migration at once. Navigate to one with {@link #result(String)}.
 */
public class ReversibilityResultsAssert
    extends AbstractListAssert<
        ReversibilityResultsAssert,
        List<? extends ReversibilityResult>,
        ReversibilityResult,
        ReversibilityResultAssert> {

  Navigation navigation = Navigation.HARD;

  public ReversibilityResultsAssert(List<? extends ReversibilityResult> actual) {
    super(actual, ReversibilityResultsAssert.class);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
    if (actual != null) {
      info.description(new TextDescription("round trips of %s migrations", actual.size()));
    }
  }

  /**
   * Verifies that every migration's down restored the schema its up started from.
   *
   * <pre>{@code
   * // every round trip of a migration set: V1 and V2 undo cleanly, V3's down drops user.bio
   * List<ReversibilityResult> upToV2 = …, upToV3 = …;
   *
   * // assertion will pass
   * assertThat(upToV2).allReversible();
   *
   * // assertion will fail
   * assertThat(upToV3).allReversible();
   * }</pre>
   */
  public ReversibilityResultsAssert allReversible() {
    isNotNull();
    List<ReversibilityResult> failed =
        actual.stream().filter(r -> !r.reversible()).map(ReversibilityResult.class::cast).toList();
    if (!failed.isEmpty()) {
      throwAssertionError(shouldAllBeReversible(failed, actual.size()));
    }
    return myself;
  }

  /**
   * Verifies that every migration re-applied identically after its down.
   *
   * <pre>{@code
   * // every round trip: each up applied again after its down gives its first schema, but V3's
   * List<ReversibilityResult> upToV2 = …, upToV3 = …;
   *
   * // assertion will pass
   * assertThat(upToV2).allReapplyIdentically();
   *
   * // assertion will fail
   * assertThat(upToV3).allReapplyIdentically();
   * }</pre>
   */
  public ReversibilityResultsAssert allReapplyIdentically() {
    isNotNull();
    List<ReversibilityResult> failed =
        actual.stream()
            .filter(r -> !r.reappliesIdentically())
            .map(ReversibilityResult.class::cast)
            .toList();
    if (!failed.isEmpty()) {
      throwAssertionError(shouldAllReapplyIdentically(failed, actual.size()));
    }
    return myself;
  }

  /**
   * Verifies that no down destroyed seeded data.
   *
   * <pre>{@code
   * // every round trip of a migration set: V1 and V2 undo cleanly, V3's down drops user.bio
   * List<ReversibilityResult> upToV2 = …, upToV3 = …;
   *
   * // assertion will pass
   * assertThat(upToV2).noneLoseData();
   *
   * // assertion will fail
   * assertThat(upToV3).noneLoseData();
   * }</pre>
   */
  public ReversibilityResultsAssert noneLoseData() {
    isNotNull();
    List<ReversibilityResult> losing =
        actual.stream()
            .filter(r -> r.recordsLost() != 0)
            .map(ReversibilityResult.class::cast)
            .toList();
    if (!losing.isEmpty()) {
      throwAssertionError(shouldAllLoseNoData(losing));
    }
    return myself;
  }

  /**
   * Navigates to the round trip of {@code version}, failing if there is none.
   *
   * <pre>{@code
   * // every round trip of a migration set: V1 and V2 undo cleanly, V3's down drops user.bio
   * List<ReversibilityResult> upToV2 = …, upToV3 = …;
   *
   * // assertion will pass
   * assertThat(upToV3).result("V1").isReversible();
   *
   * // assertion will fail
   * assertThat(upToV3).result("V9");
   * }</pre>
   */
  public ReversibilityResultAssert result(String version) {
    Checks.notNull(version, "version");
    ReversibilityResult result = null;
    if (actual == null) {
      navigation.missing(assertionError(shouldNotBeNull()));
    } else {
      Optional<? extends ReversibilityResult> found =
          actual.stream().filter(r -> r.version().equals(version)).findFirst();
      if (found.isEmpty()) {
        navigation.missing(
            assertionError(
                shouldHaveResult(
                    actual.stream().map(ReversibilityResult::version).toList(), version)));
      } else {
        result = found.get();
      }
    }
    return toAssert(result, Navigation.describe(descriptionText(), "migration " + version));
  }

  @Override
  protected ReversibilityResultAssert toAssert(ReversibilityResult value, String description) {
    return new ReversibilityResultAssert(value).as(description);
  }

  @Override
  protected ReversibilityResultsAssert newAbstractIterableAssert(
      Iterable<? extends ReversibilityResult> iterable) {
    List<ReversibilityResult> list = new ArrayList<>();
    iterable.forEach(list::add);
    return new ReversibilityResultsAssert(list);
  }
}

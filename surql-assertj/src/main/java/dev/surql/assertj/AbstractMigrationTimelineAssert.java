package dev.surql.assertj;

import static dev.surql.assertj.error.ShouldHaveStep.shouldHaveChecksumAfter;
import static dev.surql.assertj.error.ShouldHaveStep.shouldHaveStep;
import static dev.surql.assertj.error.ShouldHaveStep.shouldHaveSteps;
import static dev.surql.assertj.error.ShouldHaveStep.shouldHaveVersions;
import static dev.surql.assertj.error.ShouldNotBeRiskierThanDeclared.shouldAllNotBeRiskierThanDeclared;
import static org.assertj.core.error.ShouldNotBeNull.shouldNotBeNull;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.TimelineStep;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on the schema's history as migrations were applied: the steps and their versions, the
 * schema checksum after each, and whether any down is riskier than its author declared. Navigate
 * into a step with {@link #step(String)} or a snapshot with {@link #snapshotAfter(String)}.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractMigrationTimelineAssert<
        SELF extends AbstractMigrationTimelineAssert<SELF>>
    extends AbstractAssert<SELF, MigrationTimeline> {

  Navigation navigation = Navigation.HARD;

  protected AbstractMigrationTimelineAssert(MigrationTimeline actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
    if (actual != null) {
      info.description(
          new TextDescription(
              "timeline %s → %s", actual.initial().version(), actual.current().version()));
    }
  }

  /**
   * Verifies the number of steps (applied migrations).
   *
   * <pre>{@code
   * // V1 creates user; V2 adds user.bio, declared -- @rollback: safe, but its down removes it
   * // (analysed DATA_LOSS)
   * MigrationTimeline timeline = …;
   *
   * // assertion will pass
   * assertThat(timeline).hasSteps(2);
   *
   * // assertion will fail
   * assertThat(timeline).hasSteps(3);
   * }</pre>
   */
  public SELF hasSteps(int expected) {
    Checks.notNegative(expected, "number of steps");
    isNotNull();
    if (actual.steps().size() != expected) {
      throwAssertionError(shouldHaveSteps(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies the versions applied: exactly these, in this order.
   *
   * <pre>{@code
   * // V1 creates user; V2 adds user.bio, declared -- @rollback: safe, but its down removes it
   * // (analysed DATA_LOSS)
   * MigrationTimeline timeline = …;
   *
   * // assertion will pass
   * assertThat(timeline).hasVersions("V1", "V2");
   *
   * // assertion will fail
   * assertThat(timeline).hasVersions("V2", "V1");
   * }</pre>
   */
  public SELF hasVersions(String... versions) {
    List<String> expected = Checks.names(versions, "versions");
    isNotNull();
    if (!actual.versions().equals(expected)) {
      throwAssertionError(shouldHaveVersions(actual, expected));
    }
    return myself;
  }

  /**
   * Verifies the schema checksum right after {@code version} was applied (compared ignoring case).
   *
   * <pre>{@code
   * // V1 creates user; V2 adds user.bio, declared -- @rollback: safe, but its down removes it
   * // (analysed DATA_LOSS)
   * MigrationTimeline timeline = …;
   *
   * // assertion will pass
   * assertThat(timeline).hasChecksumAfter("V1", expectedChecksum);
   *
   * // assertions will fail
   * assertThat(timeline).hasChecksumAfter("V1", "0000");
   * assertThat(timeline).hasChecksumAfter("V9", expectedChecksum);
   * }</pre>
   */
  public SELF hasChecksumAfter(String version, String checksum) {
    Checks.notNull(version, "version");
    Checks.notNull(checksum, "checksum");
    isNotNull();
    String found = existingStep(version).after().checksum();
    if (!found.equalsIgnoreCase(checksum)) {
      throwAssertionError(shouldHaveChecksumAfter(version, found, checksum));
    }
    return myself;
  }

  /**
   * Verifies that no step's down is riskier than its {@code -- @rollback:} declaration.
   *
   * <pre>{@code
   * // V1 and V2 undo cleanly; V3 declares -- @rollback: safe, but its down removes a field
   * MigrationTimeline upToV2 = …;
   * MigrationTimeline upToV3 = …;
   *
   * // assertion will pass
   * assertThat(upToV2).allStepsNotRiskierThanDeclared();
   *
   * // assertion will fail
   * assertThat(upToV3).allStepsNotRiskierThanDeclared();
   * }</pre>
   */
  public SELF allStepsNotRiskierThanDeclared() {
    isNotNull();
    List<TimelineStep> riskier =
        actual.steps().stream().filter(TimelineStep::riskierThanDeclared).toList();
    if (!riskier.isEmpty()) {
      throwAssertionError(shouldAllNotBeRiskierThanDeclared(riskier));
    }
    return myself;
  }

  /**
   * Navigates to the step that applied {@code version}, failing if there is none.
   *
   * <pre>{@code
   * // V1 creates user; V2 adds user.bio, declared -- @rollback: safe, but its down removes it
   * // (analysed DATA_LOSS)
   * MigrationTimeline timeline = …;
   *
   * // assertion will pass
   * assertThat(timeline).step("V2").addsField("user", "bio");
   *
   * // assertion will fail
   * assertThat(timeline).step("V9");
   * }</pre>
   */
  public TimelineStepAssert step(String version) {
    Checks.notNull(version, "version");
    TimelineStep step = lookup(version).orElse(null);
    TimelineStepAssert child =
        navigation.create(
            TimelineStepAssert.class, TimelineStep.class, step, TimelineStepAssert::new);
    child.navigatedFrom(
        this, navigation, Navigation.describe(descriptionText(), "migration " + version));
    return child;
  }

  /**
   * Navigates to the snapshot taken right after {@code version} was applied, failing if there is
   * none.
   *
   * <pre>{@code
   * // V1 creates user; V2 adds user.bio, declared -- @rollback: safe, but its down removes it
   * // (analysed DATA_LOSS)
   * MigrationTimeline timeline = …;
   *
   * // assertion will pass
   * assertThat(timeline).snapshotAfter("V2").hasField("user", "bio");
   *
   * // assertion will fail
   * assertThat(timeline).snapshotAfter("V9");
   * }</pre>
   */
  public SchemaSnapshotAssert snapshotAfter(String version) {
    Checks.notNull(version, "version");
    SchemaSnapshot snapshot = lookup(version).map(TimelineStep::after).orElse(null);
    SchemaSnapshotAssert child =
        navigation.create(
            SchemaSnapshotAssert.class, SchemaSnapshot.class, snapshot, SchemaSnapshotAssert::new);
    child.navigation = navigation;
    child.as(Navigation.describe(descriptionText(), "snapshot after " + version));
    return child;
  }

  private Optional<TimelineStep> lookup(String version) {
    if (actual == null) {
      navigation.missing(assertionError(shouldNotBeNull()));
      return Optional.empty();
    }
    Optional<TimelineStep> step = actual.step(version);
    if (step.isEmpty()) {
      navigation.missing(assertionError(shouldHaveStep(actual, version)));
    }
    return step;
  }

  private TimelineStep existingStep(String version) {
    Optional<TimelineStep> step = actual.step(version);
    if (step.isEmpty()) {
      throwAssertionError(shouldHaveStep(actual, version));
    }
    return step.get();
  }
}

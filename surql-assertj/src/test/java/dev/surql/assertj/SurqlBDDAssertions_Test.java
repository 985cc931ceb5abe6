package dev.surql.assertj;

import static dev.surql.assertj.Fixtures.everyKindAfter;
import static dev.surql.assertj.Fixtures.everyKindBefore;
import static dev.surql.assertj.Fixtures.expectAssertionError;
import static dev.surql.assertj.Fixtures.migration;
import static dev.surql.assertj.Fixtures.plan;
import static dev.surql.assertj.Fixtures.step;
import static dev.surql.assertj.Fixtures.userSnapshot;
import static dev.surql.assertj.SurqlBDDAssertions.then;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.Snapshots;
import dev.surql.core.snapshot.TableSchema;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.core.upgrade.UpgradeResult;
import dev.surql.core.upgrade.UpgradeStatus;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.ReversibilityStatus;
import dev.surql.core.verify.TimelineStep;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** {@code then(…)} gives the same assertions as {@code assertThat(…)}, for every type. */
class SurqlBDDAssertions_Test {

  private final SchemaSnapshot snapshot = userSnapshot("v1");
  private final TableSchema user = snapshot.schema().tables().get("user");
  private final TimelineStep step =
      step(migration("v2"), everyKindBefore(), everyKindAfter(), RollbackSafety.SAFE);
  private final MigrationTimeline timeline =
      new MigrationTimeline(everyKindBefore(), List.of(step));
  private final UpgradeReport upgrade =
      UpgradeReport.builder()
          .location("db/migrations")
          .fromVersion("surrealdb-2.6.0")
          .toVersion("surrealdb-3.0.2")
          .results(
              List.of(
                  UpgradeResult.builder()
                      .migration(migration("V1"))
                      .status(UpgradeStatus.APPLIES_ON_BOTH)
                      .build()))
          .duration(Duration.ofMillis(5))
          .build();

  @Test
  void should_have_a_then_for_every_assertThat() {
    assertThat(entryPoints(SurqlBDDAssertions.class, "then"))
        .containsExactlyInAnyOrderElementsOf(entryPoints(SurqlAssertions.class, "assertThat"));
  }

  @Test
  void should_pass_like_assertThat() {
    then(snapshot).hasTable("user");
    then(user).hasField("email");
    then(user.fields().get("email")).hasType("string");
    then(user.indexes().get("email_idx")).isUnique();
    then(Snapshots.compareSnapshots(snapshot, snapshot)).isEmpty();
    then(timeline).hasSteps(1);
    then(step).addsTable("post");
    then(VerdictFixtures.GOOD_TRIP).isReversible();
    then(List.of(VerdictFixtures.GOOD_TRIP)).allReversible();
    then(RollbackSafety.SAFE).isAtMost(RollbackSafety.DATA_LOSS);
    then(VerdictFixtures.GOOD).isReversible();
    then(plan(RollbackSafety.SAFE, List.of("V3"))).isSafe();
    then(upgrade).appliesOnTarget();
  }

  @Test
  void should_fail_like_assertThat() {
    sameFailure(
        () -> then(snapshot).hasTable("profile"),
        () -> SurqlAssertions.assertThat(snapshot).hasTable("profile"));
    sameFailure(
        () -> then(user).hasField("bio"), () -> SurqlAssertions.assertThat(user).hasField("bio"));
    sameFailure(
        () -> then(user.fields().get("email")).hasType("int"),
        () -> SurqlAssertions.assertThat(user.fields().get("email")).hasType("int"));
    sameFailure(
        () -> then(user.indexes().get("email_idx")).isVector(),
        () -> SurqlAssertions.assertThat(user.indexes().get("email_idx")).isVector());
    sameFailure(
        () -> then(step.diff()).isEmpty(), () -> SurqlAssertions.assertThat(step.diff()).isEmpty());
    sameFailure(
        () -> then(timeline).hasSteps(2), () -> SurqlAssertions.assertThat(timeline).hasSteps(2));
    sameFailure(
        () -> then(step).changesNothing(), () -> SurqlAssertions.assertThat(step).changesNothing());
    sameFailure(
        () -> then(VerdictFixtures.BROKEN_TRIP).isReversible(),
        () -> SurqlAssertions.assertThat(VerdictFixtures.BROKEN_TRIP).isReversible());
    sameFailure(
        () -> then(List.of(VerdictFixtures.BROKEN_TRIP)).allReversible(),
        () -> SurqlAssertions.assertThat(List.of(VerdictFixtures.BROKEN_TRIP)).allReversible());
    sameFailure(
        () -> then(RollbackSafety.UNSAFE).isAtMost(RollbackSafety.SAFE),
        () -> SurqlAssertions.assertThat(RollbackSafety.UNSAFE).isAtMost(RollbackSafety.SAFE));
    sameFailure(
        () -> then(VerdictFixtures.BROKEN).hasStatus(ReversibilityStatus.REVERSIBLE),
        () ->
            SurqlAssertions.assertThat(VerdictFixtures.BROKEN)
                .hasStatus(ReversibilityStatus.REVERSIBLE));
    sameFailure(
        () -> then(plan(RollbackSafety.UNSAFE, List.of("V3"))).isSafe(),
        () -> SurqlAssertions.assertThat(plan(RollbackSafety.UNSAFE, List.of("V3"))).isSafe());
    sameFailure(
        () -> then(upgrade).hasStatus("V1", UpgradeStatus.FAILS_ON_TARGET),
        () -> SurqlAssertions.assertThat(upgrade).hasStatus("V1", UpgradeStatus.FAILS_ON_TARGET));
  }

  private static void sameFailure(ThrowingCallable viaThen, ThrowingCallable viaAssertThat) {
    assertThat(expectAssertionError(viaThen))
        .hasMessage(expectAssertionError(viaAssertThat).getMessage());
  }

  /**
   * {@code SchemaSnapshot → SchemaSnapshotAssert}, … for each public static method of that name.
   */
  private static List<String> entryPoints(Class<?> type, String name) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(
            m ->
                m.getName().equals(name)
                    && Modifier.isPublic(m.getModifiers())
                    && Modifier.isStatic(m.getModifiers()))
        .map(SurqlBDDAssertions_Test::signature)
        .toList();
  }

  private static String signature(Method method) {
    return method.getGenericParameterTypes()[0].getTypeName()
        + " → "
        + method.getReturnType().getSimpleName();
  }
}

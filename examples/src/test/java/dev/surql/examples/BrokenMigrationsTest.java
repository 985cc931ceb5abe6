package dev.surql.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.surql.junit5.SurqlMigrationChecks;
import dev.surql.junit5.SurqlMigrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * The deliberately broken migration set proves the built-in checks fail for the right reason: a
 * down that forgets an index is not reversible, and a down that removes a table while its author
 * declared it safe is riskier than declared. Everything else passes.
 */
class BrokenMigrationsTest {

  /** Run only through the test kit below: the build excludes the {@code surql-fixture} tag. */
  @Tag("surql-fixture")
  @SurqlMigrationTest(migrations = "classpath:db/broken-migrations")
  static class BrokenChecks extends SurqlMigrationChecks {}

  private static Events run() {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(BrokenChecks.class))
        .execute()
        .testEvents();
  }

  @Test
  void the_checks_fail_exactly_where_the_broken_set_is_broken() {
    Events events = run();

    events
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                displayName(
                    "20260202_100000 Nickname with a unique index (the down forgets the index)"),
                finishedWithFailure(message(m -> m.contains("account.account_nickname")))))
        .haveExactly(
            1,
            event(
                displayName("declared rollback safety matches the analysis"),
                finishedWithFailure(
                    message(
                        m ->
                            m.contains("20260203_100000")
                                && m.toLowerCase(java.util.Locale.ROOT).contains("down is unsafe")
                                && m.contains("declared @rollback: safe")))))
        .haveExactly(0, event(displayName("20260201_100000 Accounts"), finishedWithFailure()))
        .haveExactly(
            0,
            event(
                displayName("20260203_100000 Login sessions (the down is riskier than declared)"),
                finishedWithFailure()));
    assertThat(events.succeeded().count()).isGreaterThan(0);
  }
}

package dev.surql.junit5;

import static dev.surql.junit5.SurqlTestKit.message;
import static dev.surql.junit5.SurqlTestKit.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.verify.SeedData;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class ReversibilityTestsTest {
  private static final String NL = System.lineSeparator();
  @TempDir Path reports;

  @Test
  void every_migration_of_a_correct_set_passes_as_a_dynamic_test_named_after_it() {
    EngineExecutionResults results = SurqlTestKit.run(reports, GoodSetTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(3).succeeded(3).failed(0).aborted(0));
    assertThat(results.testEvents().succeeded().map(SurqlTestKit::name))
        .containsExactly(
            "20260101_090000 create customer",
            "20260102_090000 create product",
            "20260103_090000 customer nickname");
  }

  @Test
  void a_down_that_forgets_an_index_fails_naming_the_index_and_counting_destroyed_seed_data() {
    EngineExecutionResults results = SurqlTestKit.run(reports, BrokenSetTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(3).succeeded(2).failed(1).aborted(0));
    Map<String, Event> failed =
        results.testEvents().failed().stream()
            .collect(Collectors.toMap(SurqlTestKit::name, Function.identity()));
    assertThat(failed)
        .containsOnlyKeys(
            "20260202_100000 account nickname and logins (the down forgets the index)");
    String message = message(failed.values().iterator().next());
    assertThat(message)
        .startsWith(
            "Migration 20260202_100000 account nickname and logins (the down forgets the index) is not"
                + " reversible: its down did not restore the schema it started from.")
        .contains("File: classpath:fixtures/broken/20260202_100000_account_nickname.surql")
        .contains("Indexes Added:" + NL + "  + account.account_nickname")
        .endsWith(
            NL
                + NL
                + "Seeded data destroyed by the down (2 in total):"
                + NL
                + "  - 2 records of login (2 → 0)")
        .doesNotContain("login_session");
  }

  @Test
  void a_migration_without_down_is_aborted_with_the_reason_not_passed() {
    EngineExecutionResults results = SurqlTestKit.run(reports, IrreversibleSetTestCases.class);

    results.testEvents().assertStatistics(s -> s.started(2).succeeded(1).failed(0).aborted(1));
    Event aborted = results.testEvents().aborted().stream().findFirst().orElseThrow();
    assertThat(name(aborted)).isEqualTo("20260302_090000 invoice archive");
    assertThat(message(aborted))
        .isEqualTo(
            "Migration 20260302_090000 invoice archive is irreversible: no down section, so its round trip is skipped");
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good")
  static class GoodSetTestCases {
    @TestFactory
    Stream<DynamicTest> reversible(SurqlMigrations migrations) {
      return migrations.reversibilityTests();
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/broken")
  @SurqlSeed(
      before = "20260202_100000",
      statements = {"CREATE account:1 SET email = 'ada@example.com'"})
  static class BrokenSetTestCases {
    @SurqlSeedData
    static SeedData moreLogins() {
      return SeedData.none()
          .before("20260202_100000", "CREATE account:2 SET email = 'alan@example.com'");
    }

    @TestFactory
    Stream<DynamicTest> reversible(SurqlMigrations migrations) {
      return migrations.reversibilityTests();
    }
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/irreversible")
  static class IrreversibleSetTestCases {
    @TestFactory
    Stream<DynamicTest> reversible(SurqlMigrations migrations) {
      return migrations.reversibilityTests();
    }
  }
}

package dev.surql.examples;

import static dev.surql.assertj.SurqlAssertions.assertThat;

import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.SeedData;
import dev.surql.core.verify.VerificationReport;
import dev.surql.junit5.SurqlMigrationTest;
import dev.surql.junit5.SurqlMigrations;
import dev.surql.junit5.SurqlSeed;
import dev.surql.junit5.SurqlSeedData;
import java.util.stream.Stream;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One dynamic test per migration proves that its down restores the schema exactly (S2 = S0) and
 * that re-applying it gives the same schema (S3 = S1), with real customers and products in the
 * database, so the data a down destroys is counted.
 */
@ClassTemplate
@SurqlMigrationTest(
    migrations = "classpath:db/migrations",
    surrealdb = {"2.6", "3.0"})
@SurqlSeed(
    before = "20260103_090000",
    statements = {
      "CREATE customer:ada SET name = 'Ada', email = 'ada@example.com', tags = ['vip']",
      "CREATE customer:bob SET name = 'Bob', email = 'bob@example.com'"
    })
class ShopReversibilityTest {

  @SurqlSeedData
  static SeedData products() {
    return SeedData.none()
        .before(
            "20260109_090000",
            "CREATE product:tea SET sku = 'TEA-1', name = 'Green tea', price = 4.5",
            "CREATE product:mug SET sku = 'MUG-1', name = 'Mug', price = 9");
  }

  @TestFactory
  Stream<DynamicTest> every_migration_is_reversible(SurqlMigrations migrations) {
    return migrations.reversibilityTests();
  }

  @Test
  void the_lossy_down_is_caught_with_counts(SurqlMigrations migrations) {
    VerificationReport report = migrations.verify();
    ReversibilityResult loyalty = report.result("20260108_090000").orElseThrow();
    // the schema comes back exactly, but both customers lose their loyalty points
    assertThat(loyalty).isReversible().reappliesIdentically().losesRecords(2);

    assertThat(report.result("20260103_090000").orElseThrow()).isReversible().losesNoData();
    assertThat(report.results()).allReversible().allReapplyIdentically();
  }
}

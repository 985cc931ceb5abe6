package dev.surql.examples;

import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.core.rollback.RollbackSafety.DATA_LOSS;
import static dev.surql.core.rollback.RollbackSafety.SAFE;
import static dev.surql.core.rollback.RollbackSafety.UNSAFE;

import dev.surql.assertj.SurqlSoftAssertions;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.verify.MigrationTimeline;
import dev.surql.junit5.SurqlMigrationTest;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.Test;

/**
 * The schema's history, one snapshot before and after every migration, asserted step by step with
 * the AssertJ assertions (hard and soft).
 */
@ClassTemplate
@SurqlMigrationTest(
    migrations = "classpath:db/migrations",
    surrealdb = {"2.6", "3.0"})
class ShopTimelineTest {

  @Test
  void every_migration_leaves_the_schema_it_promises(MigrationTimeline timeline) {
    assertThat(timeline).hasSteps(10).allStepsNotRiskierThanDeclared();
    assertThat(timeline).step("20260101_090000").addsTable("customer").hasAnalysedSafety(UNSAFE);
    assertThat(timeline)
        .step("20260103_090000")
        .addsIndex("customer", "customer_email")
        .hasAnalysedSafety(SAFE);
    assertThat(timeline).step("20260105_090000").addsTable("purchase").addsEdge("placed");
    assertThat(timeline)
        .step("20260108_090000")
        .addsField("customer", "loyalty_points")
        .hasAnalysedSafety(DATA_LOSS);
    assertThat(timeline)
        .step("20260109_090000")
        .modifiesField("product", "price")
        .hasAnalysedSafety(DATA_LOSS);
  }

  @Test
  void the_current_schema_has_every_feature_of_the_shop(SchemaSnapshot schema) {
    assertThat(schema)
        .hasTableCount(6)
        .hasEdge("placed", "customer", "purchase")
        .hasEdge("reviewed", "customer", "product")
        .hasFunction("fn::line_total")
        .hasParam("currency")
        .hasEvent("purchase", "purchase_audit");
    assertThat(schema)
        .table("customer")
        .isSchemafull()
        .field("address.city")
        .hasType("string")
        .returnToTable()
        .field("tags.*")
        .hasType("string")
        .returnToTable()
        .field("created_at")
        .isReadonly()
        .hasDefault("time::now()");
    assertThat(schema).index("customer", "customer_email").isUnique().hasColumns("email");
    assertThat(schema).index("product", "product_embedding").isVector().hasColumns("embedding");
    assertThat(schema).field("product", "price").hasType("float");
  }

  @Test
  void soft_assertions_report_every_difference_at_once(MigrationTimeline timeline) {
    SchemaSnapshot afterProducts = timeline.after("20260102_090000").orElseThrow();
    SurqlSoftAssertions.assertSoftly(
        softly -> {
          softly
              .assertThat(afterProducts)
              .hasTable("customer")
              .hasTable("product")
              .doesNotHaveTable("purchase");
          softly.assertThat(afterProducts).index("product", "product_sku").isUnique();
          softly
              .assertThat(timeline.step("20260102_090000").orElseThrow().diff())
              .hasTablesAdded("product")
              .hasNoChecksumMatch();
        });
  }

  @Test
  void the_same_schema_always_has_the_same_checksum(
      MigrationTimeline timeline, SchemaSnapshot current) {
    assertThat(current).hasSameChecksumAs(timeline.current()).isSchemaEqualTo(timeline.current());
    assertThat(timeline).hasChecksumAfter("20260110_090000", current.checksum());
  }
}

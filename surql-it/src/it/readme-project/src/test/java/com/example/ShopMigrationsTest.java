package com.example;

import static dev.surql.assertj.SurqlAssertions.assertThat;

import dev.surql.core.verify.MigrationTimeline;
import dev.surql.core.verify.ReversibilityStatus;
import dev.surql.junit5.SurqlMigrationChecks;
import dev.surql.junit5.SurqlMigrationTest;
import dev.surql.junit5.SurqlMigrations;
import org.junit.jupiter.api.Test;

@SurqlMigrationTest(migrations = "${migrations.dir:-src/main/resources/db/migrations}")
class ShopMigrationsTest extends SurqlMigrationChecks {

  @Test
  void theFirstMigrationCreatesTheCustomerTable(MigrationTimeline timeline) {
    assertThat(timeline).step("20260101_090000").addsTable("customer");
  }

  @Test
  void everyMigrationIsReversibleOrHasNoDown(SurqlMigrations migrations) {
    migrations.verdicts().forEach(verdict -> assertThat(verdict)
        .hasStatusIn(ReversibilityStatus.REVERSIBLE, ReversibilityStatus.IRREVERSIBLE)
        .isNotRiskierThanDeclared());
  }
}

package dev.surql.examples;

import static dev.surql.assertj.SurqlAssertions.assertThat;
import static dev.surql.core.upgrade.UpgradeStatus.APPLIES_ON_BOTH;
import static dev.surql.core.upgrade.UpgradeStatus.FAILS_ON_TARGET;
import static dev.surql.core.upgrade.UpgradeStatus.SCHEMA_DIFFERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.surql.core.rule.Rule;
import dev.surql.core.snapshot.SchemaChange;
import dev.surql.core.upgrade.UpgradeReport;
import dev.surql.junit5.SurqlMigrationChecks;
import dev.surql.junit5.SurqlMigrationTest;
import dev.surql.junit5.SurqlMigrations;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A blog history written for SurrealDB 2.x (history-2x): it is reversible on 2.6, and its upgrade
 * check names every statement that breaks on 3.0, with the file, the line and the replacement.
 */
@SurqlMigrationTest(migrations = "classpath:history-2x", surrealdb = "2.6", upgradeTo = "3.0")
class BlogUpgradeTest {
  private static final String DIR = "classpath:history-2x/";

  @TestFactory
  Stream<DynamicTest> every_migration_is_reversible_on_2_6(SurqlMigrations migrations) {
    return migrations.reversibilityTests();
  }

  @Test
  void the_upgrade_check_names_every_statement_that_breaks_on_3_0(SurqlMigrations migrations) {
    UpgradeReport report = migrations.upgradeCheck();

    assertThat(report)
        .hasStatus("20250101_090000", FAILS_ON_TARGET)
        .hasFinding("20250101_090000", Rule.RENAMED_FUNCTION)
        .hasFinding("20250101_090000", Rule.FLEXIBLE_BEFORE_TYPE)
        .hasStatus("20250102_090000", APPLIES_ON_BOTH)
        .hasStatus("20250103_090000", FAILS_ON_TARGET)
        .hasFinding("20250103_090000", Rule.SEARCH_INDEX)
        .hasStatus("20250104_090000", FAILS_ON_TARGET)
        .hasFinding("20250104_090000", Rule.MTREE_INDEX)
        .hasStatus("20250105_090000", SCHEMA_DIFFERS)
        .hasFinding("20250105_090000", Rule.SCHEMA_DIFFERS_ON_TARGET)
        .hasStatus("20250106_090000", FAILS_ON_TARGET)
        .hasStatus("20250107_090000", APPLIES_ON_BOTH)
        .hasStatus("20250108_090000", FAILS_ON_TARGET)
        .hasFinding("20250108_090000", Rule.FAILS_ON_TARGET);
    assertThat(report.findings())
        .extracting(f -> f.rule().code() + " " + f.location().orElseThrow())
        .containsExactly(
            "SQ501 " + DIR + "20250101_090000_create_user.surql:8:47",
            "SQ502 " + DIR + "20250101_090000_create_user.surql:9:31",
            "SQ504 " + DIR + "20250103_090000_post_search.surql:6:53",
            "SQ503 " + DIR + "20250104_090000_post_embeddings.surql:6:54",
            "SQ511 " + DIR + "20250105_090000_post_attachments.surql:5",
            "SQ501 " + DIR + "20250106_090000_comments.surql:7:50",
            "SQ501 " + DIR + "20250106_090000_comments.surql:10:12",
            "SQ510 " + DIR + "20250108_090000_rebuild_tag.surql:6");
    assertThat(report.findings().get(0).hint())
        .contains(
            "Replace string::is::email with string::is_email (SurrealDB 3.x: string::is::* → string::is_*).");
    assertThat(report.findings().get(5).hint())
        .hasValueSatisfying(h -> assertThat(h).contains("rand::id"));
    assertThat(report.findings().get(6).hint())
        .hasValueSatisfying(h -> assertThat(h).contains("type::record"));
    assertThat(report.findings().get(7).message())
        .contains("in one transaction although each statement applies alone")
        .contains("Transaction conflict");
    assertThat(report.result("20250105_090000").orElseThrow().differences())
        .extracting(SchemaChange::name)
        .containsExactly("post.attachments.*");
  }

  @Test
  void the_built_in_check_fails_exactly_the_migrations_that_break() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(BlogChecks.class))
            .configurationParameter("surql.reports.dir", "target/surql-reports")
            .execute();

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                displayName(
                    "20250101_090000 Users with a checked e-mail address and free-form settings"
                        + " applies on 3.0"),
                finishedWithFailure(
                    message(
                        m ->
                            m.contains("SQ501 renamed-function")
                                && m.contains("20250101_090000_create_user.surql:8:47")
                                && m.contains("hint: Replace string::is::email")))))
        .haveExactly(
            1,
            event(
                displayName(
                    "20250102_090000 Posts with tags and an optional publication date applies"
                        + " on 3.0"),
                finishedSuccessfully()))
        .haveExactly(
            1,
            event(
                displayName("20250107_090000 Tags with unique names applies on 3.0"),
                finishedSuccessfully()));
    assertThat(
            results.testEvents().failed().stream()
                .filter(e -> e.getTestDescriptor().getDisplayName().endsWith(" applies on 3.0"))
                .count())
        .isEqualTo(6);
  }

  @Tag("surql-fixture")
  @SurqlMigrationTest(migrations = "classpath:history-2x", surrealdb = "2.6", upgradeTo = "3.0")
  static class BlogChecks extends SurqlMigrationChecks {}
}

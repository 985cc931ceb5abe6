package dev.surql.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Where reports go: the configuration parameter {@code surql.reports.dir} first, then the system
 * property, else {@code surql-reports} in the build output directory of the project base directory
 * — never in whatever directory the tests happen to run in.
 */
class ReportsDirectoryTest {
  private static final String NAME = "dev.surql.junit5.ReportsDirectoryTest_AppliedTestCases.json";

  @TempDir Path project;

  private static Path reportOf(Map<String, String> configuration) {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(AppliedTestCases.class))
            .configurationParameters(configuration)
            .execute();
    results.testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
    List<ReportEntry> entries =
        results
            .allEvents()
            .reportingEntryPublished()
            .map(e -> e.getRequiredPayload(ReportEntry.class))
            .toList();
    assertThat(entries).hasSize(1);
    Path json = Path.of(entries.get(0).getKeyValuePairs().get("surql.report.json"));
    assertThat(json).isRegularFile();
    return json;
  }

  @Test
  void the_configuration_parameter_wins_over_the_system_property() {
    System.setProperty(SuiteReport.REPORTS_DIR, project.resolve("from-property").toString());
    try {
      Path json =
          reportOf(Map.of(SuiteReport.REPORTS_DIR, project.resolve("from-parameter").toString()));
      assertThat(json).isEqualTo(project.resolve("from-parameter").resolve(NAME));
    } finally {
      System.clearProperty(SuiteReport.REPORTS_DIR);
    }
  }

  @Test
  void the_system_property_is_read_when_no_configuration_parameter_is_given() {
    System.setProperty(SuiteReport.REPORTS_DIR, project.resolve("from-property").toString());
    try {
      assertThat(reportOf(Map.of())).isEqualTo(project.resolve("from-property").resolve(NAME));
    } finally {
      System.clearProperty(SuiteReport.REPORTS_DIR);
    }
  }

  @Test
  void a_relative_directory_is_resolved_against_the_project_base_directory() {
    Path json =
        reportOf(
            Map.of(
                SuiteReport.REPORTS_DIR, "out/reports", ProjectPaths.BASEDIR, project.toString()));
    assertThat(json).isEqualTo(project.resolve("out/reports").resolve(NAME));
  }

  @Test
  void by_default_reports_go_to_the_maven_build_directory_of_the_base_directory() throws Exception {
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    assertThat(reportOf(Map.of("basedir", project.toString())))
        .isEqualTo(project.resolve("target/surql-reports").resolve(NAME));
  }

  @Test
  void by_default_a_gradle_project_gets_them_in_its_build_directory() throws Exception {
    Files.writeString(project.resolve("build.gradle.kts"), "plugins { java }");
    assertThat(reportOf(Map.of(ProjectPaths.BASEDIR, project.toString())))
        .isEqualTo(project.resolve("build/surql-reports").resolve(NAME));
  }

  @Tag(SurqlTestKit.FIXTURE)
  @SurqlMigrationTest(migrations = "classpath:fixtures/good")
  static class AppliedTestCases {
    @Test
    void applied(SurqlMigrations migrations) {
      assertThat(migrations.appliedVersions()).hasSize(3);
    }
  }
}

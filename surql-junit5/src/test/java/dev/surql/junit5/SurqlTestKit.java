package dev.surql.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture classes with the Jupiter engine, the way a build would, and reads their events. */
final class SurqlTestKit {
  /** The tag of fixture classes; the build excludes it so they only run inside EngineTestKit. */
  static final String FIXTURE = "surql-fixture";

  private SurqlTestKit() {}

  static EngineExecutionResults run(Path reports, Class<?>... fixtures) {
    return run(reports, Map.of(), fixtures);
  }

  static EngineExecutionResults run(
      Path reports, Map<String, String> configuration, Class<?>... fixtures) {
    List<ClassSelector> selectors = Arrays.stream(fixtures).map(c -> selectClass(c)).toList();
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectors.toArray(ClassSelector[]::new))
        .configurationParameter(SuiteReport.REPORTS_DIR, reports.toString())
        .configurationParameters(configuration)
        .execute();
  }

  /** The message of the throwable an event finished with. */
  static String message(Event event) {
    return event
        .getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
        .map(Throwable::getMessage)
        .orElse("");
  }

  /** The display name of the test an event belongs to. */
  static String name(Event event) {
    return event.getTestDescriptor().getDisplayName();
  }
}

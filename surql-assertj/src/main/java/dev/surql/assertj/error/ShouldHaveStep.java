package dev.surql.assertj.error;

import dev.surql.core.verify.MigrationTimeline;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the messages for a timeline missing a version, or with other steps than expected. */
public class ShouldHaveStep extends BasicErrorMessageFactory {

  private ShouldHaveStep(String format, Object... arguments) {
    super(format, arguments);
  }

  /** No step applied {@code version}. */
  public static ErrorMessageFactory shouldHaveStep(MigrationTimeline actual, String version) {
    return new ShouldHaveStep(
        "%nExpecting timeline:%n  <versions: %s>%nto have a step for version:%n  <%s>",
        actual.versions(), version);
  }

  /** The timeline does not have {@code expected} steps. */
  public static ErrorMessageFactory shouldHaveSteps(MigrationTimeline actual, int expected) {
    return new ShouldHaveStep(
        "%nExpecting timeline:%n  <versions: %s>%nto have %s steps but had %s",
        actual.versions(), expected, actual.steps().size());
  }

  /** The versions applied (in order) are not {@code expected}. */
  public static ErrorMessageFactory shouldHaveVersions(
      MigrationTimeline actual, List<String> expected) {
    return new ShouldHaveStep(
        "%nExpecting timeline to apply exactly, in order:%n  <%s>%nbut it applied:%n  <%s>",
        expected, actual.versions());
  }

  /** The snapshot after {@code version} has another checksum. */
  public static ErrorMessageFactory shouldHaveChecksumAfter(
      String version, String actual, String expected) {
    return new ShouldHaveStep(
        "%nExpecting the schema after %s to have checksum:%n  <%s>%nbut had:%n  <%s>",
        unquotedString(version), expected, actual);
  }
}

package dev.surql.junit5;

import dev.surql.core.migration.Migration;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.verify.DataLoss;
import dev.surql.core.verify.ReversibilityResult;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/** Turns a class's verification run into one dynamic test per migration, with readable failures. */
final class ReversibilityTests {
  private static final String NL = System.lineSeparator();

  private ReversibilityTests() {}

  static Stream<DynamicTest> of(SuiteState suite) {
    return suite.migrations().migrations().stream()
        .map(m -> DynamicTest.dynamicTest(m.displayName(), source(m), () -> check(suite, m)));
  }

  private static void check(SuiteState suite, Migration migration) {
    ReversibilityResult result =
        suite
            .verify()
            .result(migration.version())
            .orElseThrow(
                () ->
                    new AssertionError(
                        "The verification run has no result for " + migration.displayName()));
    switch (result.status()) {
      case REVERSIBLE -> {}
      case IRREVERSIBLE ->
          Assumptions.abort(
              "Migration "
                  + migration.displayName()
                  + " is irreversible: no down section, so its round trip is skipped");
      case NOT_REVERSIBLE ->
          Assertions.fail(
              message(
                  result,
                  "its down did not restore the schema it started from.",
                  "Schema before up (S0) compared with after down (S2): + left behind by the down, - removed and not restored,"
                      + " ~ changed",
                  result.downDiff()));
      case REAPPLY_DIFFERS ->
          Assertions.fail(
              message(
                  result,
                  "re-applying its up after its down gave a different schema than the first time.",
                  "Schema after the first up (S1) compared with after re-applying (S3):",
                  result.reapplyDiff()));
      case FAILED ->
          Assertions.fail(
              "Migration "
                  + migration.displayName()
                  + " failed its round trip: "
                  + result.error().orElse("unknown error")
                  + dataLoss(result));
    }
  }

  static String message(
      ReversibilityResult result, String what, String legend, Optional<SnapshotDiff> diff) {
    StringBuilder message =
        new StringBuilder("Migration ")
            .append(result.migration().displayName())
            .append(" is not reversible: ")
            .append(what)
            .append(NL)
            .append("  File: ")
            .append(result.migration().source())
            .append(NL)
            .append(legend)
            .append(NL);
    diff.ifPresent(d -> message.append(d.render().stripTrailing().replace("\n", NL)));
    message.append(dataLoss(result));
    return message.toString();
  }

  private static String dataLoss(ReversibilityResult result) {
    if (result.dataLoss().isEmpty()) {
      return "";
    }
    StringBuilder text =
        new StringBuilder(NL)
            .append(NL)
            .append("Seeded data destroyed by the down (")
            .append(result.recordsLost())
            .append(" in total):");
    for (DataLoss loss : result.dataLoss()) {
      text.append(NL).append("  - ").append(loss);
    }
    return text.toString();
  }

  /** A source for IDEs to jump to: the migration's classpath resource or file, if it has one. */
  static URI source(Migration migration) {
    String source = migration.source();
    try {
      if (source.startsWith("classpath:")) {
        return new URI(
            "classpath",
            "/" + source.substring("classpath:".length()).replaceFirst("^/+", ""),
            null);
      }
      Path path = Path.of(source);
      return Files.isRegularFile(path) ? path.toUri() : null;
    } catch (InvalidPathException | java.net.URISyntaxException e) {
      return null;
    }
  }
}

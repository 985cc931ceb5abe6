package dev.surql.examples.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.surql.core.engine.SurrealEngine;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.MigrationSet;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.verify.MigrationVerdict;
import dev.surql.core.verify.MigrationVerifier;
import dev.surql.core.verify.ReversibilityResult;
import dev.surql.core.verify.ReversibilityStatus;
import dev.surql.core.verify.VerificationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hand-reviewed verdicts of one history under {@code conformance/}, and the check that
 * surql-test still reaches them: the history is loaded, every migration applied, reverted and
 * applied again on a fresh database of the real engine, and each verdict compared with the expected
 * one.
 */
final class HistoryVerdicts {
  private static final Pattern FILE_LINE = Pattern.compile("File:\\s+(\\S+)");
  private static final Pattern SERVER = Pattern.compile("Server:\\s+(.*)");
  private static final Pattern NOT_ATTEMPTED =
      Pattern.compile("^not attempted: migration (\\S+) failed to apply");
  private static final String PARSER_PREFIX = "nothing was executed: ";

  private final String name;
  private final List<Verdict> expected = new ArrayList<>();

  private HistoryVerdicts(String name) {
    this.name = name;
  }

  /** The verdicts of {@code classpath:conformance/<name>}. */
  static HistoryVerdicts history(String name) {
    return new HistoryVerdicts(name);
  }

  /**
   * The migration applies, its down restores the schema and re-applying it gives the same schema;
   * its round trip made notes under {@code notes}, if any.
   */
  HistoryVerdicts reversible(String version, RollbackSafety staticSafety, Rule... notes) {
    return add(
        new Verdict(
            version,
            ReversibilityStatus.REVERSIBLE,
            staticSafety,
            Optional.empty(),
            Optional.empty(),
            List.of(notes)));
  }

  /** The migration applies, but its down leaves the schema different from before the up. */
  HistoryVerdicts notReversible(String version, RollbackSafety staticSafety) {
    return add(
        new Verdict(
            version,
            ReversibilityStatus.NOT_REVERSIBLE,
            staticSafety,
            Optional.empty(),
            Optional.empty(),
            List.of()));
  }

  /** The migration applies, but its down (or the up applied again) fails with {@code message}. */
  HistoryVerdicts downFails(
      String version, RollbackSafety staticSafety, String at, String message) {
    return add(
        new Verdict(
            version,
            ReversibilityStatus.FAILED,
            staticSafety,
            Optional.of(at),
            Optional.of(message),
            List.of()));
  }

  /** The up fails at {@code file:line} with the server's {@code message}. */
  HistoryVerdicts upFails(String version, RollbackSafety staticSafety, String at, String message) {
    return add(
        new Verdict(
            version,
            ReversibilityStatus.FAILED,
            staticSafety,
            Optional.of(at),
            Optional.of(message),
            List.of()));
  }

  /** The up is not attempted because {@code failedVersion} before it did not apply. */
  HistoryVerdicts notAttempted(String version, RollbackSafety staticSafety, String failedVersion) {
    return add(
        new Verdict(
            version,
            ReversibilityStatus.FAILED,
            staticSafety,
            Optional.empty(),
            Optional.of("not attempted after " + failedVersion),
            List.of()));
  }

  private HistoryVerdicts add(Verdict verdict) {
    expected.add(verdict);
    return this;
  }

  /** Verifies the history on {@code engine} and asserts every verdict; returns the report. */
  VerificationReport verifyOn(SurrealEngine engine) {
    MigrationSet migrations = MigrationLoader.load("classpath:conformance/" + name);
    VerificationReport report =
        MigrationVerifier.of(engine, migrations)
            .withDatabasePrefix("conformance_" + name.replace('-', '_'))
            .verify();
    List<String> actual = report.verdicts().stream().map(v -> verdict(v).toString()).toList();
    assertThat(actual)
        .as(
            "verdicts of conformance/%s on %s (see conformance/%s/SOURCE.md)",
            name, report.serverVersion(), name)
        .containsExactlyElementsOf(expected.stream().map(Verdict::toString).toList());
    return report;
  }

  static Verdict verdict(MigrationVerdict verdict) {
    ReversibilityResult result =
        verdict
            .reversibility()
            .orElseThrow(() -> new AssertionError("no round trip for " + verdict.version()));
    Optional<String> failedAt = Optional.empty();
    Optional<String> failure = Optional.empty();
    if (result.status() == ReversibilityStatus.FAILED) {
      String error = result.error().orElse("");
      Matcher notAttempted = NOT_ATTEMPTED.matcher(error);
      if (notAttempted.find()) {
        failure = Optional.of("not attempted after " + notAttempted.group(1));
      } else {
        failedAt = find(FILE_LINE, error).map(HistoryVerdicts::fileName);
        failure =
            Optional.of(find(SERVER, error).map(HistoryVerdicts::serverMessage).orElse(error));
      }
    }
    return new Verdict(
        verdict.version(),
        result.status(),
        verdict.analysedSafety(),
        failedAt,
        failure,
        result.notes().stream().map(Finding::rule).toList());
  }

  private static Optional<String> find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
  }

  private static String fileName(String source) {
    return source.substring(source.lastIndexOf('/') + 1);
  }

  /** The server's message without the engine's address, which changes from run to run. */
  private static String serverMessage(String server) {
    int parser = server.indexOf(PARSER_PREFIX);
    return parser >= 0 ? server.substring(parser + PARSER_PREFIX.length()).strip() : server;
  }
}

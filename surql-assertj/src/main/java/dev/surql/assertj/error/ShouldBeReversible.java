package dev.surql.assertj.error;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.verify.ReversibilityResult;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the messages for migrations whose down did not restore the schema they started from. */
public class ShouldBeReversible extends BasicErrorMessageFactory {

  private ShouldBeReversible(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The round trip of one migration did not restore the schema. */
  public static ErrorMessageFactory shouldBeReversible(ReversibilityResult actual) {
    return new ShouldBeReversible(
        "%nExpecting migration %s to be reversible (down restores the schema up started from) but it was:%n  <%s>%s%n%s",
        unquotedString(actual.version()),
        actual.status(),
        unquotedString(code(actual)),
        unquotedString(explanation(actual)));
  }

  /** Some of the round trips did not restore the schema. */
  public static ErrorMessageFactory shouldAllBeReversible(
      List<ReversibilityResult> failed, int total) {
    String details =
        failed.stream()
            .map(
                r ->
                    String.format(
                        "  %s: %s%s%n%s",
                        r.version(), r.status(), code(r), explanation(r).indent(2).stripTrailing()))
            .collect(Collectors.joining(String.format("%n")));
    return new ShouldBeReversible(
        "%nExpecting all %s migrations to be reversible but %s were not:%n%s",
        total, failed.size(), unquotedString(details));
  }

  /** {@code " [SQ202 down-not-restoring]"}: the rule of a result that is not reversible. */
  static String code(ReversibilityResult result) {
    return result.rule().map(rule -> " [" + rule.label() + "]").orElse("");
  }

  static String explanation(ReversibilityResult result) {
    if (result.error().isPresent()) {
      return "  " + result.error().get();
    }
    return result
        .downDiff()
        .map(
            diff ->
                String.format(
                    "What down did not restore (%s → %s):%n%s",
                    diff.fromVersion(), diff.toVersion(), Renderings.changes(diff)))
        .orElse("  (no schema comparison available)");
  }
}

package dev.surql.assertj.error;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.rule.Rule;
import dev.surql.core.verify.ReversibilityResult;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages for migrations whose re-applied up gave another schema than the first time.
 */
public class ShouldReapplyIdentically extends BasicErrorMessageFactory {

  private ShouldReapplyIdentically(String format, Object... arguments) {
    super(format, arguments);
  }

  /** Re-applying one migration after its down gave another schema. */
  public static ErrorMessageFactory shouldReapplyIdentically(ReversibilityResult actual) {
    return new ShouldReapplyIdentically(
        "%nExpecting migration %s to re-apply identically after its down ["
            + Rule.REAPPLY_DIFFERS.label()
            + "] but it was:%n  <%s>%n%s",
        unquotedString(actual.version()),
        actual.status(),
        unquotedString(explanation(actual)));
  }

  /** Some migrations did not re-apply identically. */
  public static ErrorMessageFactory shouldAllReapplyIdentically(
      List<ReversibilityResult> failed, int total) {
    String details =
        failed.stream()
            .map(
                r ->
                    String.format(
                        "  %s: %s%n%s",
                        r.version(), r.status(), explanation(r).indent(2).stripTrailing()))
            .collect(Collectors.joining(String.format("%n")));
    return new ShouldReapplyIdentically(
        "%nExpecting all %s migrations to re-apply identically ["
            + Rule.REAPPLY_DIFFERS.label()
            + "] but %s did not:%n%s",
        total,
        failed.size(),
        unquotedString(details));
  }

  private static String explanation(ReversibilityResult result) {
    if (result.error().isPresent()) {
      return "  " + result.error().get();
    }
    return result
        .reapplyDiff()
        .map(
            diff ->
                String.format(
                    "How re-applying differed (%s → %s):%n%s",
                    diff.fromVersion(), diff.toVersion(), Renderings.changes(diff)))
        .orElse("  (no schema comparison available)");
  }
}

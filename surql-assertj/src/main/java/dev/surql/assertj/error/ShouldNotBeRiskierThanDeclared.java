package dev.surql.assertj.error;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.rollback.RollbackIssue;
import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.rule.Rule;
import dev.surql.core.verify.TimelineStep;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages for migrations whose down is riskier than their {@code @rollback}
 * declaration.
 */
public class ShouldNotBeRiskierThanDeclared extends BasicErrorMessageFactory {

  private ShouldNotBeRiskierThanDeclared(String format, Object... arguments) {
    super(format, arguments);
  }

  /** One step's analysed safety exceeds its declaration. */
  public static ErrorMessageFactory shouldNotBeRiskierThanDeclared(TimelineStep actual) {
    return shouldNotBeRiskierThanDeclared(
        actual.version(), actual.declaredSafety(), actual.analysedSafety(), actual.issues());
  }

  /** One migration's analysed safety exceeds its declaration. */
  public static ErrorMessageFactory shouldNotBeRiskierThanDeclared(
      String version,
      Optional<RollbackSafety> declared,
      RollbackSafety analysed,
      List<RollbackIssue> issues) {
    return new ShouldNotBeRiskierThanDeclared(
        "%nExpecting the down of migration %s not to be riskier than declared ["
            + Rule.RISKIER_THAN_DECLARED.label()
            + "]:%n  <@rollback: %s>%n"
            + "but the analysis found:%n  <%s>%nIssues:%n%s%n"
            + "Fix the down, or declare the real level with -- @rollback: %s",
        unquotedString(version),
        unquotedString(declared.map(RollbackSafety::fileName).orElse("(none)")),
        analysed,
        unquotedString(Renderings.issues(issues)),
        unquotedString(analysed.fileName()));
  }

  /** Several steps' analysed safety exceeds their declaration. */
  public static ErrorMessageFactory shouldAllNotBeRiskierThanDeclared(List<TimelineStep> riskier) {
    String steps =
        riskier.stream()
            .map(
                s ->
                    String.format(
                        "  %s: declared %s, analysed %s%n%s",
                        s.version(),
                        declared(s),
                        s.analysedSafety(),
                        Renderings.issues(s.issues()).indent(2).stripTrailing()))
            .collect(Collectors.joining(String.format("%n")));
    return new ShouldNotBeRiskierThanDeclared(
        "%nExpecting no migration to be riskier than its @rollback declaration ["
            + Rule.RISKIER_THAN_DECLARED.label()
            + "] but %s were:%n%s",
        riskier.size(),
        unquotedString(steps));
  }

  private static String declared(TimelineStep step) {
    return step.declaredSafety().map(s -> s.fileName()).orElse("(none)");
  }
}

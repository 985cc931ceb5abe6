package dev.surql.core.migration;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.rule.Rule;
import java.util.List;
import java.util.Objects;

/**
 * Migration sources that cannot be loaded. Carries every problem found in a location at once, so
 * one run shows everything to fix; the message lists each as {@code SQ901 file:line: message},
 * under the rule the loader names ({@code SQ901} when it names none).
 */
public class MigrationValidationException extends SurqlException {
  private static final long serialVersionUID = 1L;

  private final transient List<MigrationProblem> problems;

  public MigrationValidationException(String location, List<MigrationProblem> problems) {
    super(ErrorCode.MIGRATION_INVALID, message(location, problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(String location, List<MigrationProblem> problems) {
    Objects.requireNonNull(location, "location");
    if (Objects.requireNonNull(problems, "problems").isEmpty()) {
      throw new IllegalArgumentException("problems must not be empty");
    }
    StringBuilder text =
        new StringBuilder()
            .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
            .append(" in the migrations at ")
            .append(location)
            .append(" (fix them and load again):");
    for (MigrationProblem problem : problems) {
      text.append(System.lineSeparator())
          .append("  ")
          .append(problem.rule().orElse(Rule.INVALID_MIGRATION).code())
          .append(" ")
          .append(problem);
    }
    return text.toString();
  }

  /** Every problem found, in file order. */
  public List<MigrationProblem> problems() {
    return problems;
  }
}

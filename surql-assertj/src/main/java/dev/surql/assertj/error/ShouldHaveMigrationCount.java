package dev.surql.assertj.error;

import dev.surql.core.rollback.RollbackPlan;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the messages for a rollback plan undoing other migrations than expected. */
public class ShouldHaveMigrationCount extends BasicErrorMessageFactory {

  private ShouldHaveMigrationCount(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The plan does not undo {@code expected} migrations. */
  public static ErrorMessageFactory shouldHaveMigrationCount(RollbackPlan actual, int expected) {
    return new ShouldHaveMigrationCount(
        "%nExpecting the rollback plan:%n  <versions: %s>%nto undo %s migrations but it undoes %s",
        actual.versions(), expected, actual.migrationCount());
  }

  /** The plan does not undo exactly {@code expected}, in that order. */
  public static ErrorMessageFactory shouldRollBackVersions(
      RollbackPlan actual, List<String> expected) {
    return new ShouldHaveMigrationCount(
        "%nExpecting the rollback plan to undo exactly, in order:%n  <%s>%nbut it undoes:%n  <%s>",
        expected, actual.versions());
  }
}

package dev.surql.assertj.error;

import dev.surql.core.verify.MigrationVerdict;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the message for a verdict without a reversibility round trip, asked about its
 * reversibility.
 */
public class ShouldHaveRoundTrip extends BasicErrorMessageFactory {

  private ShouldHaveRoundTrip(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The verdict comes from a run that only applied migrations. */
  public static ErrorMessageFactory shouldHaveRoundTrip(MigrationVerdict actual) {
    return new ShouldHaveRoundTrip(
        "%nExpecting a reversibility round trip of migration %s but none ran: the verdict"
            + " comes from a run that only applied migrations.%nTake the verdicts of a verification run instead:"
            + " SurqlMigrations.verify().verdicts() or MigrationVerifier…verify().verdicts().",
        unquotedString(actual.version()));
  }
}

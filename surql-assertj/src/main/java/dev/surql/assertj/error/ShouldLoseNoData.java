package dev.surql.assertj.error;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.rule.Rule;
import dev.surql.core.verify.ReversibilityResult;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the messages for downs that destroyed seeded data, or another amount than expected. */
public class ShouldLoseNoData extends BasicErrorMessageFactory {

  private ShouldLoseNoData(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The down of one migration destroyed data. */
  public static ErrorMessageFactory shouldLoseNoData(ReversibilityResult actual) {
    return new ShouldLoseNoData(
        "%nExpecting the down of migration %s to lose no data ["
            + Rule.SEEDED_DATA_LOST.label()
            + "] but it lost %s:%n%s",
        unquotedString(actual.version()),
        actual.recordsLost(),
        unquotedString(Renderings.dataLoss(actual.dataLoss())));
  }

  /** The down of one migration destroyed another number of records/values than expected. */
  public static ErrorMessageFactory shouldLoseRecords(ReversibilityResult actual, long expected) {
    return new ShouldLoseNoData(
        "%nExpecting the down of migration %s to lose:%n  <%s>%nrecords and values but it lost:%n"
            + "  <%s>%n%s",
        unquotedString(actual.version()),
        expected,
        actual.recordsLost(),
        unquotedString(Renderings.dataLoss(actual.dataLoss())));
  }

  /** Some downs destroyed data. */
  public static ErrorMessageFactory shouldAllLoseNoData(List<ReversibilityResult> losing) {
    String details =
        losing.stream()
            .map(
                r ->
                    String.format(
                        "  %s:%n%s",
                        r.version(), Renderings.dataLoss(r.dataLoss()).indent(2).stripTrailing()))
            .collect(Collectors.joining(String.format("%n")));
    return new ShouldLoseNoData(
        "%nExpecting no down to lose data [" + Rule.SEEDED_DATA_LOST.label() + "] but %s did:%n%s",
        losing.size(),
        unquotedString(details));
  }
}

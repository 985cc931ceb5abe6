package dev.surql.assertj.error;

import dev.surql.assertj.internal.Renderings;
import dev.surql.core.snapshot.ChangeType;
import dev.surql.core.snapshot.SchemaElement;
import dev.surql.core.snapshot.SnapshotDiff;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Creates the messages for a diff whose changes of one type to one kind of element are not the
 * expected ones.
 */
public class ShouldHaveChanges extends BasicErrorMessageFactory {

  private ShouldHaveChanges(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The names changed are not exactly {@code expected}. */
  public static ErrorMessageFactory shouldHaveChanges(
      SnapshotDiff actual, ChangeType type, SchemaElement element, List<String> expected) {
    List<String> names = actual.names(type, element);
    return new ShouldHaveChanges(
        "%nExpecting the %s from %s to %s to be exactly:%n  <%s>%nbut were:%n  <%s>%n"
            + "missing:%n  <%s>%nunexpected:%n  <%s>%nAll changes:%n%s",
        unquotedString(Renderings.changeNoun(type, element)),
        unquotedString(actual.fromVersion()),
        unquotedString(actual.toVersion()),
        expected,
        names,
        minus(expected, names),
        minus(names, expected),
        unquotedString(Renderings.changes(actual)));
  }

  /** Some of {@code expected} were not changed. */
  public static ErrorMessageFactory shouldHaveChangesContaining(
      SnapshotDiff actual, ChangeType type, SchemaElement element, List<String> expected) {
    List<String> names = actual.names(type, element);
    return new ShouldHaveChanges(
        "%nExpecting the %s from %s to %s:%n  <%s>%nto contain:%n  <%s>%nbut could not find:%n  <%s>%n"
            + "All changes:%n%s",
        unquotedString(Renderings.changeNoun(type, element)),
        unquotedString(actual.fromVersion()),
        unquotedString(actual.toVersion()),
        names,
        expected,
        minus(expected, names),
        unquotedString(Renderings.changes(actual)));
  }

  private static List<String> minus(List<String> a, List<String> b) {
    List<String> result = new ArrayList<>(a);
    result.removeAll(b);
    return result;
  }
}

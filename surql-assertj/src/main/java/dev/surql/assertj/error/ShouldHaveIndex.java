package dev.surql.assertj.error;

import dev.surql.core.snapshot.TableSchema;
import java.util.ArrayList;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the messages for a table that is missing an index, or has one it should not have. */
public class ShouldHaveIndex extends BasicErrorMessageFactory {

  private ShouldHaveIndex(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The table has no index of that name. */
  public static ErrorMessageFactory shouldHaveIndex(TableSchema table, String index) {
    return new ShouldHaveIndex(
        "%nExpecting table %s:%n  <indexes: %s>%nto have index:%n  <%s>",
        unquotedString(table.name()), new ArrayList<>(table.indexes().keySet()), index);
  }

  /** The table has the index. */
  public static ErrorMessageFactory shouldNotHaveIndex(TableSchema table, String index) {
    return new ShouldHaveIndex(
        "%nExpecting table %s not to have index:%n  <%s>%nbut it is defined:%n  <%s>",
        unquotedString(table.name()),
        index,
        unquotedString(table.indexes().get(index).definition()));
  }
}

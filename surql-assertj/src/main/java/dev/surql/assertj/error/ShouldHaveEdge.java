package dev.surql.assertj.error;

import dev.surql.core.snapshot.RelationSchema;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.TableSchema;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** Creates the messages for a missing edge (relation table) or one connecting other tables. */
public class ShouldHaveEdge extends BasicErrorMessageFactory {

  private ShouldHaveEdge(String format, Object... arguments) {
    super(format, arguments);
  }

  /** The snapshot has no table of that name. */
  public static ErrorMessageFactory shouldHaveEdge(SchemaSnapshot actual, String edge) {
    return new ShouldHaveEdge(
        "%nExpecting snapshot %s:%n  <edges: %s>%nto have edge:%n  <%s>",
        unquotedString(actual.version()), new ArrayList<>(actual.schema().edges().keySet()), edge);
  }

  /** The table exists but is not {@code TYPE RELATION}. */
  public static ErrorMessageFactory shouldBeEdge(SchemaSnapshot actual, TableSchema table) {
    return new ShouldHaveEdge(
        "%nExpecting table %s of snapshot %s to be an edge (TYPE RELATION) but it is %s:%n  <%s>",
        unquotedString(table.name()),
        unquotedString(actual.version()),
        table.kind(),
        unquotedString(table.definition()));
  }

  /** The edge exists but its IN/OUT tables differ. */
  public static ErrorMessageFactory shouldConnect(
      SchemaSnapshot actual, TableSchema edge, List<String> in, List<String> out) {
    RelationSchema relation =
        edge.relation().orElse(new RelationSchema(List.of(), List.of(), false));
    return new ShouldHaveEdge(
        "%nExpecting edge %s of snapshot %s to connect:%n  <IN %s OUT %s>%nbut it connects:%n  <IN %s OUT %s>%n"
            + "Definition:%n  <%s>",
        unquotedString(edge.name()),
        unquotedString(actual.version()),
        in,
        out,
        relation.in(),
        relation.out(),
        unquotedString(edge.definition()));
  }
}

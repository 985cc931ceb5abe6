package dev.surql.assertj.internal;

import dev.surql.core.snapshot.ChangeType;
import dev.surql.core.snapshot.SchemaChange;
import dev.surql.core.snapshot.SchemaElement;
import dev.surql.core.snapshot.SchemaSnapshot;
import dev.surql.core.snapshot.SnapshotDiff;
import dev.surql.core.snapshot.TableSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Structural comparison of two snapshots, as the assertions report it: tables (relation tables as
 * edges), their fields, indexes and events, and the database-level definitions, each added, removed
 * or modified (same name, different definition).
 */
public final class SchemaDiffs {

  private SchemaDiffs() {}

  /** The differences from {@code from} to {@code to}, ordered by element kind then name. */
  public static SnapshotDiff compare(SchemaSnapshot from, SchemaSnapshot to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    List<SchemaChange> changes = new ArrayList<>();
    SortedMap<String, TableSchema> before = from.schema().tables();
    SortedMap<String, TableSchema> after = to.schema().tables();
    for (String name : union(before, after)) {
      TableSchema b = before.get(name);
      TableSchema a = after.get(name);
      boolean relation = (a != null ? a : b).isRelation();
      compare(changes, relation ? SchemaElement.EDGE : SchemaElement.TABLE, name,
          Optional.ofNullable(b).map(TableSchema::definition), Optional.ofNullable(a).map(TableSchema::definition));
      children(changes, SchemaElement.FIELD, name, b, a, t -> definitions(t.fields(), f -> f.definition()));
      children(changes, SchemaElement.INDEX, name, b, a, t -> definitions(t.indexes(), i -> i.definition()));
      children(changes, SchemaElement.EVENT, name, b, a, t -> definitions(t.events(), e -> e.definition()));
    }
    definitions(changes, SchemaElement.FUNCTION, from.schema().functions(), to.schema().functions());
    definitions(changes, SchemaElement.PARAM, from.schema().params(), to.schema().params());
    definitions(changes, SchemaElement.ANALYZER, from.schema().analyzers(), to.schema().analyzers());
    definitions(changes, SchemaElement.ACCESS, from.schema().accesses(), to.schema().accesses());
    definitions(changes, SchemaElement.SEQUENCE, from.schema().sequences(), to.schema().sequences());
    changes.sort(Comparator.comparing(SchemaChange::element).thenComparing(SchemaChange::name));
    Optional<String> warning = from.serverVersion().equals(to.serverVersion())
        ? Optional.empty()
        : Optional.of("snapshots come from different server versions (" + from.serverVersion() + ", "
            + to.serverVersion() + "): their checksums are not comparable");
    return new SnapshotDiff(from.version(), to.version(), changes, from.checksum().equals(to.checksum()), warning);
  }

  private static void children(List<SchemaChange> changes, SchemaElement element, String table, TableSchema before,
      TableSchema after, Function<TableSchema, Map<String, String>> extract) {
    Map<String, String> b = before == null ? Map.of() : extract.apply(before);
    Map<String, String> a = after == null ? Map.of() : extract.apply(after);
    for (String name : union(b, a)) {
      compare(changes, element, table + "." + name, Optional.ofNullable(b.get(name)), Optional.ofNullable(a.get(name)));
    }
  }

  private static void definitions(List<SchemaChange> changes, SchemaElement element, Map<String, String> before,
      Map<String, String> after) {
    for (String name : union(before, after)) {
      compare(changes, element, name, Optional.ofNullable(before.get(name)), Optional.ofNullable(after.get(name)));
    }
  }

  private static void compare(List<SchemaChange> changes, SchemaElement element, String name, Optional<String> before,
      Optional<String> after) {
    if (before.isEmpty() && after.isPresent()) {
      changes.add(new SchemaChange(ChangeType.ADDED, element, name, before, after));
    } else if (before.isPresent() && after.isEmpty()) {
      changes.add(new SchemaChange(ChangeType.REMOVED, element, name, before, after));
    } else if (before.isPresent() && !before.get().equals(after.get())) {
      changes.add(new SchemaChange(ChangeType.MODIFIED, element, name, before, after));
    }
  }

  private static <V> Map<String, String> definitions(Map<String, V> map, Function<V, String> definition) {
    Map<String, String> result = new TreeMap<>();
    map.forEach((name, value) -> result.put(name, definition.apply(value)));
    return result;
  }

  private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
    TreeSet<String> names = new TreeSet<>(a.keySet());
    names.addAll(b.keySet());
    return names;
  }
}

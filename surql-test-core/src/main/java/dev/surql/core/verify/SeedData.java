package dev.surql.core.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Data to insert before given versions are applied (like pytest-alembic's {@code
 * before_revision_data}), so that migrations, downs and rollback plans meet real records.
 * Immutable; {@link #before(String, String...)} returns a new instance.
 *
 * @param statements SurrealQL statements by the version they must run before
 */
public record SeedData(Map<String, List<String>> statements) {

  public SeedData {
    Objects.requireNonNull(statements, "statements");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    statements.forEach(
        (version, list) -> copy.put(Objects.requireNonNull(version, "version"), List.copyOf(list)));
    statements = Collections.unmodifiableMap(copy);
  }

  /** No seed data. */
  public static SeedData none() {
    return new SeedData(Map.of());
  }

  /** This seed data plus statements to run right before {@code version} is applied. */
  public SeedData before(String version, String... sql) {
    Objects.requireNonNull(version, "version");
    Map<String, List<String>> copy = new LinkedHashMap<>(statements);
    List<String> list = new ArrayList<>(copy.getOrDefault(version, List.of()));
    for (String statement : sql) {
      list.add(Objects.requireNonNull(statement, "statement"));
    }
    copy.put(version, list);
    return new SeedData(copy);
  }

  /** The statements to run before {@code version} (empty if none). */
  public List<String> forVersion(String version) {
    return statements.getOrDefault(version, List.of());
  }

  public boolean isEmpty() {
    return statements.values().stream().allMatch(List::isEmpty);
  }
}

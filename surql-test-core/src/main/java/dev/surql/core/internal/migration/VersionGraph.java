package dev.surql.core.internal.migration;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The migration history as a directed acyclic graph: each version points to its parents (the
 * versions it builds on). Versions may be added in any order; unknown parents and cycles are
 * reported, naming the versions, by the first query after the change (or by {@link #validate()}).
 * Not thread-safe while being built.
 *
 * <p>{@link #from(MigrationSet)} gives each migration the previous version as its parent, or the
 * versions its {@code -- @depends_on:} names.
 */
public final class VersionGraph {

  private final Map<String, List<String>> parents = new LinkedHashMap<>();
  private boolean validated = true;

  /** An empty graph. */
  public VersionGraph() {}

  /**
   * The graph of a migration set: each migration's parent is the previous version, unless it
   * declares dependencies, which then are its parents.
   *
   * @throws SurqlException ({@link ErrorCode#VERSION_GRAPH_INVALID}) on unknown dependencies or
   *     cycles
   */
  public static VersionGraph from(MigrationSet migrations) {
    VersionGraph graph = new VersionGraph();
    Optional<String> previous = Optional.empty();
    for (Migration migration : migrations.migrations()) {
      if (!migration.dependsOn().isEmpty()) {
        graph.addVersion(migration.version(), migration.dependsOn());
      } else {
        graph.addVersion(migration, previous);
      }
      previous = Optional.of(migration.version());
    }
    graph.validate();
    return graph;
  }

  /**
   * Adds {@code migration}'s version with at most one parent. See {@link #addVersion(String,
   * Collection)}.
   */
  public VersionGraph addVersion(Migration migration, Optional<String> parent) {
    Objects.requireNonNull(migration, "migration");
    Objects.requireNonNull(parent, "parent");
    return addVersion(migration.version(), parent.map(List::of).orElse(List.of()));
  }

  /**
   * Adds a version with the given parents (none for a root).
   *
   * @throws SurqlException ({@link ErrorCode#VERSION_GRAPH_INVALID}) if the version is already in
   *     the graph or names itself as a parent
   */
  public VersionGraph addVersion(String version, Collection<String> parentVersions) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(parentVersions, "parentVersions");
    if (parents.containsKey(version)) {
      throw invalid(
          "Duplicate version "
              + version
              + ": it is already in the version graph (parents: "
              + describe(parents.get(version))
              + "). Every migration needs its own version.");
    }
    List<String> own = List.copyOf(new LinkedHashSet<>(parentVersions));
    if (own.contains(version)) {
      throw invalid("Version " + version + " names itself as its parent.");
    }
    parents.put(version, own);
    validated = false;
    return this;
  }

  /**
   * Checks that every parent is a version in the graph and that there is no cycle.
   *
   * @throws SurqlException ({@link ErrorCode#VERSION_GRAPH_INVALID}) naming the unknown parents or
   *     the versions of a cycle
   */
  public VersionGraph validate() {
    if (validated) {
      return this;
    }
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : parents.entrySet()) {
      for (String parent : entry.getValue()) {
        if (!parents.containsKey(parent)) {
          unknown.add(entry.getKey() + " has unknown parent " + parent);
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw invalid(
          "Version graph has unknown parents: "
              + String.join("; ", unknown)
              + ". Known versions: "
              + String.join(", ", sorted(parents.keySet()))
              + ".");
    }
    findCycle()
        .ifPresent(
            cycle -> {
              throw invalid(
                  "Version graph has a cycle: "
                      + String.join(" -> ", cycle)
                      + " (each version has the next as parent). A version cannot depend on itself through its parents.");
            });
    validated = true;
    return this;
  }

  /** Every version, ordered by version. */
  public List<String> getAllVersions() {
    validate();
    return sorted(parents.keySet());
  }

  /** Whether the graph has this version. */
  public boolean contains(String version) {
    return parents.containsKey(version);
  }

  /** The version's direct parents. */
  public List<String> getParents(String version) {
    validate();
    return parents.get(require(version));
  }

  /** The version's direct children, ordered by version. */
  public List<String> getChildren(String version) {
    validate();
    require(version);
    return sorted(
        parents.entrySet().stream()
            .filter(e -> e.getValue().contains(version))
            .map(Map.Entry::getKey)
            .toList());
  }

  /** Every version the given one builds on, directly or not, ordered by version. */
  public List<String> getAncestors(String version) {
    validate();
    require(version);
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(parents.get(version));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(parents.get(next));
      }
    }
    return sorted(seen);
  }

  /** Every version that builds on the given one, directly or not, ordered by version. */
  public List<String> getDescendants(String version) {
    validate();
    require(version);
    Map<String, List<String>> children = children();
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>(children.get(version));
    while (!todo.isEmpty()) {
      String next = todo.pop();
      if (seen.add(next)) {
        todo.addAll(children.get(next));
      }
    }
    return sorted(seen);
  }

  /** The versions nothing builds on (the tips of the history), ordered by version. */
  public List<String> heads() {
    validate();
    Map<String, List<String>> children = children();
    return sorted(parents.keySet().stream().filter(v -> children.get(v).isEmpty()).toList());
  }

  /**
   * A shortest path of versions from {@code from} to {@code to}, both included. If {@code to}
   * builds on {@code from} the path runs forward (parent to child, the order to apply migrations);
   * if {@code from} builds on {@code to} it runs backward (child to parent, the order to roll them
   * back). Empty if neither builds on the other; {@code [from]} if they are equal.
   */
  public List<String> getPath(String from, String to) {
    validate();
    require(from);
    require(to);
    if (from.equals(to)) {
      return List.of(from);
    }
    Map<String, List<String>> children = children();
    List<String> forward = shortestPath(from, to, children);
    if (!forward.isEmpty()) {
      return forward;
    }
    return shortestPath(from, to, parents);
  }

  private static List<String> shortestPath(
      String from, String to, Map<String, List<String>> edges) {
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(from);
    cameFrom.put(from, from);
    while (!queue.isEmpty()) {
      String current = queue.poll();
      if (current.equals(to)) {
        List<String> path = new ArrayList<>();
        for (String v = to; !v.equals(from); v = cameFrom.get(v)) {
          path.add(0, v);
        }
        path.add(0, from);
        return List.copyOf(path);
      }
      for (String next : sorted(edges.get(current))) {
        if (!cameFrom.containsKey(next)) {
          cameFrom.put(next, current);
          queue.add(next);
        }
      }
    }
    return List.of();
  }

  /** How many versions the graph has. */
  public int size() {
    return parents.size();
  }

  private Map<String, List<String>> children() {
    Map<String, List<String>> children = new HashMap<>();
    parents.keySet().forEach(v -> children.put(v, new ArrayList<>()));
    parents.forEach((child, ps) -> ps.forEach(p -> children.get(p).add(child)));
    return children;
  }

  private Optional<List<String>> findCycle() {
    Map<String, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = done
    for (String start : sorted(parents.keySet())) {
      if (state.containsKey(start)) {
        continue;
      }
      Deque<String> path = new ArrayDeque<>();
      Deque<java.util.Iterator<String>> iterators = new ArrayDeque<>();
      path.push(start);
      iterators.push(parents.get(start).iterator());
      state.put(start, 1);
      while (!path.isEmpty()) {
        java.util.Iterator<String> it = iterators.peek();
        if (it.hasNext()) {
          String next = it.next();
          Integer s = state.get(next);
          if (s == null) {
            state.put(next, 1);
            path.push(next);
            iterators.push(parents.get(next).iterator());
          } else if (s == 1) {
            List<String> onPath = new ArrayList<>(path);
            java.util.Collections.reverse(onPath); // start first, deepest last
            List<String> cycle =
                new ArrayList<>(onPath.subList(onPath.indexOf(next), onPath.size()));
            cycle.add(next);
            return Optional.of(cycle);
          }
        } else {
          state.put(path.pop(), 2);
          iterators.pop();
        }
      }
    }
    return Optional.empty();
  }

  private String require(String version) {
    Objects.requireNonNull(version, "version");
    if (!parents.containsKey(version)) {
      throw invalid(
          "Unknown version "
              + version
              + ": not in the version graph. Known versions: "
              + (parents.isEmpty() ? "(none)" : String.join(", ", sorted(parents.keySet())))
              + ".");
    }
    return version;
  }

  private static List<String> sorted(Collection<String> versions) {
    TreeSet<String> set = new TreeSet<>(MigrationVersions.ORDER);
    set.addAll(versions);
    return List.copyOf(set);
  }

  private static String describe(List<String> versions) {
    return versions.isEmpty() ? "none" : String.join(", ", versions);
  }

  private static SurqlException invalid(String message) {
    return new SurqlException(ErrorCode.VERSION_GRAPH_INVALID, message);
  }

  @Override
  public String toString() {
    return "VersionGraph" + parents;
  }
}

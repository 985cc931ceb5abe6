package dev.surql.core.internal.migration;

import dev.surql.core.migration.Migration;
import dev.surql.core.migration.MigrationProblem;
import dev.surql.core.rule.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What loading a location collects: the migrations read so far (with where their version and
 * dependencies were declared), the problems that make the location invalid, and notes. Problems are
 * all reported together at the end.
 */
final class MigrationCollector {
  /** A loaded migration with the place its version and dependencies were declared, for checks. */
  record Loaded(Migration migration, String file, int dependsOnLine) {}

  final List<MigrationProblem> problems = new ArrayList<>();
  final List<MigrationProblem> notes = new ArrayList<>();
  final List<Loaded> migrations = new ArrayList<>();

  void problem(String file, int line, String message) {
    problems.add(new MigrationProblem(file, line, message, Optional.empty()));
  }

  void problem(String file, int line, Rule rule, String message) {
    problems.add(new MigrationProblem(file, line, message, Optional.of(rule)));
  }

  void checkVersionsAndDependencies() {
    Map<String, Loaded> byVersion = new LinkedHashMap<>();
    for (Loaded loaded : migrations) {
      Loaded previous = byVersion.putIfAbsent(loaded.migration().version(), loaded);
      if (previous != null) {
        problem(
            loaded.file(),
            0,
            "duplicate version "
                + loaded.migration().version()
                + ": also used by "
                + previous.file()
                + ". Give one of them a new version."
                + inAnotherDirectory(loaded, previous));
      }
    }
    for (Loaded loaded : migrations) {
      for (String dependency : loaded.migration().dependsOn()) {
        if (!byVersion.containsKey(dependency)) {
          problem(
              loaded.file(),
              loaded.dependsOnLine(),
              "@depends_on names unknown version '"
                  + dependency
                  + "'. Known versions: "
                  + knownVersions(byVersion.keySet()));
        } else if (dependency.equals(loaded.migration().version())) {
          problem(
              loaded.file(),
              loaded.dependsOnLine(),
              "@depends_on names the migration's own version '" + dependency + "'");
        }
      }
    }
    problems.sort(
        Comparator.comparing(MigrationProblem::file).thenComparingInt(MigrationProblem::line));
  }

  /** A hint when the two files sit in different directories: scanning is recursive by default. */
  private static String inAnotherDirectory(Loaded one, Loaded other) {
    String first = parent(one.file());
    String second = parent(other.file());
    if (first.isEmpty() || second.isEmpty() || first.equals(second)) {
      return "";
    }
    return " Subdirectories are scanned too: if one of them is a copy (original/, archive/, seed/…), exclude"
        + " its folder (exclude pattern, e.g. archive) or scan only the top directory (recursive = false).";
  }

  private static String parent(String file) {
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return slash < 0 ? "" : file.substring(0, slash);
  }

  private static String knownVersions(Set<String> versions) {
    if (versions.isEmpty()) {
      return "(none)";
    }
    return String.join(", ", versions.stream().sorted(MigrationVersions.ORDER).toList());
  }
}

package dev.surql.core.migration;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which files of a migration location {@link MigrationLoader} reads. By default, like Flyway, it
 * reads every {@code .surql} file in the location and all its subdirectories. Scanning can be made
 * non-recursive (only the files directly in the location), limited to files that match an include
 * pattern, and told to skip files that match an exclude pattern:
 *
 * <pre>{@code
 * MigrationLoader.load("db/migrations", ScanOptions.defaults().withExclude("archive", "original/**"));
 * }</pre>
 *
 * <p>Patterns are globs over the path relative to the location, always with {@code /} separators:
 * {@code *} matches within one name, {@code **} across directories, {@code ?} one character, {@code
 * {a,b}} either. A pattern without {@code /} is matched against every single name on the path, so
 * {@code archive} excludes any {@code archive} directory at any depth and {@code *.seed.surql} any
 * such file; a pattern with {@code /} is matched against the whole relative path and against each
 * of its directories, so {@code legacy/v1} excludes everything under that directory. A file is read
 * when it matches an include pattern (or none are given) and no exclude pattern.
 *
 * @param recursive whether subdirectories are scanned (default true)
 * @param include glob patterns a file must match one of; empty reads every file
 * @param exclude glob patterns that skip a file
 */
public record ScanOptions(boolean recursive, List<String> include, List<String> exclude) {

  private static final ScanOptions DEFAULTS = new ScanOptions(true, List.of(), List.of());

  public ScanOptions {
    include = patterns(include, "include");
    exclude = patterns(exclude, "exclude");
  }

  /** Every {@code .surql} file in the location and its subdirectories. */
  public static ScanOptions defaults() {
    return DEFAULTS;
  }

  /** These options, scanning subdirectories or not. */
  public ScanOptions withRecursive(boolean recursive) {
    return new ScanOptions(recursive, include, exclude);
  }

  /**
   * These options, reading only files that match one of {@code patterns} (replacing earlier ones).
   */
  public ScanOptions withInclude(String... patterns) {
    return new ScanOptions(recursive, List.of(patterns), exclude);
  }

  /** These options, skipping files that match one of {@code patterns} (replacing earlier ones). */
  public ScanOptions withExclude(String... patterns) {
    return new ScanOptions(recursive, include, List.of(patterns));
  }

  /** Whether these are the defaults: recursive, no patterns. */
  public boolean isDefault() {
    return equals(DEFAULTS);
  }

  /**
   * Whether the loader reads a file at {@code relativePath} (relative to the location, {@code /}
   * separated).
   */
  public boolean accepts(String relativePath) {
    Objects.requireNonNull(relativePath, "relativePath");
    String path = relativePath.replace('\\', '/');
    if (!recursive && path.contains("/")) {
      return false;
    }
    return (include.isEmpty() || include.stream().anyMatch(p -> matches(p, path)))
        && exclude.stream().noneMatch(p -> matches(p, path));
  }

  /**
   * {@code recursive, include [..], exclude [..]} for messages and keys; empty for the defaults.
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    if (!recursive) {
      parts.add("not recursive");
    }
    if (!include.isEmpty()) {
      parts.add("include " + String.join(", ", include));
    }
    if (!exclude.isEmpty()) {
      parts.add("exclude " + String.join(", ", exclude));
    }
    return parts.isEmpty() ? "recursive" : String.join("; ", parts);
  }

  private static boolean matches(String pattern, String path) {
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    String[] names = path.split("/");
    if (!pattern.contains("/")) {
      for (String name : names) {
        if (matcher.matches(Path.of(name))) {
          return true;
        }
      }
      return false;
    }
    StringBuilder prefix = new StringBuilder();
    for (String name : names) {
      prefix.append(prefix.length() == 0 ? "" : "/").append(name);
      if (matcher.matches(Path.of(prefix.toString()))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> patterns(List<String> patterns, String what) {
    Objects.requireNonNull(patterns, what);
    List<String> checked = new ArrayList<>();
    for (String pattern : patterns) {
      if (pattern == null || pattern.isBlank()) {
        throw new IllegalArgumentException(
            "Empty " + what + " pattern: give a glob such as archive or **/seed/*.surql");
      }
      String normalized = pattern.strip().replace('\\', '/');
      while (normalized.startsWith("./")) {
        normalized = normalized.substring(2);
      }
      while (normalized.length() > 1 && normalized.endsWith("/")) {
        normalized = normalized.substring(0, normalized.length() - 1);
      }
      if (normalized.startsWith("/")) {
        throw new IllegalArgumentException(
            "The "
                + what
                + " pattern '"
                + pattern
                + "' starts with '/': patterns"
                + " are relative to the migration location, e.g. archive/** rather than /archive/**");
      }
      try {
        FileSystems.getDefault().getPathMatcher("glob:" + normalized);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "The " + what + " pattern '" + pattern + "' is not a valid glob: " + e.getMessage(), e);
      }
      checked.add(normalized);
    }
    return List.copyOf(checked);
  }
}

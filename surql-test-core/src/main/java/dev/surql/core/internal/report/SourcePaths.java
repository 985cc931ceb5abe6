package dev.surql.core.internal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Turns the file a finding names (a path as the user gave it, or a {@code classpath:} location)
 * into a path relative to the repository root, with {@code /} separators, the way SARIF and GitHub
 * annotations want it. A {@code classpath:} location is looked up under the root's {@code
 * src/main/resources} and {@code src/test/resources} folders (of any module).
 */
public final class SourcePaths {
  private static final String CLASSPATH = "classpath:";

  private final Path root;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  private SourcePaths(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Paths relative to {@code root}. */
  public static SourcePaths relativeTo(Path root) {
    return new SourcePaths(Objects.requireNonNull(root, "root"));
  }

  /**
   * The repository root: {@code GITHUB_WORKSPACE} when set, else the nearest folder above the
   * working directory that holds {@code .git}, else the working directory.
   */
  public static Path repositoryRoot(Map<String, String> environment) {
    String workspace = environment.get("GITHUB_WORKSPACE");
    if (workspace != null && !workspace.isBlank()) {
      return Path.of(workspace).toAbsolutePath().normalize();
    }
    Path cwd = Path.of("").toAbsolutePath().normalize();
    for (Path p = cwd; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        return p;
      }
    }
    return cwd;
  }

  public Path root() {
    return root;
  }

  /**
   * {@code file} relative to the root when it lies inside it; otherwise as given, with {@code /}.
   */
  public String relative(String file) {
    return cache.computeIfAbsent(file, this::resolve);
  }

  private String resolve(String file) {
    if (file.startsWith(CLASSPATH)) {
      String resource = file.substring(CLASSPATH.length()).replaceFirst("^/+", "");
      return findResource(resource).orElse(resource);
    }
    try {
      Path path = Path.of(file).toAbsolutePath().normalize();
      if (path.startsWith(root)) {
        return slashes(root.relativize(path).toString());
      }
    } catch (InvalidPathException e) {
      return slashes(file);
    }
    return slashes(file);
  }

  private Optional<String> findResource(String resource) {
    try (Stream<Path> walk = Files.walk(root, 6)) {
      return walk.filter(
              p ->
                  p.getFileName() != null
                      && p.getFileName().toString().equals("resources")
                      && p.getParent() != null
                      && p.getParent().getParent() != null
                      && p.getParent().getParent().getFileName().toString().equals("src"))
          .filter(
              p -> !p.toString().contains("/target/") && !p.toString().contains("/node_modules/"))
          .map(p -> p.resolve(resource))
          .filter(Files::isRegularFile)
          .sorted()
          .findFirst()
          .map(p -> slashes(root.relativize(p).toString()));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  private static String slashes(String path) {
    return path.replace('\\', '/');
  }
}

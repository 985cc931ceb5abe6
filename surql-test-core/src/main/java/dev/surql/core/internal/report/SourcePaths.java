package dev.surql.core.internal.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

  /** Folders never searched for resources. */
  private static final Set<String> SKIPPED = Set.of("target", "node_modules", ".git");

  /** The {@code src/<set>/resources} folders, found on first use. */
  private volatile List<Path> resourceRoots;

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
    return resourceRoots().stream()
        .map(folder -> folder.resolve(resource))
        .filter(Files::isRegularFile)
        .findFirst()
        .map(p -> slashes(root.relativize(p).toString()));
  }

  /**
   * Every {@code src/<set>/resources} folder under the root (at most six levels down), sorted;
   * looked for once, not once per file, and never inside build output ({@code target}), {@code
   * node_modules} or {@code .git}, which can hold more files than the sources.
   */
  private List<Path> resourceRoots() {
    List<Path> known = resourceRoots;
    if (known != null) {
      return known;
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          root,
          EnumSet.noneOf(FileVisitOption.class),
          6,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
              Path name = dir.getFileName();
              if (!dir.equals(root) && name != null && SKIPPED.contains(name.toString())) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              if (name != null
                  && name.toString().equals("resources")
                  && dir.getParent() != null
                  && dir.getParent().getParent() != null
                  && dir.getParent().getParent().getFileName() != null
                  && dir.getParent().getParent().getFileName().toString().equals("src")) {
                found.add(dir);
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | UncheckedIOException e) {
      // an unreadable tree: classpath locations stay as given
    }
    Collections.sort(found);
    known = List.copyOf(found);
    resourceRoots = known;
    return known;
  }

  private static String slashes(String path) {
    return path.replace('\\', '/');
  }
}

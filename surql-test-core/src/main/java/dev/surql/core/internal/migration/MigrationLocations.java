package dev.surql.core.internal.migration;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.migration.MigrationLoader;
import dev.surql.core.migration.ScanOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the migration files of a location: a directory (walked recursively), or a {@code
 * classpath:} location in class-path directories and jars. Reading and checking the files is {@link
 * MigrationParser}'s; this class only lists and reads bytes, sorted by path so every run loads the
 * same way.
 */
public final class MigrationLocations {

  private MigrationLocations() {}

  /** The files {@code scan} accepts, by their path relative to the location. */
  public static List<SourceFile> scanned(List<SourceFile> files, ScanOptions scan) {
    return scan.isDefault()
        ? files
        : files.stream().filter(f -> scan.accepts(f.relativeName())).toList();
  }

  /**
   * The migration files in {@code directory} and its subdirectories, sorted by path.
   *
   * @throws SurqlException ({@link ErrorCode#MIGRATION_INVALID}) if it does not exist or is a file
   */
  public static List<SourceFile> directory(Path directory) {
    if (!Files.exists(directory)) {
      throw new SurqlException(
          ErrorCode.MIGRATION_INVALID,
          "Migration directory "
              + directory.toAbsolutePath()
              + " does not exist. Check the location (a directory, or classpath:<path> for resources).");
    }
    if (!Files.isDirectory(directory)) {
      throw new SurqlException(
          ErrorCode.MIGRATION_INVALID,
          "Migration location "
              + directory.toAbsolutePath()
              + " is a file, not a directory. Point it at the directory that holds the .surql files.");
    }
    List<SourceFile> files = new ArrayList<>();
    for (Path file : walk(directory)) {
      String relative = directory.relativize(file).toString().replace('\\', '/');
      files.add(new SourceFile(relative, file.toString(), read(file)));
    }
    return files;
  }

  private static List<Path> walk(Path directory) {
    try (Stream<Path> stream = Files.walk(directory)) {
      return stream
          .filter(Files::isRegularFile)
          .filter(p -> isMigrationFileName(p.getFileName().toString()))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list migration directory " + directory, e);
    }
  }

  private static boolean isMigrationFileName(String name) {
    return name.endsWith(MigrationFileName.SUFFIX) && !name.startsWith(".");
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read migration file " + file, e);
    }
  }

  /**
   * The migration files under a {@code classpath:} location in every classpath root that has it
   * (directories and jars); the same resource in two roots is kept twice, so its duplicate version
   * is reported.
   *
   * @throws SurqlException ({@link ErrorCode#MIGRATION_INVALID}) if no root has the location
   */
  public static List<SourceFile> classpath(String location, ClassLoader classLoader) {
    String prefix =
        location.substring(MigrationLoader.CLASSPATH_PREFIX.length()).replace('\\', '/');
    while (prefix.startsWith("/")) {
      prefix = prefix.substring(1);
    }
    while (prefix.endsWith("/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    List<URL> roots;
    try {
      roots = Collections.list(classLoader.getResources(prefix));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look up classpath location " + location, e);
    }
    if (roots.isEmpty()) {
      throw new SurqlException(
          ErrorCode.MIGRATION_INVALID,
          "Classpath location "
              + location
              + " does not exist: no directory or jar entry '"
              + prefix
              + "' on the classpath. Check the location"
              + " (relative to the classpath root, e.g. classpath:db/migrations for src/main/resources/db/migrations).");
    }
    Map<String, SourceFile> files = new LinkedHashMap<>();
    int root = 0;
    for (URL url : roots) {
      List<SourceFile> found =
          switch (url.getProtocol()) {
            case "file" -> listClasspathDirectory(url, prefix);
            case "jar" -> listJar(url, prefix);
            default ->
                throw new SurqlException(
                    ErrorCode.MIGRATION_INVALID,
                    "Cannot list classpath location "
                        + location
                        + " at "
                        + url
                        + ": only directories and jar files are supported.");
          };
      for (SourceFile file : found) {
        // the same resource in two classpath roots: keep both so the duplicate version is reported
        String key =
            files.containsKey(file.relativeName())
                ? file.relativeName() + "#" + root
                : file.relativeName();
        files.put(key, file);
      }
      root++;
    }
    return new ArrayList<>(files.values());
  }

  private static List<SourceFile> listClasspathDirectory(URL url, String prefix) {
    Path directory;
    try {
      directory = Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new SurqlException(
          ErrorCode.MIGRATION_INVALID, "Cannot read classpath directory " + url, e);
    }
    if (!Files.isDirectory(directory)) {
      throw new SurqlException(
          ErrorCode.MIGRATION_INVALID,
          "Classpath location "
              + MigrationLoader.CLASSPATH_PREFIX
              + prefix
              + " is a file ("
              + directory
              + "), not a directory of migrations.");
    }
    List<SourceFile> files = new ArrayList<>();
    for (Path file : walk(directory)) {
      String relative = directory.relativize(file).toString().replace('\\', '/');
      files.add(
          new SourceFile(
              relative, MigrationLoader.CLASSPATH_PREFIX + prefix + "/" + relative, read(file)));
    }
    return files;
  }

  private static List<SourceFile> listJar(URL url, String prefix) {
    String spec = url.getPath();
    int separator = spec.indexOf("!/");
    if (separator < 0) {
      throw new SurqlException(
          ErrorCode.MIGRATION_INVALID,
          "Cannot read classpath location "
              + url
              + ": not a jar URL of the form jar:file:/path.jar!/entry.");
    }
    Path jarPath;
    try {
      jarPath = Paths.get(new URI(spec.substring(0, separator)));
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new SurqlException(
          ErrorCode.MIGRATION_INVALID,
          "Cannot open the jar of classpath location "
              + url
              + ": only jars on the local file system are supported.",
          e);
    }
    String entryPrefix = prefix + "/";
    List<SourceFile> files = new ArrayList<>();
    try (JarFile jar = new JarFile(jarPath.toFile())) {
      Enumeration<JarEntry> entries = jar.entries();
      List<JarEntry> matching = new ArrayList<>();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String name = entry.getName();
        String fileName = name.substring(name.lastIndexOf('/') + 1);
        if (!entry.isDirectory() && name.startsWith(entryPrefix) && isMigrationFileName(fileName)) {
          matching.add(entry);
        }
      }
      matching.sort((a, b) -> a.getName().compareTo(b.getName()));
      for (JarEntry entry : matching) {
        try (InputStream in = jar.getInputStream(entry)) {
          String relative = entry.getName().substring(entryPrefix.length());
          files.add(
              new SourceFile(
                  relative, MigrationLoader.CLASSPATH_PREFIX + entry.getName(), in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read jar " + jarPath + " for classpath location " + url, e);
    }
    return files;
  }
}

package dev.surql.junit5;

import dev.surql.core.migration.MigrationLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The project a test runs in: its base directory, against which relative paths are resolved, and
 * its build output directory. The base directory is the setting {@value #BASEDIR} if given, else
 * the system property {@code basedir} that Maven Surefire and Failsafe set to the module's
 * directory, else the working directory (Gradle runs tests in the project directory). The output
 * directory is {@code build} for a Gradle project (a {@code build.gradle[.kts]} and no {@code
 * pom.xml} in the base directory), else {@code target}.
 */
final class ProjectPaths {
  /** Configuration parameter (or system property) naming the project base directory. */
  static final String BASEDIR = "surql.basedir";

  private ProjectPaths() {}

  static Path baseDirectory(ExtensionContext context) {
    String base =
        Settings.get(context, BASEDIR)
            .or(() -> Settings.get(context, "basedir"))
            .orElseGet(() -> System.getProperty("user.dir"));
    return Path.of(base).toAbsolutePath().normalize();
  }

  static Path outputDirectory(ExtensionContext context) {
    Path base = baseDirectory(context);
    boolean gradle =
        (Files.exists(base.resolve("build.gradle"))
                || Files.exists(base.resolve("build.gradle.kts")))
            && !Files.exists(base.resolve("pom.xml"));
    return base.resolve(gradle ? "build" : "target");
  }

  /** {@code path} against the base directory if relative. */
  static Path resolve(ExtensionContext context, String path) {
    return baseDirectory(context).resolve(path).normalize();
  }

  /**
   * A migration location with a relative directory made absolute against the base directory; {@code
   * classpath:} locations are returned as they are.
   */
  static String location(ExtensionContext context, String location) {
    if (location.startsWith(MigrationLoader.CLASSPATH_PREFIX)) {
      return location;
    }
    String path =
        location.startsWith(MigrationLoader.FILESYSTEM_PREFIX)
            ? location.substring(MigrationLoader.FILESYSTEM_PREFIX.length())
            : location;
    return resolve(context, path).toString();
  }
}

package dev.surql.junit5;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The startup check of the JUnit this extension runs on. It needs JUnit Jupiter 5.13 or newer: from
 * 5.13 on JUnit closes {@link AutoCloseable} store values (which remove each scope's database) and
 * runs class templates (one run per SurrealDB release line). The API jar cannot be older (the
 * extension would not load), but the engine that runs the tests can be, when a build mixes JUnit
 * versions; and 5.13+ can be told not to close {@code AutoCloseable} store values.
 */
final class JUnitSupport {
  /** The oldest JUnit Jupiter the extension works with. */
  static final String MINIMUM = "5.13";

  /**
   * The configuration parameter with which JUnit 5.13+ can be told not to close AutoCloseable store
   * values.
   */
  static final String CLOSE_AUTOCLOSEABLE =
      "junit.jupiter.extensions.store.close.autocloseable.enabled";

  private static final String ENGINE_CLASS = "org.junit.jupiter.engine.JupiterTestEngine";

  private JUnitSupport() {}

  /**
   * Checks the running JUnit and its configuration.
   *
   * @throws ExtensionConfigurationException naming the version found and the one needed
   */
  static void check(ExtensionContext context) {
    check(
        engineVersion(),
        Optional.ofNullable(ExtensionContext.class.getPackage().getImplementationVersion()));
    if (context
        .getConfigurationParameter(CLOSE_AUTOCLOSEABLE)
        .map(String::strip)
        .filter("false"::equalsIgnoreCase)
        .isPresent()) {
      throw new ExtensionConfigurationException(
          "@SurqlMigrationTest needs JUnit to close AutoCloseable store values "
              + "(each test scope's database is one), but the configuration parameter "
              + CLOSE_AUTOCLOSEABLE
              + "=false turns that off. Remove it (from junit-platform.properties or the build's configuration"
              + " parameters), or the test databases would never be removed.");
    }
  }

  /**
   * Checks the versions of the Jupiter engine and API; an unknown version (a jar without one in its
   * manifest) passes.
   */
  static void check(Optional<String> engine, Optional<String> api) {
    Optional<String> tooOld =
        engine
            .filter(v -> !atLeastMinimum(v))
            .map(v -> "junit-jupiter-engine " + v)
            .or(() -> api.filter(v -> !atLeastMinimum(v)).map(v -> "junit-jupiter-api " + v));
    if (tooOld.isPresent()) {
      throw new ExtensionConfigurationException(
          "@SurqlMigrationTest needs JUnit Jupiter "
              + MINIMUM
              + " or newer, but"
              + " found "
              + tooOld.get()
              + " (junit-jupiter-engine "
              + engine.orElse("?")
              + ", junit-jupiter-api "
              + api.orElse("?")
              + "): from "
              + MINIMUM
              + " on JUnit closes the AutoCloseable store values that remove"
              + " each test's database, and runs class templates. Upgrade JUnit to "
              + MINIMUM
              + " or newer (5.14 and"
              + " 6.x work), one version for all its artifacts: import org.junit:junit-bom in <dependencyManagement>.");
    }
  }

  /**
   * Whether a version such as {@code 5.14.4}, {@code 5.13.0-M2} or {@code 6.1.3} is 5.13 or newer.
   */
  static boolean atLeastMinimum(String version) {
    String[] parts = version.strip().split("[.\\-]");
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return major > 5 || (major == 5 && minor >= 13);
    } catch (NumberFormatException e) {
      return true; // not a version we can read: do not stand in the way
    }
  }

  private static Optional<String> engineVersion() {
    try {
      Class<?> engine = Class.forName(ENGINE_CLASS, false, JUnitSupport.class.getClassLoader());
      return Optional.ofNullable(engine.getPackage()).map(Package::getImplementationVersion);
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty(); // another engine runs the tests: nothing to check
    }
  }
}

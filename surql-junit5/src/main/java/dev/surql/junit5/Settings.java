package dev.surql.junit5;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where the extension reads a setting: the JUnit configuration parameter first (given to the
 * launcher, e.g. by EngineTestKit or {@code junit-platform.properties}), then the system property
 * of the same name, then, for {@code ${…}} placeholders only, the environment variable. Reading the
 * system property here too keeps settings working where the launcher does not fall back to system
 * properties itself (EngineTestKit).
 */
final class Settings {

  private Settings() {}

  /** The configuration parameter or system property {@code key}, if set and not blank. */
  static Optional<String> get(ExtensionContext context, String key) {
    return context
        .getConfigurationParameter(key)
        .filter(v -> !v.isBlank())
        .or(() -> Optional.ofNullable(System.getProperty(key)).filter(v -> !v.isBlank()));
  }

  /** {@link #get}, then the environment variable {@code name}. */
  static Optional<String> lookup(ExtensionContext context, String name) {
    return get(context, name)
        .or(() -> Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank()));
  }
}

package dev.surql.junit5;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Expands {@code ${name}} and {@code ${name:-default}} in an annotation attribute, each name looked
 * up as a JUnit configuration parameter, then a system property, then an environment variable (see
 * {@link Settings}). {@code $${…}} stays a literal {@code ${…}}.
 */
final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$?\\$\\{([^}:]*)(?::-([^}]*))?}");

  private Placeholders() {}

  /**
   * The value with every placeholder replaced.
   *
   * @param attribute how to name the attribute in an error, e.g.
   *     {@code @SurqlMigrationTest(migrations = "…")}
   * @throws ExtensionConfigurationException for a placeholder that is set nowhere and has no
   *     default
   */
  static String expand(String value, Function<String, Optional<String>> lookup, String attribute) {
    Matcher matcher = PLACEHOLDER.matcher(value);
    StringBuilder expanded = new StringBuilder();
    while (matcher.find()) {
      String replacement;
      if (matcher.group().startsWith("$$")) {
        replacement = matcher.group().substring(1);
      } else {
        String name = matcher.group(1).strip();
        if (name.isEmpty()) {
          throw new ExtensionConfigurationException(
              attribute
                  + ": empty placeholder "
                  + matcher.group()
                  + ". Name a configuration parameter, system property or environment variable, e.g. ${migrations.dir}.");
        }
        Optional<String> fallback = Optional.ofNullable(matcher.group(2));
        replacement =
            lookup
                .apply(name)
                .or(() -> fallback)
                .orElseThrow(
                    () ->
                        new ExtensionConfigurationException(
                            attribute
                                + ": ${"
                                + name
                                + "} is not set. Set the JUnit configuration parameter or system property "
                                + name
                                + " (e.g. -D"
                                + name
                                + "=db/migrations, or systemPropertyVariables in Surefire's"
                                + " configuration) or the environment variable "
                                + name
                                + ", or give a default: ${"
                                + name
                                + ":-db/migrations}."));
      }
      matcher.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(expanded);
    return expanded.toString();
  }
}

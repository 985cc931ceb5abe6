package dev.surql.core.forward;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the forward analysis. {@code indexThreshold}: from how many records an index defined
 * without {@code CONCURRENTLY} counts as blocking ({@code SQ409} at UNSAFE); read from the system
 * property {@code surql.forward.index-threshold} or the environment variable {@code
 * SURQL_FORWARD_INDEX_THRESHOLD}, default {@value #DEFAULT_INDEX_THRESHOLD}.
 *
 * @param indexThreshold records from which a blocking index build is UNSAFE
 */
public record ForwardSettings(long indexThreshold) {

  /** The default {@link #indexThreshold()}. */
  public static final long DEFAULT_INDEX_THRESHOLD = 10_000;

  public static final String INDEX_THRESHOLD_PROPERTY = "surql.forward.index-threshold";
  public static final String INDEX_THRESHOLD_ENV = "SURQL_FORWARD_INDEX_THRESHOLD";

  public ForwardSettings {
    if (indexThreshold < 1) {
      throw new IllegalArgumentException(
          "indexThreshold must be at least 1, but was " + indexThreshold);
    }
  }

  /** The defaults. */
  public static ForwardSettings defaults() {
    return new ForwardSettings(DEFAULT_INDEX_THRESHOLD);
  }

  /** The settings from system properties and the environment (the property wins). */
  public static ForwardSettings fromEnvironment() {
    return from(
        System.getProperties().entrySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    e -> String.valueOf(e.getKey()),
                    e -> String.valueOf(e.getValue()),
                    (a, b) -> a)),
        System.getenv());
  }

  static ForwardSettings from(Map<String, String> properties, Map<String, String> environment) {
    Objects.requireNonNull(properties, "properties");
    Objects.requireNonNull(environment, "environment");
    Optional<String> text =
        Optional.ofNullable(properties.get(INDEX_THRESHOLD_PROPERTY))
            .or(() -> Optional.ofNullable(environment.get(INDEX_THRESHOLD_ENV)));
    if (text.isEmpty()) {
      return defaults();
    }
    try {
      return new ForwardSettings(Long.parseLong(text.get().strip().replace("_", "")));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Invalid "
              + INDEX_THRESHOLD_PROPERTY
              + " / "
              + INDEX_THRESHOLD_ENV
              + " '"
              + text.get()
              + "': expected a whole number of records of at least 1, e.g. 10000");
    }
  }

  /** These settings with another index threshold. */
  public ForwardSettings withIndexThreshold(long records) {
    return new ForwardSettings(records);
  }
}

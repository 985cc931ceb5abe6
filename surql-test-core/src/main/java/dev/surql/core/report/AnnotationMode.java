package dev.surql.core.report;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Whether to print GitHub Actions workflow commands ({@code ::error file=…,line=…::…}) for findings
 * and append the Markdown report to {@code $GITHUB_STEP_SUMMARY}.
 */
public enum AnnotationMode {
  /** On when {@code GITHUB_ACTIONS=true}, off elsewhere. */
  AUTO,
  /** Always on. */
  GITHUB,
  /** Always off. */
  NONE;

  /** Whether annotations are on in {@code environment}. */
  public boolean enabled(Map<String, String> environment) {
    return switch (this) {
      case GITHUB -> true;
      case NONE -> false;
      case AUTO -> "true".equalsIgnoreCase(environment.getOrDefault("GITHUB_ACTIONS", ""));
    };
  }

  /** Parses {@code auto}, {@code github} or {@code none}, case-insensitively. */
  public static Optional<AnnotationMode> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

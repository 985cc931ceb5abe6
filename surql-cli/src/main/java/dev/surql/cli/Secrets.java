package dev.surql.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Removes passwords from text before it is printed: the safety net behind every error message and
 * stack trace the command prints, whatever a library put into it.
 */
final class Secrets {
  static final String MASK = "***";

  private final List<String> secrets;

  private Secrets(List<String> secrets) {
    this.secrets = List.copyOf(secrets);
  }

  static Secrets of(Collection<String> candidates) {
    List<String> kept = new ArrayList<>();
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isEmpty() && !kept.contains(candidate)) {
        kept.add(candidate);
      }
    }
    // longest first, so that a secret containing another is masked whole
    kept.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return new Secrets(kept);
  }

  /**
   * The passwords on a command line: the value after {@code --pass}/{@code -p} or in {@code
   * --pass=…}.
   */
  static List<String> fromArguments(String[] args) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = Objects.requireNonNullElse(args[i], "");
      if ((arg.equals("--pass") || arg.equals("--password")) && i + 1 < args.length) {
        found.add(args[i + 1]);
      } else if (arg.startsWith("--pass=")) {
        found.add(arg.substring("--pass=".length()));
      }
    }
    return found;
  }

  String scrub(String text) {
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return result;
  }
}

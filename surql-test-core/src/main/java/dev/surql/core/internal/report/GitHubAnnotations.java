package dev.surql.core.internal.report;

import dev.surql.core.rule.Finding;
import dev.surql.core.rule.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * Findings as GitHub Actions workflow commands, which GitHub shows on the pull request's lines:
 * {@code ::error} for a finding that fails (an error no {@code @allow} accepted), {@code ::warning}
 * for warnings and notes, {@code ::notice} for allowed findings. Each names the file relative to
 * the repository root, the line and column where known, and the rule as its title.
 */
public final class GitHubAnnotations {
  private GitHubAnnotations() {}

  /** One workflow command per finding, in order. */
  public static List<String> lines(List<Finding> findings, SourcePaths paths, String setLocation) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(setLocation, "setLocation");
    return findings.stream().map(f -> line(f, paths, setLocation)).toList();
  }

  /**
   * One workflow command per finding of a version matrix's release line, in order: the title and
   * the message name the line ({@code title=SQ205 up-failed (SurrealDB 3.0)::SurrealDB 3.0:
   * 20260101_000000: …}), so that the same finding on two lines is two annotations.
   *
   * @param surrealdb the release line the findings were proven on, e.g. {@code 3.0}
   */
  public static List<String> linesOnSurrealDb(
      List<Finding> findings, SourcePaths paths, String setLocation, String surrealdb) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(setLocation, "setLocation");
    Objects.requireNonNull(surrealdb, "surrealdb");
    return findings.stream()
        .map(f -> line(f, paths, setLocation, "SurrealDB " + surrealdb))
        .toList();
  }

  /** The workflow command for one finding. */
  public static String line(Finding finding, SourcePaths paths, String setLocation) {
    return line(finding, paths, setLocation, "");
  }

  private static String line(
      Finding finding, SourcePaths paths, String setLocation, String context) {
    String command = Findings.fails(finding) ? "error" : finding.isAllowed() ? "notice" : "warning";
    SourceLocation location = finding.location().orElse(SourceLocation.of(setLocation, 0));
    StringBuilder line =
        new StringBuilder("::")
            .append(command)
            .append(" file=")
            .append(property(paths.relative(location.file())));
    if (location.line() > 0) {
      line.append(",line=").append(location.line());
      if (location.column() > 0) {
        line.append(",col=").append(location.column());
      }
    }
    line.append(",title=")
        .append(
            property(
                finding.rule().label()
                    + (context.isEmpty() ? "" : " (" + context + ")")
                    + (finding.isAllowed() ? " (allowed)" : "")));
    String message =
        (context.isEmpty() ? "" : context + ": ")
            + (finding.version().isEmpty() ? "" : finding.version() + ": ")
            + finding.message()
            + finding.hint().map(h -> "\nFix: " + h).orElse("")
            + finding.allowedBecause().map(r -> "\nAllowed: " + r).orElse("");
    return line.append("::").append(data(message)).toString();
  }

  /** Escapes a command's message as the Actions runner reads it. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property (file, title) as the Actions runner reads it. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}

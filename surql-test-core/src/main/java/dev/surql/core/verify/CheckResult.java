package dev.surql.core.verify;

import dev.surql.core.internal.report.Findings;
import dev.surql.core.rule.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one built-in check over a migration set, e.g. "every migration is reversible".
 *
 * @param check which check
 * @param passed whether it passed
 * @param failures one line per problem found (empty when passed), each naming its rule code
 * @param notes things worth knowing that are not failures, e.g. migrations skipped as irreversible
 * @param findings what the check found, failures and notes alike, under their rule codes
 */
public record CheckResult(MigrationCheck check, boolean passed, List<String> failures, List<String> notes,
    List<Finding> findings) {
  public CheckResult {
    Objects.requireNonNull(check, "check");
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    if (passed && !failures.isEmpty()) {
      throw new IllegalArgumentException("a passed check has no failures, but got " + failures);
    }
  }

  /** A result without findings (failures and notes as text only). */
  public CheckResult(MigrationCheck check, boolean passed, List<String> failures, List<String> notes) {
    this(check, passed, failures, notes, List.of());
  }

  /** A result from failure and note lines only (a check that reports no findings). */
  static CheckResult of(MigrationCheck check, List<String> failures, List<String> notes) {
    return new CheckResult(check, failures.isEmpty(), failures, notes);
  }

  /**
   * The result of the check that found {@code findings}: it fails on an error no {@code @allow}
   * accepted; every other finding is a note.
   */
  public static CheckResult of(MigrationCheck check, List<Finding> findings) {
    List<String> failures = findings.stream().filter(Findings::fails).map(Findings::line).toList();
    List<String> notes = findings.stream().filter(f -> !Findings.fails(f)).map(Findings::line).toList();
    return new CheckResult(check, failures.isEmpty(), failures, notes, findings);
  }
}

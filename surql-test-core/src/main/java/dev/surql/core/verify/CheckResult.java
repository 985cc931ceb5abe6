package dev.surql.core.verify;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one built-in check over a migration set, e.g. "every migration is reversible".
 *
 * @param check which check
 * @param passed whether it passed
 * @param failures one line per problem found (empty when passed)
 * @param notes things worth knowing that are not failures, e.g. migrations skipped as irreversible
 */
public record CheckResult(MigrationCheck check, boolean passed, List<String> failures, List<String> notes) {
  public CheckResult {
    Objects.requireNonNull(check, "check");
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    if (passed && !failures.isEmpty()) {
      throw new IllegalArgumentException("a passed check has no failures, but got " + failures);
    }
  }

  static CheckResult of(MigrationCheck check, List<String> failures, List<String> notes) {
    return new CheckResult(check, failures.isEmpty(), failures, notes);
  }
}

package dev.surql.examples.conformance;

import dev.surql.core.rollback.RollbackSafety;
import dev.surql.core.rule.Rule;
import dev.surql.core.verify.ReversibilityStatus;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What surql-test concludes about one migration of a real history, as reviewed by hand: the outcome
 * of its round trip, the static rollback safety of its down, and, for a migration that does not
 * apply, where and why it failed (or which earlier failure kept it from being attempted).
 *
 * <p>Verdicts are compared as their {@link #toString()} lines, so a failing test shows every
 * difference of a history at once, in migration order.
 *
 * @param version the migration's version
 * @param status the outcome of its round trip
 * @param staticSafety the static safety of its down (analysed against the schema it would run on
 *     when the migration applied, against an unknown schema when it did not)
 * @param failedAt for an up that failed: {@code file:line} of the failing statement ({@code file}
 *     alone when the server named no statement)
 * @param failure for an up that failed: the server's message; for one not attempted: the version
 *     that failed before it
 * @param notes the rules of the notes its round trip made (e.g. SQ211, an up that changed nothing)
 */
record Verdict(
    String version,
    ReversibilityStatus status,
    RollbackSafety staticSafety,
    Optional<String> failedAt,
    Optional<String> failure,
    List<Rule> notes) {

  Verdict {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(staticSafety, "staticSafety");
    Objects.requireNonNull(failedAt, "failedAt");
    Objects.requireNonNull(failure, "failure");
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
  }

  @Override
  public String toString() {
    StringBuilder line =
        new StringBuilder(version).append(' ').append(status).append(" down ").append(staticSafety);
    failedAt.ifPresent(at -> line.append(" at ").append(at));
    failure.ifPresent(message -> line.append(": ").append(message));
    if (!notes.isEmpty()) {
      line.append(" notes ")
          .append(notes.stream().map(Rule::code).collect(Collectors.joining(", ")));
    }
    return line.toString();
  }
}

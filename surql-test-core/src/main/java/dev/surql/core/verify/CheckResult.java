package dev.surql.core.verify;

import dev.surql.core.internal.Required;
import dev.surql.core.internal.report.Findings;
import dev.surql.core.rule.Finding;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one built-in check over a migration set, e.g. "every migration is reversible".
 *
 * <p>Built with {@link #builder()}, which needs {@code check}; {@link #toBuilder()} copies one to
 * change.
 */
public final class CheckResult {
  private final MigrationCheck check;
  private final boolean passed;
  private final List<String> failures;
  private final List<String> notes;
  private final List<Finding> findings;

  private CheckResult(
      MigrationCheck check,
      boolean passed,
      List<String> failures,
      List<String> notes,
      List<Finding> findings) {
    Objects.requireNonNull(check, "check");
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
    if (passed && !failures.isEmpty()) {
      throw new IllegalArgumentException("a passed check has no failures, but got " + failures);
    }
    this.check = check;
    this.passed = passed;
    this.failures = failures;
    this.notes = notes;
    this.findings = findings;
  }

  /** A builder of {@code CheckResult}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this check result's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.check = check;
    builder.passed = passed;
    builder.failures = failures;
    builder.notes = notes;
    builder.findings = findings;
    return builder;
  }

  /** Which check. */
  public MigrationCheck check() {
    return check;
  }

  /** Whether it passed. */
  public boolean passed() {
    return passed;
  }

  /** One line per problem found (empty when passed), each naming its rule code. */
  public List<String> failures() {
    return failures;
  }

  /** Things worth knowing that are not failures, e.g. migrations skipped as irreversible. */
  public List<String> notes() {
    return notes;
  }

  /** What the check found, failures and notes alike, under their rule codes. */
  public List<Finding> findings() {
    return findings;
  }

  /** A result from failure and note lines only (a check that reports no findings). */
  static CheckResult of(MigrationCheck check, List<String> failures, List<String> notes) {
    return new CheckResult(check, failures.isEmpty(), failures, notes, List.of());
  }

  /**
   * The result of the check that found {@code findings}: it fails on an error no {@code @allow}
   * accepted; every other finding is a note.
   */
  public static CheckResult of(MigrationCheck check, List<Finding> findings) {
    List<String> failures = findings.stream().filter(Findings::fails).map(Findings::line).toList();
    List<String> notes =
        findings.stream().filter(f -> !Findings.fails(f)).map(Findings::line).toList();
    return new CheckResult(check, failures.isEmpty(), failures, notes, findings);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof CheckResult that
        && check.equals(that.check)
        && passed == that.passed
        && failures.equals(that.failures)
        && notes.equals(that.notes)
        && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(check, passed, failures, notes, findings);
  }

  @Override
  public String toString() {
    return "CheckResult[check="
        + check
        + ", passed="
        + passed
        + ", failures="
        + failures
        + ", notes="
        + notes
        + ", findings="
        + findings
        + "]";
  }

  /**
   * Collects the values of a {@link CheckResult}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private MigrationCheck check;
    private boolean passed;
    private List<String> failures = List.of();
    private List<String> notes = List.of();
    private List<Finding> findings = List.of();

    private Builder() {}

    /** Sets {@link CheckResult#check()}: which check. */
    public Builder check(MigrationCheck check) {
      this.check = Objects.requireNonNull(check, "check");
      return this;
    }

    /** Sets {@link CheckResult#passed()}: whether it passed. */
    public Builder passed(boolean passed) {
      this.passed = passed;
      return this;
    }

    /**
     * Sets {@link CheckResult#failures()}: one line per problem found (empty when passed), each
     * naming its rule code.
     */
    public Builder failures(List<String> failures) {
      this.failures = Objects.requireNonNull(failures, "failures");
      return this;
    }

    /**
     * Sets {@link CheckResult#notes()}: things worth knowing that are not failures, e.g. migrations
     * skipped as irreversible.
     */
    public Builder notes(List<String> notes) {
      this.notes = Objects.requireNonNull(notes, "notes");
      return this;
    }

    /**
     * Sets {@link CheckResult#findings()}: what the check found, failures and notes alike, under
     * their rule codes.
     */
    public Builder findings(List<Finding> findings) {
      this.findings = Objects.requireNonNull(findings, "findings");
      return this;
    }

    /**
     * The check result of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public CheckResult build() {
      Required.set(check, "CheckResult", "check");
      return new CheckResult(check, passed, failures, notes, findings);
    }
  }
}

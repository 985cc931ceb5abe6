package dev.surql.core.rollback;

import dev.surql.core.internal.Required;
import dev.surql.core.snapshot.SchemaSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What executing a {@link RollbackPlan} did.
 *
 * <p>Built with {@link #builder()}, which needs {@code duration}; {@link #toBuilder()} copies one
 * to change.
 */
public final class RollbackResult {
  private final boolean success;
  private final boolean dryRun;
  private final List<String> rolledBackVersions;
  private final Duration duration;
  private final List<String> errors;
  private final Optional<SchemaSnapshot> before;
  private final Optional<SchemaSnapshot> after;

  private RollbackResult(
      boolean success,
      boolean dryRun,
      List<String> rolledBackVersions,
      Duration duration,
      List<String> errors,
      Optional<SchemaSnapshot> before,
      Optional<SchemaSnapshot> after) {
    rolledBackVersions =
        List.copyOf(Objects.requireNonNull(rolledBackVersions, "rolledBackVersions"));
    Objects.requireNonNull(duration, "duration");
    errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    this.success = success;
    this.dryRun = dryRun;
    this.rolledBackVersions = rolledBackVersions;
    this.duration = duration;
    this.errors = errors;
    this.before = before;
    this.after = after;
  }

  /** A builder of {@code RollbackResult}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this rollback result's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.success = success;
    builder.dryRun = dryRun;
    builder.rolledBackVersions = rolledBackVersions;
    builder.duration = duration;
    builder.errors = errors;
    builder.before = before;
    builder.after = after;
    return builder;
  }

  /** Whether every planned migration was rolled back. */
  public boolean success() {
    return success;
  }

  /** Whether nothing was executed. */
  public boolean dryRun() {
    return dryRun;
  }

  /** The versions actually rolled back, in order. */
  public List<String> rolledBackVersions() {
    return rolledBackVersions;
  }

  /** How long it took. */
  public Duration duration() {
    return duration;
  }

  /** What went wrong (empty on success). */
  public List<String> errors() {
    return errors;
  }

  /** Snapshot taken before (absent on a dry run). */
  public Optional<SchemaSnapshot> before() {
    return before;
  }

  /**
   * Snapshot taken after (absent on a dry run, or when the server could not be read afterwards).
   */
  public Optional<SchemaSnapshot> after() {
    return after;
  }

  public int rolledBackCount() {
    return rolledBackVersions.size();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof RollbackResult that
        && success == that.success
        && dryRun == that.dryRun
        && rolledBackVersions.equals(that.rolledBackVersions)
        && duration.equals(that.duration)
        && errors.equals(that.errors)
        && before.equals(that.before)
        && after.equals(that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(success, dryRun, rolledBackVersions, duration, errors, before, after);
  }

  @Override
  public String toString() {
    return "RollbackResult[success="
        + success
        + ", dryRun="
        + dryRun
        + ", rolledBackVersions="
        + rolledBackVersions
        + ", duration="
        + duration
        + ", errors="
        + errors
        + ", before="
        + before
        + ", after="
        + after
        + "]";
  }

  /**
   * Collects the values of a {@link RollbackResult}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private boolean success;
    private boolean dryRun;
    private List<String> rolledBackVersions = List.of();
    private Duration duration;
    private List<String> errors = List.of();
    private Optional<SchemaSnapshot> before = Optional.empty();
    private Optional<SchemaSnapshot> after = Optional.empty();

    private Builder() {}

    /** Sets {@link RollbackResult#success()}: whether every planned migration was rolled back. */
    public Builder success(boolean success) {
      this.success = success;
      return this;
    }

    /** Sets {@link RollbackResult#dryRun()}: whether nothing was executed. */
    public Builder dryRun(boolean dryRun) {
      this.dryRun = dryRun;
      return this;
    }

    /**
     * Sets {@link RollbackResult#rolledBackVersions()}: the versions actually rolled back, in
     * order.
     */
    public Builder rolledBackVersions(List<String> rolledBackVersions) {
      this.rolledBackVersions = Objects.requireNonNull(rolledBackVersions, "rolledBackVersions");
      return this;
    }

    /** Sets {@link RollbackResult#duration()}: how long it took. */
    public Builder duration(Duration duration) {
      this.duration = Objects.requireNonNull(duration, "duration");
      return this;
    }

    /** Sets {@link RollbackResult#errors()}: what went wrong (empty on success). */
    public Builder errors(List<String> errors) {
      this.errors = Objects.requireNonNull(errors, "errors");
      return this;
    }

    /** Sets {@link RollbackResult#before()}: snapshot taken before (absent on a dry run). */
    public Builder before(Optional<SchemaSnapshot> before) {
      this.before = Objects.requireNonNull(before, "before");
      return this;
    }

    /** Sets {@link RollbackResult#before()} to {@code before}. */
    public Builder before(SchemaSnapshot before) {
      this.before = Optional.of(Objects.requireNonNull(before, "before"));
      return this;
    }

    /**
     * Sets {@link RollbackResult#after()}: snapshot taken after (absent on a dry run, or when the
     * server could not be read afterwards).
     */
    public Builder after(Optional<SchemaSnapshot> after) {
      this.after = Objects.requireNonNull(after, "after");
      return this;
    }

    /** Sets {@link RollbackResult#after()} to {@code after}. */
    public Builder after(SchemaSnapshot after) {
      this.after = Optional.of(Objects.requireNonNull(after, "after"));
      return this;
    }

    /**
     * The rollback result of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public RollbackResult build() {
      Required.set(duration, "RollbackResult", "duration");
      return new RollbackResult(
          success, dryRun, rolledBackVersions, duration, errors, before, after);
    }
  }
}

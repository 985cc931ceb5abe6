package dev.surql.core.upgrade;

import dev.surql.core.internal.Required;
import dev.surql.core.rule.Finding;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of an {@link UpgradeCheck}: one {@link UpgradeResult} per migration, in version order.
 *
 * <p>Built with {@link #builder()}, which needs {@code location}, {@code fromVersion} and {@code
 * toVersion}, {@code duration}; {@link #toBuilder()} copies one to change.
 */
public final class UpgradeReport {
  private final String location;
  private final String fromVersion;
  private final String toVersion;
  private final List<UpgradeResult> results;
  private final Duration duration;

  private UpgradeReport(
      String location,
      String fromVersion,
      String toVersion,
      List<UpgradeResult> results,
      Duration duration) {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(fromVersion, "fromVersion");
    Objects.requireNonNull(toVersion, "toVersion");
    results = List.copyOf(Objects.requireNonNull(results, "results"));
    Objects.requireNonNull(duration, "duration");
    this.location = location;
    this.fromVersion = fromVersion;
    this.toVersion = toVersion;
    this.results = results;
    this.duration = duration;
  }

  /** A builder of {@code UpgradeReport}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this upgrade report's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.location = location;
    builder.fromVersion = fromVersion;
    builder.toVersion = toVersion;
    builder.results = results;
    builder.duration = duration;
    return builder;
  }

  /** Where the migrations came from. */
  public String location() {
    return location;
  }

  /** The source server's version, e.g. {@code surrealdb-2.6.0}. */
  public String fromVersion() {
    return fromVersion;
  }

  /** The target server's version, e.g. {@code surrealdb-3.0.2}. */
  public String toVersion() {
    return toVersion;
  }

  /** Per migration. */
  public List<UpgradeResult> results() {
    return results;
  }

  /** How long the check took. */
  public Duration duration() {
    return duration;
  }

  /** Whether every migration applies on both versions with the same schema. */
  public boolean passed() {
    return results.stream().noneMatch(UpgradeResult::breaks);
  }

  /** The migrations that stop the upgrade. */
  public List<UpgradeResult> broken() {
    return results.stream().filter(UpgradeResult::breaks).toList();
  }

  /** Every finding of every migration, in version order. */
  public List<Finding> findings() {
    return results.stream().flatMap(r -> r.findings().stream()).toList();
  }

  /** The result of one migration. */
  public Optional<UpgradeResult> result(String version) {
    return results.stream().filter(r -> r.version().equals(version)).findFirst();
  }

  /** How many migrations have a status. */
  public long count(UpgradeStatus status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof UpgradeReport that
        && location.equals(that.location)
        && fromVersion.equals(that.fromVersion)
        && toVersion.equals(that.toVersion)
        && results.equals(that.results)
        && duration.equals(that.duration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, fromVersion, toVersion, results, duration);
  }

  @Override
  public String toString() {
    return "UpgradeReport[location="
        + location
        + ", fromVersion="
        + fromVersion
        + ", toVersion="
        + toVersion
        + ", results="
        + results
        + ", duration="
        + duration
        + "]";
  }

  /**
   * Collects the values of a {@link UpgradeReport}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private String location;
    private String fromVersion;
    private String toVersion;
    private List<UpgradeResult> results = List.of();
    private Duration duration;

    private Builder() {}

    /** Sets {@link UpgradeReport#location()}: where the migrations came from. */
    public Builder location(String location) {
      this.location = Objects.requireNonNull(location, "location");
      return this;
    }

    /**
     * Sets {@link UpgradeReport#fromVersion()}: the source server's version, e.g. {@code
     * surrealdb-2.6.0}.
     */
    public Builder fromVersion(String fromVersion) {
      this.fromVersion = Objects.requireNonNull(fromVersion, "fromVersion");
      return this;
    }

    /**
     * Sets {@link UpgradeReport#toVersion()}: the target server's version, e.g. {@code
     * surrealdb-3.0.2}.
     */
    public Builder toVersion(String toVersion) {
      this.toVersion = Objects.requireNonNull(toVersion, "toVersion");
      return this;
    }

    /** Sets {@link UpgradeReport#results()}: per migration. */
    public Builder results(List<UpgradeResult> results) {
      this.results = Objects.requireNonNull(results, "results");
      return this;
    }

    /** Sets {@link UpgradeReport#duration()}: how long the check took. */
    public Builder duration(Duration duration) {
      this.duration = Objects.requireNonNull(duration, "duration");
      return this;
    }

    /**
     * The upgrade report of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public UpgradeReport build() {
      Required.set(location, "UpgradeReport", "location");
      Required.set(fromVersion, "UpgradeReport", "fromVersion");
      Required.set(toVersion, "UpgradeReport", "toVersion");
      Required.set(duration, "UpgradeReport", "duration");
      return new UpgradeReport(location, fromVersion, toVersion, results, duration);
    }
  }
}

package dev.surql.core.rollback;

import dev.surql.core.internal.Required;
import dev.surql.core.rule.Rule;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One risk found in a migration's down: what the statement would do to data, how risky that is, and
 * what to do about it.
 *
 * <p>Built with {@link #builder()}, which needs {@code version}, {@code staticSafety}, {@code
 * safety}, {@code statement}, {@code source}, {@code description}, {@code recommendation} and
 * {@code rule}; {@link #toBuilder()} copies one to change.
 */
public final class RollbackIssue {
  private final String version;
  private final RollbackSafety staticSafety;
  private final RollbackSafety safety;
  private final String statement;
  private final String source;
  private final int line;
  private final String description;
  private final String recommendation;
  private final Optional<String> affectedData;
  private final OptionalLong affectedRecords;
  private final Rule rule;

  private RollbackIssue(
      String version,
      RollbackSafety staticSafety,
      RollbackSafety safety,
      String statement,
      String source,
      int line,
      String description,
      String recommendation,
      Optional<String> affectedData,
      OptionalLong affectedRecords,
      Rule rule) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(staticSafety, "staticSafety");
    Objects.requireNonNull(safety, "safety");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(recommendation, "recommendation");
    Objects.requireNonNull(affectedData, "affectedData");
    Objects.requireNonNull(affectedRecords, "affectedRecords");
    Objects.requireNonNull(rule, "rule");
    this.version = version;
    this.staticSafety = staticSafety;
    this.safety = safety;
    this.statement = statement;
    this.source = source;
    this.line = line;
    this.description = description;
    this.recommendation = recommendation;
    this.affectedData = affectedData;
    this.affectedRecords = affectedRecords;
    this.rule = rule;
  }

  /** A builder of {@code RollbackIssue}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this rollback issue's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.version = version;
    builder.staticSafety = staticSafety;
    builder.safety = safety;
    builder.statement = statement;
    builder.source = source;
    builder.line = line;
    builder.description = description;
    builder.recommendation = recommendation;
    builder.affectedData = affectedData;
    builder.affectedRecords = affectedRecords;
    builder.rule = rule;
    return builder;
  }

  /** The migration whose down contains the statement. */
  public String version() {
    return version;
  }

  /** What the statement would do to a database full of data. */
  public RollbackSafety staticSafety() {
    return staticSafety;
  }

  /**
   * The level after counting real data (equal to {@code staticSafety} unless a data-aware analysis
   * found nothing at stake and downgraded it).
   */
  public RollbackSafety safety() {
    return safety;
  }

  /** The statement text (empty for an issue about the whole migration, e.g. no down). */
  public String statement() {
    return statement;
  }

  /** The file (or class) of the statement. */
  public String source() {
    return source;
  }

  /** The statement's line in the source (0 if unknown). */
  public int line() {
    return line;
  }

  /** What would happen, e.g. {@code Removes field bio on table user}. */
  public String description() {
    return description;
  }

  /** What to do before rolling back. */
  public String recommendation() {
    return recommendation;
  }

  /** What is at stake, e.g. {@code 1204 records in `user` have a value in `bio`}. */
  public Optional<String> affectedData() {
    return affectedData;
  }

  /** The count behind {@code affectedData}, when it was counted. */
  public OptionalLong affectedRecords() {
    return affectedRecords;
  }

  /** The rule the issue is reported under, e.g. {@code SQ101 remove-table}. */
  public Rule rule() {
    return rule;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof RollbackIssue that
        && version.equals(that.version)
        && staticSafety.equals(that.staticSafety)
        && safety.equals(that.safety)
        && statement.equals(that.statement)
        && source.equals(that.source)
        && line == that.line
        && description.equals(that.description)
        && recommendation.equals(that.recommendation)
        && affectedData.equals(that.affectedData)
        && affectedRecords.equals(that.affectedRecords)
        && rule.equals(that.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        version,
        staticSafety,
        safety,
        statement,
        source,
        line,
        description,
        recommendation,
        affectedData,
        affectedRecords,
        rule);
  }

  @Override
  public String toString() {
    return "RollbackIssue[version="
        + version
        + ", staticSafety="
        + staticSafety
        + ", safety="
        + safety
        + ", statement="
        + statement
        + ", source="
        + source
        + ", line="
        + line
        + ", description="
        + description
        + ", recommendation="
        + recommendation
        + ", affectedData="
        + affectedData
        + ", affectedRecords="
        + affectedRecords
        + ", rule="
        + rule
        + "]";
  }

  /**
   * Collects the values of a {@link RollbackIssue}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private String version;
    private RollbackSafety staticSafety;
    private RollbackSafety safety;
    private String statement;
    private String source;
    private int line;
    private String description;
    private String recommendation;
    private Optional<String> affectedData = Optional.empty();
    private OptionalLong affectedRecords = OptionalLong.empty();
    private Rule rule;

    private Builder() {}

    /** Sets {@link RollbackIssue#version()}: the migration whose down contains the statement. */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Sets {@link RollbackIssue#staticSafety()}: what the statement would do to a database full of
     * data.
     */
    public Builder staticSafety(RollbackSafety staticSafety) {
      this.staticSafety = Objects.requireNonNull(staticSafety, "staticSafety");
      return this;
    }

    /**
     * Sets {@link RollbackIssue#safety()}: the level after counting real data (equal to {@code
     * staticSafety} unless a data-aware analysis found nothing at stake and downgraded it).
     */
    public Builder safety(RollbackSafety safety) {
      this.safety = Objects.requireNonNull(safety, "safety");
      return this;
    }

    /**
     * Sets {@link RollbackIssue#statement()}: the statement text (empty for an issue about the
     * whole migration, e.g. no down).
     */
    public Builder statement(String statement) {
      this.statement = Objects.requireNonNull(statement, "statement");
      return this;
    }

    /** Sets {@link RollbackIssue#source()}: the file (or class) of the statement. */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Sets {@link RollbackIssue#line()}: the statement's line in the source (0 if unknown). */
    public Builder line(int line) {
      this.line = line;
      return this;
    }

    /**
     * Sets {@link RollbackIssue#description()}: what would happen, e.g. {@code Removes field bio on
     * table user}.
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** Sets {@link RollbackIssue#recommendation()}: what to do before rolling back. */
    public Builder recommendation(String recommendation) {
      this.recommendation = Objects.requireNonNull(recommendation, "recommendation");
      return this;
    }

    /**
     * Sets {@link RollbackIssue#affectedData()}: what is at stake, e.g. {@code 1204 records in
     * `user` have a value in `bio`}.
     */
    public Builder affectedData(Optional<String> affectedData) {
      this.affectedData = Objects.requireNonNull(affectedData, "affectedData");
      return this;
    }

    /** Sets {@link RollbackIssue#affectedData()} to {@code affectedData}. */
    public Builder affectedData(String affectedData) {
      this.affectedData = Optional.of(Objects.requireNonNull(affectedData, "affectedData"));
      return this;
    }

    /**
     * Sets {@link RollbackIssue#affectedRecords()}: the count behind {@code affectedData}, when it
     * was counted.
     */
    public Builder affectedRecords(OptionalLong affectedRecords) {
      this.affectedRecords = Objects.requireNonNull(affectedRecords, "affectedRecords");
      return this;
    }

    /** Sets {@link RollbackIssue#affectedRecords()} to {@code affectedRecords}. */
    public Builder affectedRecords(long affectedRecords) {
      this.affectedRecords = OptionalLong.of(affectedRecords);
      return this;
    }

    /**
     * Sets {@link RollbackIssue#rule()}: the rule the issue is reported under, e.g. {@code SQ101
     * remove-table}.
     */
    public Builder rule(Rule rule) {
      this.rule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * The rollback issue of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public RollbackIssue build() {
      Required.set(version, "RollbackIssue", "version");
      Required.set(staticSafety, "RollbackIssue", "staticSafety");
      Required.set(safety, "RollbackIssue", "safety");
      Required.set(statement, "RollbackIssue", "statement");
      Required.set(source, "RollbackIssue", "source");
      Required.set(description, "RollbackIssue", "description");
      Required.set(recommendation, "RollbackIssue", "recommendation");
      Required.set(rule, "RollbackIssue", "rule");
      return new RollbackIssue(
          version,
          staticSafety,
          safety,
          statement,
          source,
          line,
          description,
          recommendation,
          affectedData,
          affectedRecords,
          rule);
    }
  }
}

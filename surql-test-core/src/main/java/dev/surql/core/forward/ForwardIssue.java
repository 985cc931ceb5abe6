package dev.surql.core.forward;

import dev.surql.core.internal.Required;
import dev.surql.core.rule.Finding;
import dev.surql.core.rule.Rule;
import dev.surql.core.rule.RuleLevel;
import dev.surql.core.rule.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One thing a migration's up does to existing data: the rule, the statement, how risky it is before
 * and after counting real records, and what to do.
 *
 * <p>Built with {@link #builder()}, which needs {@code version}, {@code rule}, {@code
 * staticSafety}, {@code safety}, {@code statement}, {@code source}, {@code table}, {@code
 * description} and {@code hint}; {@link #toBuilder()} copies one to change.
 */
public final class ForwardIssue {
  private final String version;
  private final Rule rule;
  private final ForwardSafety staticSafety;
  private final ForwardSafety safety;
  private final String statement;
  private final String source;
  private final int line;
  private final String table;
  private final String description;
  private final String hint;
  private final Optional<String> affectedData;
  private final OptionalLong affectedRecords;
  private final List<String> sampleRecords;
  private final boolean predictsFailedWrites;

  private ForwardIssue(
      String version,
      Rule rule,
      ForwardSafety staticSafety,
      ForwardSafety safety,
      String statement,
      String source,
      int line,
      String table,
      String description,
      String hint,
      Optional<String> affectedData,
      OptionalLong affectedRecords,
      List<String> sampleRecords,
      boolean predictsFailedWrites) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(staticSafety, "staticSafety");
    Objects.requireNonNull(safety, "safety");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(affectedData, "affectedData");
    Objects.requireNonNull(affectedRecords, "affectedRecords");
    sampleRecords = List.copyOf(Objects.requireNonNull(sampleRecords, "sampleRecords"));
    this.version = version;
    this.rule = rule;
    this.staticSafety = staticSafety;
    this.safety = safety;
    this.statement = statement;
    this.source = source;
    this.line = line;
    this.table = table;
    this.description = description;
    this.hint = hint;
    this.affectedData = affectedData;
    this.affectedRecords = affectedRecords;
    this.sampleRecords = sampleRecords;
    this.predictsFailedWrites = predictsFailedWrites;
  }

  /** A builder of {@code ForwardIssue}s. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this forward issue's values, to make one that differs in some. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.version = version;
    builder.rule = rule;
    builder.staticSafety = staticSafety;
    builder.safety = safety;
    builder.statement = statement;
    builder.source = source;
    builder.line = line;
    builder.table = table;
    builder.description = description;
    builder.hint = hint;
    builder.affectedData = affectedData;
    builder.affectedRecords = affectedRecords;
    builder.sampleRecords = sampleRecords;
    builder.predictsFailedWrites = predictsFailedWrites;
    return builder;
  }

  /** The migration whose up contains the statement. */
  public String version() {
    return version;
  }

  /** The {@code SQ4xx} rule. */
  public Rule rule() {
    return rule;
  }

  /** What the statement would do to a database full of data. */
  public ForwardSafety staticSafety() {
    return staticSafety;
  }

  /**
   * The level after counting real data (equal to {@code staticSafety} unless a data-aware analysis
   * counted and found nothing, or more, at stake).
   */
  public ForwardSafety safety() {
    return safety;
  }

  /** The statement text. */
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

  /** The table concerned. */
  public String table() {
    return table;
  }

  /** What would happen, e.g. {@code Adds field email on table user …}. */
  public String description() {
    return description;
  }

  /** What to do. */
  public String hint() {
    return hint;
  }

  /** What is at stake, e.g. {@code 2 records in `user` have no value in `email`}. */
  public Optional<String> affectedData() {
    return affectedData;
  }

  /** The count behind {@code affectedData}, when it was counted. */
  public OptionalLong affectedRecords() {
    return affectedRecords;
  }

  /**
   * Ids of records at stake (at most {@link ForwardAnalyzer#SAMPLE_LIMIT}), for checking the
   * prediction against the engine.
   */
  public List<String> sampleRecords() {
    return sampleRecords;
  }

  /** Whether the issue says that {@code sampleRecords} fail their next write. */
  public boolean predictsFailedWrites() {
    return predictsFailedWrites;
  }

  /**
   * This issue as a {@link Finding} of its rule: at the rule's level, or {@code NOTE} when counting
   * found nothing at stake; the message carries what was counted.
   */
  public Finding toFinding() {
    String message = description + affectedData.map(a -> " [" + a + "]").orElse("");
    Finding finding =
        Finding.of(rule, version, message)
            .withHint(hint)
            .withLocation(SourceLocation.of(source, Math.max(line, 0)));
    return safety == ForwardSafety.SAFE ? finding.withLevel(RuleLevel.NOTE) : finding;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof ForwardIssue that
        && version.equals(that.version)
        && rule.equals(that.rule)
        && staticSafety.equals(that.staticSafety)
        && safety.equals(that.safety)
        && statement.equals(that.statement)
        && source.equals(that.source)
        && line == that.line
        && table.equals(that.table)
        && description.equals(that.description)
        && hint.equals(that.hint)
        && affectedData.equals(that.affectedData)
        && affectedRecords.equals(that.affectedRecords)
        && sampleRecords.equals(that.sampleRecords)
        && predictsFailedWrites == that.predictsFailedWrites;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        version,
        rule,
        staticSafety,
        safety,
        statement,
        source,
        line,
        table,
        description,
        hint,
        affectedData,
        affectedRecords,
        sampleRecords,
        predictsFailedWrites);
  }

  @Override
  public String toString() {
    return "ForwardIssue[version="
        + version
        + ", rule="
        + rule
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
        + ", table="
        + table
        + ", description="
        + description
        + ", hint="
        + hint
        + ", affectedData="
        + affectedData
        + ", affectedRecords="
        + affectedRecords
        + ", sampleRecords="
        + sampleRecords
        + ", predictsFailedWrites="
        + predictsFailedWrites
        + "]";
  }

  /**
   * Collects the values of a {@link ForwardIssue}; {@link #build()} checks that the required ones
   * are set.
   */
  public static final class Builder {
    private String version;
    private Rule rule;
    private ForwardSafety staticSafety;
    private ForwardSafety safety;
    private String statement;
    private String source;
    private int line;
    private String table;
    private String description;
    private String hint;
    private Optional<String> affectedData = Optional.empty();
    private OptionalLong affectedRecords = OptionalLong.empty();
    private List<String> sampleRecords = List.of();
    private boolean predictsFailedWrites;

    private Builder() {}

    /** Sets {@link ForwardIssue#version()}: the migration whose up contains the statement. */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** Sets {@link ForwardIssue#rule()}: the {@code SQ4xx} rule. */
    public Builder rule(Rule rule) {
      this.rule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Sets {@link ForwardIssue#staticSafety()}: what the statement would do to a database full of
     * data.
     */
    public Builder staticSafety(ForwardSafety staticSafety) {
      this.staticSafety = Objects.requireNonNull(staticSafety, "staticSafety");
      return this;
    }

    /**
     * Sets {@link ForwardIssue#safety()}: the level after counting real data (equal to {@code
     * staticSafety} unless a data-aware analysis counted and found nothing, or more, at stake).
     */
    public Builder safety(ForwardSafety safety) {
      this.safety = Objects.requireNonNull(safety, "safety");
      return this;
    }

    /** Sets {@link ForwardIssue#statement()}: the statement text. */
    public Builder statement(String statement) {
      this.statement = Objects.requireNonNull(statement, "statement");
      return this;
    }

    /** Sets {@link ForwardIssue#source()}: the file (or class) of the statement. */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Sets {@link ForwardIssue#line()}: the statement's line in the source (0 if unknown). */
    public Builder line(int line) {
      this.line = line;
      return this;
    }

    /** Sets {@link ForwardIssue#table()}: the table concerned. */
    public Builder table(String table) {
      this.table = Objects.requireNonNull(table, "table");
      return this;
    }

    /**
     * Sets {@link ForwardIssue#description()}: what would happen, e.g. {@code Adds field email on
     * table user …}.
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** Sets {@link ForwardIssue#hint()}: what to do. */
    public Builder hint(String hint) {
      this.hint = Objects.requireNonNull(hint, "hint");
      return this;
    }

    /**
     * Sets {@link ForwardIssue#affectedData()}: what is at stake, e.g. {@code 2 records in `user`
     * have no value in `email`}.
     */
    public Builder affectedData(Optional<String> affectedData) {
      this.affectedData = Objects.requireNonNull(affectedData, "affectedData");
      return this;
    }

    /** Sets {@link ForwardIssue#affectedData()} to {@code affectedData}. */
    public Builder affectedData(String affectedData) {
      this.affectedData = Optional.of(Objects.requireNonNull(affectedData, "affectedData"));
      return this;
    }

    /**
     * Sets {@link ForwardIssue#affectedRecords()}: the count behind {@code affectedData}, when it
     * was counted.
     */
    public Builder affectedRecords(OptionalLong affectedRecords) {
      this.affectedRecords = Objects.requireNonNull(affectedRecords, "affectedRecords");
      return this;
    }

    /** Sets {@link ForwardIssue#affectedRecords()} to {@code affectedRecords}. */
    public Builder affectedRecords(long affectedRecords) {
      this.affectedRecords = OptionalLong.of(affectedRecords);
      return this;
    }

    /**
     * Sets {@link ForwardIssue#sampleRecords()}: ids of records at stake (at most {@link
     * ForwardAnalyzer#SAMPLE_LIMIT}), for checking the prediction against the engine.
     */
    public Builder sampleRecords(List<String> sampleRecords) {
      this.sampleRecords = Objects.requireNonNull(sampleRecords, "sampleRecords");
      return this;
    }

    /**
     * Sets {@link ForwardIssue#predictsFailedWrites()}: whether the issue says that {@code
     * sampleRecords} fail their next write.
     */
    public Builder predictsFailedWrites(boolean predictsFailedWrites) {
      this.predictsFailedWrites = predictsFailedWrites;
      return this;
    }

    /**
     * The forward issue of the values set.
     *
     * @throws IllegalStateException if a required value is not set
     */
    public ForwardIssue build() {
      Required.set(version, "ForwardIssue", "version");
      Required.set(rule, "ForwardIssue", "rule");
      Required.set(staticSafety, "ForwardIssue", "staticSafety");
      Required.set(safety, "ForwardIssue", "safety");
      Required.set(statement, "ForwardIssue", "statement");
      Required.set(source, "ForwardIssue", "source");
      Required.set(table, "ForwardIssue", "table");
      Required.set(description, "ForwardIssue", "description");
      Required.set(hint, "ForwardIssue", "hint");
      return new ForwardIssue(
          version,
          rule,
          staticSafety,
          safety,
          statement,
          source,
          line,
          table,
          description,
          hint,
          affectedData,
          affectedRecords,
          sampleRecords,
          predictsFailedWrites);
    }
  }
}
